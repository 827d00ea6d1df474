#include "core/Role.h"

namespace purser {

QString roleName(Role role)
{
    switch (role) {
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Finance:
        return QStringLiteral("finance");
    case Role::Auditor:
        return QStringLiteral("auditor");
    case Role::Member:
        return QStringLiteral("member");
    case Role::Viewer:
        return QStringLiteral("viewer");
    }
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    for (Role role : allRoles) {
        if (roleName(role) == name) {
            return role;
        }
    }
    return std::nullopt;
}

} // namespace purser
