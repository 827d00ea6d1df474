#pragma once

#include "services/EmployeeImport.h"

#include <QAbstractTableModel>
#include <QList>

namespace purser {

// The import preview's rows, problem rows first: every row of the file, read only when the
// view paints it, so a check of 10 000 (or a million) rows costs the window one index pass
// instead of a table item per cell.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // Shows rows (shared, not copied); returns how many are ready to send.
    int setRows(const QList<EmployeeImport::Row>& rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<EmployeeImport::Row> m_rows;
    QList<qsizetype> m_order; // view row → index into m_rows
};

} // namespace purser
