#include "models/EmployeeColumn.h"

#include <QCoreApplication>

namespace purser {

QString employeeColumnTitle(EmployeeColumn column)
{
    switch (column) {
    case EmployeeColumn::EmployeeNo:
        return QCoreApplication::translate("EmployeeColumn", "No.");
    case EmployeeColumn::FullName:
        return QCoreApplication::translate("EmployeeColumn", "Name");
    case EmployeeColumn::Email:
        return QCoreApplication::translate("EmployeeColumn", "Email");
    case EmployeeColumn::Department:
        return QCoreApplication::translate("EmployeeColumn", "Department");
    case EmployeeColumn::Position:
        return QCoreApplication::translate("EmployeeColumn", "Position");
    case EmployeeColumn::EmploymentType:
        return QCoreApplication::translate("EmployeeColumn", "Type");
    case EmployeeColumn::Status:
        return QCoreApplication::translate("EmployeeColumn", "Status");
    case EmployeeColumn::StartDate:
        return QCoreApplication::translate("EmployeeColumn", "Start date");
    case EmployeeColumn::NationalId:
        return QCoreApplication::translate("EmployeeColumn", "National ID");
    case EmployeeColumn::BankName:
        return QCoreApplication::translate("EmployeeColumn", "Bank");
    case EmployeeColumn::BankAccount:
        return QCoreApplication::translate("EmployeeColumn", "Bank account");
    case EmployeeColumn::BaseSalary:
        return QCoreApplication::translate("EmployeeColumn", "Base salary");
    }
    return {};
}

bool isSensitiveColumn(EmployeeColumn column)
{
    switch (column) {
    case EmployeeColumn::NationalId:
    case EmployeeColumn::BankName:
    case EmployeeColumn::BankAccount:
    case EmployeeColumn::BaseSalary:
        return true;
    default:
        return false;
    }
}

QList<EmployeeColumn> employeeColumnsFor(const EmployeeVisibility& visibility)
{
    QList<EmployeeColumn> columns;
    if (!visibility.record) {
        return columns;
    }
    columns << EmployeeColumn::EmployeeNo << EmployeeColumn::FullName << EmployeeColumn::Email
            << EmployeeColumn::Department << EmployeeColumn::Position
            << EmployeeColumn::EmploymentType << EmployeeColumn::Status
            << EmployeeColumn::StartDate;
    if (visibility.nationalId) {
        columns << EmployeeColumn::NationalId;
    }
    if (visibility.bankAndSalary) {
        columns << EmployeeColumn::BankName << EmployeeColumn::BankAccount
                << EmployeeColumn::BaseSalary;
    }
    return columns;
}

QString employmentTypeDisplay(const QString& type)
{
    if (type == u"full_time") {
        return QCoreApplication::translate("EmployeeTableModel", "Full time");
    }
    if (type == u"part_time") {
        return QCoreApplication::translate("EmployeeTableModel", "Part time");
    }
    if (type == u"contract") {
        return QCoreApplication::translate("EmployeeTableModel", "Contract");
    }
    if (type == u"intern") {
        return QCoreApplication::translate("EmployeeTableModel", "Intern");
    }
    return type;
}

QString statusDisplay(const QString& status)
{
    if (status == u"active") {
        return QCoreApplication::translate("EmployeeTableModel", "Active");
    }
    if (status == u"on_leave") {
        return QCoreApplication::translate("EmployeeTableModel", "On leave");
    }
    if (status == u"terminated") {
        return QCoreApplication::translate("EmployeeTableModel", "Terminated");
    }
    return status;
}

} // namespace purser
