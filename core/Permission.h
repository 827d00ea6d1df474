#pragma once

#include "purser_core_export.h"

#include <QString>
#include <array>
#include <optional>

namespace purser {

// The permissions of roles.md, one per row of its matrix. PayrollReadPayslips splits the
// auditor's "totals, no payslip lines" note into a row of its own so it is data, not a special
// case in code.
enum class Permission
{
    EmployeesRead,
    EmployeesReadNationalId,
    EmployeesReadBankAndSalary,
    EmployeesWrite,
    PayrollRead,
    PayrollReadPayslips,
    PayrollPrepare,
    PayrollApprove,
    PayrollMarkPaid,
    ClaimsRead,
    ClaimsWriteOwn,
    ClaimsWriteAny,
    ClaimsReview,
    ClaimsMarkPaid,
    ReceiptsRead,
    AuditRead,
    AuditExport,
    MembersRead,
    MembersManage,
    ApiKeysManage,
    SettingsManage,
    PersonalDataExport,
};

inline constexpr std::array<Permission, 22> allPermissions = {
    Permission::EmployeesRead,
    Permission::EmployeesReadNationalId,
    Permission::EmployeesReadBankAndSalary,
    Permission::EmployeesWrite,
    Permission::PayrollRead,
    Permission::PayrollReadPayslips,
    Permission::PayrollPrepare,
    Permission::PayrollApprove,
    Permission::PayrollMarkPaid,
    Permission::ClaimsRead,
    Permission::ClaimsWriteOwn,
    Permission::ClaimsWriteAny,
    Permission::ClaimsReview,
    Permission::ClaimsMarkPaid,
    Permission::ReceiptsRead,
    Permission::AuditRead,
    Permission::AuditExport,
    Permission::MembersRead,
    Permission::MembersManage,
    Permission::ApiKeysManage,
    Permission::SettingsManage,
    Permission::PersonalDataExport,
};

// The dotted name used in roles.md, e.g. "employees.read.national_id".
PURSER_CORE_EXPORT QString permissionName(Permission permission);
PURSER_CORE_EXPORT std::optional<Permission> permissionFromName(const QString& name);

} // namespace purser
