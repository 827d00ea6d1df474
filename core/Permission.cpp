#include "core/Permission.h"

namespace purser {

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::EmployeesRead:
        return QStringLiteral("employees.read");
    case Permission::EmployeesReadNationalId:
        return QStringLiteral("employees.read.national_id");
    case Permission::EmployeesReadBankAndSalary:
        return QStringLiteral("employees.read.bank_and_salary");
    case Permission::EmployeesWrite:
        return QStringLiteral("employees.write");
    case Permission::PayrollRead:
        return QStringLiteral("payroll.read");
    case Permission::PayrollReadPayslips:
        return QStringLiteral("payroll.read.payslips");
    case Permission::PayrollPrepare:
        return QStringLiteral("payroll.prepare");
    case Permission::PayrollApprove:
        return QStringLiteral("payroll.approve");
    case Permission::PayrollMarkPaid:
        return QStringLiteral("payroll.mark_paid");
    case Permission::ClaimsRead:
        return QStringLiteral("claims.read");
    case Permission::ClaimsWriteOwn:
        return QStringLiteral("claims.write_own");
    case Permission::ClaimsWriteAny:
        return QStringLiteral("claims.write_any");
    case Permission::ClaimsReview:
        return QStringLiteral("claims.review");
    case Permission::ClaimsMarkPaid:
        return QStringLiteral("claims.mark_paid");
    case Permission::ReceiptsRead:
        return QStringLiteral("receipts.read");
    case Permission::AuditRead:
        return QStringLiteral("audit.read");
    case Permission::AuditExport:
        return QStringLiteral("audit.export");
    case Permission::MembersRead:
        return QStringLiteral("members.read");
    case Permission::MembersManage:
        return QStringLiteral("members.manage");
    case Permission::ApiKeysManage:
        return QStringLiteral("api_keys.manage");
    case Permission::SettingsManage:
        return QStringLiteral("settings.manage");
    case Permission::PersonalDataExport:
        return QStringLiteral("personal_data.export");
    }
    return {};
}

std::optional<Permission> permissionFromName(const QString& name)
{
    for (Permission permission : allPermissions) {
        if (permissionName(permission) == name) {
            return permission;
        }
    }
    return std::nullopt;
}

} // namespace purser
