#pragma once

#include "core/Employee.h"
#include "core/Role.h"
#include "models/EmployeeColumn.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace purser {

// A read-only table of employees whose columns depend on the reader's role: a column whose
// data the role may not read is absent. Sort with a QSortFilterProxyModel on SortRole, which
// gives raw values (dates, minor units) instead of display text.
class EmployeeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles
    {
        SortRole = Qt::UserRole + 1,
        EmployeeIdRole,
    };

    explicit EmployeeTableModel(Role readerRole, QObject* parent = nullptr);

    void setEmployees(const QList<Employee>& employees);
    // Adds rows at the end (the next page of a paged source).
    void appendEmployees(const QList<Employee>& employees);
    const QList<Employee>& employees() const { return m_employees; }
    const QList<EmployeeColumn>& columns() const { return m_columns; }
    int columnOf(EmployeeColumn column) const
    {
        return static_cast<int>(m_columns.indexOf(column));
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The text a column shows for an employee (search matches against it).
    QString displayText(const Employee& employee, EmployeeColumn column) const
    {
        return displayValue(employee, column).toString();
    }

private:
    QVariant displayValue(const Employee& employee, EmployeeColumn column) const;
    QVariant sortValue(const Employee& employee, EmployeeColumn column) const;

    QList<EmployeeColumn> m_columns;
    QList<Employee> m_employees;
    QLocale m_locale;
};

} // namespace purser
