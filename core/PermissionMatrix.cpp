#include "core/PermissionMatrix.h"

#include <array>

namespace purser {
namespace {

constexpr Access N = Access::None;
constexpr Access O = Access::Own;
constexpr Access A = Access::All;

struct Row
{
    Permission permission;
    // owner, admin, finance, auditor, member, viewer — the column order of roles.md.
    std::array<Access, 6> byRole;
};

// roles.md, row by row. Keep this table and that file in step.
constexpr std::array<Row, 22> matrix = {{
    {Permission::EmployeesRead, {A, A, A, A, O, A}},
    {Permission::EmployeesReadNationalId, {A, A, N, N, O, N}},
    {Permission::EmployeesReadBankAndSalary, {A, A, A, N, O, N}},
    {Permission::EmployeesWrite, {A, A, N, N, N, N}},
    {Permission::PayrollRead, {A, A, A, A, O, N}},
    {Permission::PayrollReadPayslips, {A, A, A, N, O, N}},
    {Permission::PayrollPrepare, {A, A, A, N, N, N}},
    {Permission::PayrollApprove, {A, A, N, N, N, N}},
    {Permission::PayrollMarkPaid, {A, N, A, N, N, N}},
    {Permission::ClaimsRead, {A, A, A, A, O, N}},
    {Permission::ClaimsWriteOwn, {O, O, O, N, O, N}},
    {Permission::ClaimsWriteAny, {A, A, A, N, N, N}},
    {Permission::ClaimsReview, {A, A, A, N, N, N}},
    {Permission::ClaimsMarkPaid, {A, N, A, N, N, N}},
    {Permission::ReceiptsRead, {A, A, A, A, O, N}},
    {Permission::AuditRead, {A, A, N, A, N, N}},
    {Permission::AuditExport, {A, A, N, A, N, N}},
    {Permission::MembersRead, {A, A, A, A, N, A}},
    {Permission::MembersManage, {A, A, N, N, N, N}},
    {Permission::ApiKeysManage, {A, A, N, N, N, N}},
    {Permission::SettingsManage, {A, N, N, N, N, N}},
    {Permission::PersonalDataExport, {A, A, N, N, N, N}},
}};

} // namespace

Access access(Role role, Permission permission)
{
    for (const Row& row : matrix) {
        if (row.permission == permission) {
            return row.byRole[static_cast<std::size_t>(role)];
        }
    }
    return Access::None;
}

bool allows(Role role, Permission permission, bool isOwnRecord)
{
    const Access granted = access(role, permission);
    return granted == Access::All || (granted == Access::Own && isOwnRecord);
}

bool grantsAny(Role role, Permission permission)
{
    return access(role, permission) != Access::None;
}

bool mayGrantRole(Role granter, Role granted)
{
    return allows(granter, Permission::MembersManage) &&
           (granted != Role::Owner || granter == Role::Owner);
}

bool isReadOnly(Role role)
{
    return role == Role::Auditor || role == Role::Viewer;
}

} // namespace purser
