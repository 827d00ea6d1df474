#pragma once

#include "purser_core_export.h"

#include <QString>
#include <array>
#include <optional>

namespace purser {

// A member's role in one organisation (roles.md). Order is from most to least privileged.
enum class Role
{
    Owner,
    Admin,
    Finance,
    Auditor,
    Member,
    Viewer,
};

inline constexpr std::array<Role, 6> allRoles = {Role::Owner,   Role::Admin,  Role::Finance,
                                                 Role::Auditor, Role::Member, Role::Viewer};

PURSER_CORE_EXPORT QString roleName(Role role);
PURSER_CORE_EXPORT std::optional<Role> roleFromName(const QString& name);

} // namespace purser
