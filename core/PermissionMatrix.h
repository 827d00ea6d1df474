#pragma once

#include "core/Permission.h"
#include "core/Role.h"
#include "purser_core_export.h"

namespace purser {

// How far a granted permission reaches: not at all, only the caller's own records (the
// employee record whose user_id is the caller), or every record of the organisation.
enum class Access
{
    None,
    Own,
    All,
};

// The one matrix of roles.md. The server enforces it; the client reads it only to avoid
// offering what the server would refuse.
PURSER_CORE_EXPORT Access access(Role role, Permission permission);

// True when the role may use the permission on a record; isOwnRecord says whether the record
// belongs to the caller.
PURSER_CORE_EXPORT bool allows(Role role, Permission permission, bool isOwnRecord = false);

// True when the role may use the permission on at least some records (its own, or all).
PURSER_CORE_EXPORT bool grantsAny(Role role, Permission permission);

// True when a member with role `granter` may give someone `granted` (invite them with it):
// whoever manages members may grant any role but owner, which only an owner grants. An
// invitation is accepted only while its sender still may grant its role, as an API key lives
// only while its creator may manage keys.
PURSER_CORE_EXPORT bool mayGrantRole(Role granter, Role granted);

// Roles that never change data (every mutating route answers them 403).
PURSER_CORE_EXPORT bool isReadOnly(Role role);

} // namespace purser
