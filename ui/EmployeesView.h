#pragma once

#include "core/Employee.h"
#include "core/Role.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace purser {

class EmployeeTableModel;

// The employee directory: a search box over a sortable table whose columns fit the role.
class EmployeesView : public QWidget
{
    Q_OBJECT
public:
    explicit EmployeesView(Role readerRole, QWidget* parent = nullptr);

    void setEmployees(const QList<Employee>& employees);
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    EmployeeTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

private:
    EmployeeTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QTableView* m_table;
};

} // namespace purser
