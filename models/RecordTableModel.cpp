#include "models/RecordTableModel.h"

#include "core/Money.h"

#include <QLocale>

namespace purser {

namespace {
constexpr int kRecordPageSize = 300;
}

QString moneyText(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    if (object.isEmpty()) {
        return {};
    }
    const Money money{object.value(QStringLiteral("amount")).toInteger(),
                      object.value(QStringLiteral("currency")).toString()};
    return money.toDisplayString(QLocale());
}

RecordTableModel::RecordTableModel(QSqlDatabase db, const QString& resource, QList<Column> columns,
                                   QObject* parent)
    : QAbstractTableModel(parent), m_pager(std::move(db), resource), m_columns(std::move(columns))
{
    reload();
}

void RecordTableModel::setFilter(QStringList likePatterns, RecordPager::Predicate predicate)
{
    m_pager.setFilter(std::move(likePatterns), std::move(predicate));
    beginResetModel();
    m_records.clear();
    endResetModel();
    fetchMore({});
}

void RecordTableModel::reload()
{
    m_pager.restart();
    beginResetModel();
    m_records.clear();
    endResetModel();
    fetchMore({});
}

int RecordTableModel::rowOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).value(QStringLiteral("id")).toString() == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QJsonObject& record = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_columns.at(index.column()).value(record);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(m_columns.at(index.column()).alignment);
    case RecordRole:
        return record;
    case IdRole:
        return record.value(QStringLiteral("id")).toString();
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return m_columns.at(section).title;
}

bool RecordTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_pager.atEnd();
}

void RecordTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_pager.atEnd()) {
        return;
    }
    const QList<QJsonObject> page = m_pager.nextPage(kRecordPageSize);
    if (page.isEmpty()) {
        return;
    }
    beginInsertRows({}, static_cast<int>(m_records.size()),
                    static_cast<int>(m_records.size() + page.size() - 1));
    m_records.append(page);
    endInsertRows();
}

} // namespace purser
