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
    views << ViewId::Settings; // everyone's own client settings
    return views;
}

ViewInfo viewInfo(ViewId id)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("ViewCatalog", text);
    };
    switch (id) {
    case ViewId::Employees:
        return {id, QStringLiteral("employees"), tr(QT_TRANSLATE_NOOP("ViewCatalog", "Employees")),
                QIcon(QStringLiteral(":/icons/employees.svg")), QKeySequence(Qt::CTRL | Qt::Key_1)};
    case ViewId::Payroll:
        return {id, QStringLiteral("payroll"), tr(QT_TRANSLATE_NOOP("ViewCatalog", "Payroll")),
                QIcon(QStringLiteral(":/icons/payroll.svg")), QKeySequence(Qt::CTRL | Qt::Key_2)};
    case ViewId::Claims:
        return {id, QStringLiteral("claims"), tr(QT_TRANSLATE_NOOP("ViewCatalog", "Claims")),
                QIcon(QStringLiteral(":/icons/claims.svg")), QKeySequence(Qt::CTRL | Qt::Key_3)};
    case ViewId::AuditLog:
        return {id, QStringLiteral("audit"), tr(QT_TRANSLATE_NOOP("ViewCatalog", "Audit log")),
                QIcon(QStringLiteral(":/icons/audit.svg")), QKeySequence(Qt::CTRL | Qt::Key_4)};
    case ViewId::Settings:
        return {id, QStringLiteral("settings"), tr(QT_TRANSLATE_NOOP("ViewCatalog", "Settings")),
                QIcon(QStringLiteral(":/icons/settings.svg")), QKeySequence(Qt::CTRL | Qt::Key_5)};
    }
    return {};
}

} // namespace purser
