#include "core/EmployeeVisibility.h"

#include "core/PermissionMatrix.h"

namespace purser {

EmployeeVisibility EmployeeVisibility::forReader(Role role, bool isOwnRecord)
{
    EmployeeVisibility v;
    v.record = allows(role, Permission::EmployeesRead, isOwnRecord);
    v.nationalId = v.record && allows(role, Permission::EmployeesReadNationalId, isOwnRecord);
    v.bankAndSalary = v.record && allows(role, Permission::EmployeesReadBankAndSalary, isOwnRecord);
    return v;
}

void EmployeeVisibility::apply(Employee& employee) const
{
    if (!nationalId) {
        employee.nationalId.reset();
        employee.integrityErrors.removeAll(QStringLiteral("national_id"));
    }
    if (!bankAndSalary) {
        employee.bankName.reset();
        employee.bankAccount.reset();
        employee.baseSalary.reset();
        for (const char16_t* field : {u"bank_name", u"bank_account", u"base_salary"}) {
            employee.integrityErrors.removeAll(QString::fromUtf16(field));
        }
    }
}

} // namespace purser
