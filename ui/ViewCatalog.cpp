#include "ui/ViewCatalog.h"

#include "core/PermissionMatrix.h"

#include <QCoreApplication>

namespace purser {

QList<ViewId> viewsFor(Role role)
{
    QList<ViewId> views;
    if (grantsAny(role, Permission::EmployeesRead)) {
        views << ViewId::Employees;
    }
    if (grantsAny(role, Permission::PayrollRead)) {
        views << ViewId::Payroll;
    }
    if (grantsAny(role, Permission::ClaimsRead)) {
        views << ViewId::Claims;
    }
    if (grantsAny(role, Permission::AuditRead)) {
        views << ViewId::AuditLog;
    }
    if (grantsAny(role, Permission::MembersManage) || grantsAny(role, Permission::ApiKeysManage)) {
        views << ViewId::Organisation;
    }
    views << ViewId::Settings; // everyone's own client settings
    return views;
}

ViewInfo viewInfo(ViewId id)
{
    switch (id) {
    case ViewId::Employees:
        return {id, QStringLiteral("employees"),
                QCoreApplication::translate("ViewCatalog", "Employees"),
                QIcon(QStringLiteral(":/icons/employees.svg")), QKeySequence(Qt::CTRL | Qt::Key_1)};
    case ViewId::Payroll:
        return {id, QStringLiteral("payroll"),
                QCoreApplication::translate("ViewCatalog", "Payroll"),
                QIcon(QStringLiteral(":/icons/payroll.svg")), QKeySequence(Qt::CTRL | Qt::Key_2)};
    case ViewId::Claims:
        return {id, QStringLiteral("claims"), QCoreApplication::translate("ViewCatalog", "Claims"),
                QIcon(QStringLiteral(":/icons/claims.svg")), QKeySequence(Qt::CTRL | Qt::Key_3)};
    case ViewId::AuditLog:
        return {id, QStringLiteral("audit"),
                QCoreApplication::translate("ViewCatalog", "Audit log"),
                QIcon(QStringLiteral(":/icons/audit.svg")), QKeySequence(Qt::CTRL | Qt::Key_4)};
    case ViewId::Settings:
        return {id, QStringLiteral("settings"),
                QCoreApplication::translate("ViewCatalog", "Settings"),
                QIcon(QStringLiteral(":/icons/settings.svg")), QKeySequence(Qt::CTRL | Qt::Key_5)};
    case ViewId::Organisation:
        return {id, QStringLiteral("organisation"),
                QCoreApplication::translate("ViewCatalog", "Organisation"),
                QIcon(QStringLiteral(":/icons/organisation.svg")),
                QKeySequence(Qt::CTRL | Qt::Key_6)};
    }
    return {};
}

} // namespace purser
