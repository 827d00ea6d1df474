#include "models/EmployeeTableModel.h"

#include "core/EmployeeVisibility.h"
#include "core/PermissionMatrix.h"

#include <QCoreApplication>

namespace purser {

EmployeeTableModel::EmployeeTableModel(Role readerRole, QObject* parent)
    : QAbstractTableModel(parent)
{
    // A role whose access to employees is "own" reads sensitive fields of its own record
    // only; that record is the only one the server sends it.
    const bool ownOnly = access(readerRole, Permission::EmployeesRead) == Access::Own;
    m_columns = employeeColumnsFor(EmployeeVisibility::forReader(readerRole, ownOnly));
}

void EmployeeTableModel::setEmployees(const QList<Employee>& employees)
{
    beginResetModel();
    m_employees = employees;
    endResetModel();
}

void EmployeeTableModel::appendEmployees(const QList<Employee>& employees)
{
    if (employees.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_employees.size());
    beginInsertRows({}, first, first + static_cast<int>(employees.size()) - 1);
    m_employees.append(employees);
    endInsertRows();
}

int EmployeeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_employees.size());
}

int EmployeeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant EmployeeTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Employee& employee = m_employees.at(index.row());
    const EmployeeColumn column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(employee, column);
    case SortRole:
        return sortValue(employee, column);
    case EmployeeIdRole:
        return employee.id;
    case Qt::TextAlignmentRole:
        if (column == EmployeeColumn::BaseSalary) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant EmployeeTableModel::displayValue(const Employee& e, EmployeeColumn column) const
{
    switch (column) {
    case EmployeeColumn::EmployeeNo:
        return e.employeeNo;
    case EmployeeColumn::FullName:
        return e.fullName;
    case EmployeeColumn::Email:
        return e.email;
    case EmployeeColumn::Department:
        return e.department;
    case EmployeeColumn::Position:
        return e.position;
    case EmployeeColumn::EmploymentType:
        return employmentTypeDisplay(e.employmentType);
    case EmployeeColumn::Status:
        return statusDisplay(e.status);
    case EmployeeColumn::StartDate:
        return m_locale.toString(e.startDate, QLocale::ShortFormat);
    case EmployeeColumn::NationalId:
        return e.nationalId.value_or(QString());
    case EmployeeColumn::BankName:
        return e.bankName.value_or(QString());
    case EmployeeColumn::BankAccount:
        return e.bankAccount.value_or(QString());
    case EmployeeColumn::BaseSalary:
        return e.baseSalary ? e.baseSalary->toDisplayString(m_locale) : QString();
    }
    return {};
}

QVariant EmployeeTableModel::sortValue(const Employee& e, EmployeeColumn column) const
{
    switch (column) {
    case EmployeeColumn::StartDate:
        return e.startDate;
    case EmployeeColumn::BaseSalary:
        // Minor units sort exactly; mixed currencies sort by currency first.
        return e.baseSalary
                   ? QVariant(e.baseSalary->currency + u' ' +
                              QString::number(e.baseSalary->amount).rightJustified(20, u'0'))
                   : QVariant(QString());
    default:
        return displayValue(e, column);
    }
}

QVariant EmployeeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return employeeColumnTitle(m_columns.at(section));
}

} // namespace purser
