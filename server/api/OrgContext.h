#pragma once

#include "core/PermissionMatrix.h"
#include "server/audit/AuditEvent.h"
#include "server/auth/SessionStore.h"
#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <optional>

namespace purser::server {

class Database;

// The checks every /orgs/{org}/... request passes, in order: a live session or API key (else
// 401), the caller is a member of {org} or the key belongs to it (else 404: a malformed id,
// an unknown organisation and someone else's organisation all look the same), the
// organisation's require_two_factor is met (else 403), and the role grants the permission
// (else 403). Handlers then run every query inside Transaction(db.connection(), orgId).
struct OrgContext
{
    // The person acting. For an API key only userId is set: the member who created the key.
    SessionStore::Session session;
    QString apiKeyId;                   // set when the caller is an API key
    Role keyCreatorRole = Role::Viewer; // an API key never does what its creator cannot
    QString orgId;
    Role role = Role::Viewer;
    Access access = Access::None;
    AuditActor actor; // who the audit log records

    bool isApiKey() const { return !apiKeyId.isEmpty(); }
    // An audit event for this request, actor/channel/ip/user agent/request id filled in.
    AuditEvent auditEvent(const HttpRequest& request) const;

    // On failure returns nullopt and sets *error to the answer to send.
    static std::optional<OrgContext> resolve(const Database& db, const HttpRequest& request,
                                             Permission permission, HttpResponse* error);
    // Membership only (any role): for what every member may read.
    static std::optional<OrgContext> resolveMember(const Database& db, const HttpRequest& request,
                                                   HttpResponse* error);
};

} // namespace purser::server
