#pragma once

#include "core/EmployeeVisibility.h"

#include <QList>
#include <QString>

namespace purser {

// The columns an employee table can show. Sensitive ones exist only for roles that may read
// them, so a viewer's table has no national ID column at all (not an empty one).
enum class EmployeeColumn
{
    EmployeeNo,
    FullName,
    Email,
    Department,
    Position,
    EmploymentType,
    Status,
    StartDate,
    NationalId,
    BankName,
    BankAccount,
    BaseSalary,
};

QString employeeColumnTitle(EmployeeColumn column);
bool isSensitiveColumn(EmployeeColumn column);
// The columns visible under the given visibility, in display order.
QList<EmployeeColumn> employeeColumnsFor(const EmployeeVisibility& visibility);
// Translated names of the API's employment_type and status values.
QString employmentTypeDisplay(const QString& type);
QString statusDisplay(const QString& status);

} // namespace purser
