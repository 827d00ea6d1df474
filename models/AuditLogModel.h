#pragma once

#include "models/AuditFilter.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace purser {

// The cached audit log, newest first, read with keyset paging on seq (WHERE seq < last seen
// ORDER BY seq DESC LIMIT n): opening or filtering a million entries reads one page, never the
// whole table, never COUNT(*), never OFFSET. A date range becomes a seq range by binary search
// (seq grows with time), so it costs a few primary-key lookups.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Seq,
        OccurredAt,
        Actor,
        Action,
        EntityType,
        EntityId,
        Summary,
        ColumnCount
    };
    enum Roles
    {
        EntryRole = Qt::UserRole + 1, // the whole entry (QJsonObject)
    };

    explicit AuditLogModel(QSqlDatabase db, QObject* parent = nullptr);

    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    void reload();
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    QJsonObject entry(int row) const { return m_entries.value(row); }
    // Every matching entry in seq order (for export), in chunks; stops when chunk returns false.
    bool forEachMatching(const std::function<bool(const QList<QJsonObject>&)>& chunk) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    struct Query
    {
        QString sql;
        QVariantList values;
    };
    Query pageQuery(qint64 beforeSeq, bool ascending, qint64 afterSeq) const;
    bool matches(const QJsonObject& entry) const;
    qint64 firstSeqAtOrAfter(const QString& timestamp) const;
    void computeSeqRange();
    QList<QJsonObject> readPage(qint64 beforeSeq, int limit, bool* atEnd) const;

    QSqlDatabase m_db;
    AuditFilter m_filter;
    QList<QJsonObject> m_entries;
    qint64 m_lowSeq = 0;  // inclusive bounds from the date range
    qint64 m_highSeq = 0; // 0 = no upper bound
    bool m_atEnd = true;
    int m_pageSize = 200;
};

} // namespace purser
