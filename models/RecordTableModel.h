#pragma once

#include "models/RecordPager.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <functional>

namespace purser {

// A read-only table of one resource's cached records (claims, payroll runs), paged from the
// cache with RecordPager. Each column is a title and a function from record to display text.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Column
    {
        QString title;
        std::function<QVariant(const QJsonObject&)> value;
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    };
    enum Roles
    {
        RecordRole = Qt::UserRole + 1,
        IdRole,
    };

    RecordTableModel(QSqlDatabase db, const QString& resource, QList<Column> columns,
                     QObject* parent = nullptr);

    void setFilter(QStringList likePatterns, RecordPager::Predicate predicate = {});
    void reload();
    QJsonObject record(int row) const { return m_records.value(row); }
    int rowOf(const QString& id) const;
    const QList<QJsonObject>& records() const { return m_records; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    RecordPager m_pager;
    QList<Column> m_columns;
    QList<QJsonObject> m_records;
};

// "SGD 1,234.50" from {amount, currency} in minor units.
QString moneyText(const QJsonValue& money);

} // namespace purser
