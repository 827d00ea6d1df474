#pragma once

#include "core/PermissionMatrix.h"
#include "server/auth/SessionStore.h"
#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <optional>

namespace purser::server {

class Database;

// The checks every /orgs/{org}/... request passes, in order: a live session (else 401), the
// caller is a member of {org} (else 404: a malformed id, an unknown organisation and someone
// else's organisation all look the same), and the role grants the permission (else 403).
struct OrgContext
{
    SessionStore::Session session;
    QString orgId;
    Role role = Role::Viewer;
    Access access = Access::None;

    // On failure returns nullopt and sets *error to the answer to send.
    static std::optional<OrgContext> resolve(const Database& db, const HttpRequest& request,
                                             Permission permission, HttpResponse* error);
};

} // namespace purser::server
