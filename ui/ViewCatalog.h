#pragma once

#include "core/Role.h"

#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QString>

namespace purser {

// The main window's views and which roles may open them (roles.md through PermissionMatrix).
enum class ViewId
{
    Employees,
    Payroll,
    Claims,
    AuditLog,
    Settings,
    Organisation, // owner and admin: members, invitations, API keys, security settings
};

struct ViewInfo
{
    ViewId id;
    QString key;   // stable, for QSettings and tests: "employees", "payroll", …
    QString title; // translated
    QIcon icon;
    QKeySequence shortcut; // Ctrl+1 … Ctrl+6
};

QList<ViewId> viewsFor(Role role);
ViewInfo viewInfo(ViewId id);

} // namespace purser
