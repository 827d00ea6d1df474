#include "ui/ImportPreviewModel.h"

namespace purser {

namespace {
enum Column
{
    LineColumn,
    NumberColumn,
    NameColumn,
    ProblemsColumn,
    ColumnCount
};
} // namespace

int ImportPreviewModel::setRows(const QList<EmployeeImport::Row>& rows)
{
    beginResetModel();
    m_rows = rows;
    m_order.clear();
    m_order.reserve(m_rows.size());
    // Problem rows first: they are what needs reading.
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).problems.isEmpty()) {
            m_order.append(i);
        }
    }
    const qsizetype problems = m_order.size();
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).problems.isEmpty()) {
            m_order.append(i);
        }
    }
    endResetModel();
    return static_cast<int>(m_rows.size() - problems);
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_order.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole || !index.isValid() || index.row() >= m_order.size()) {
        return {};
    }
    const EmployeeImport::Row& row = m_rows.at(m_order.at(index.row()));
    switch (index.column()) {
    case LineColumn:
        return row.line;
    case NumberColumn:
        return row.body.value(QStringLiteral("employee_no")).toString();
    case NameColumn:
        return row.body.value(QStringLiteral("full_name")).toString();
    case ProblemsColumn:
        return row.problems.isEmpty() ? tr("ready") : row.problems.join(QStringLiteral("; "));
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case LineColumn:
        return tr("Line");
    case NumberColumn:
        return tr("Employee no.");
    case NameColumn:
        return tr("Name");
    case ProblemsColumn:
        return tr("Problems");
    default:
        return {};
    }
}

} // namespace purser
