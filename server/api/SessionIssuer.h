#pragma once

#include "core/SessionInfo.h"
#include "server/audit/AuditEvent.h"
#include "server/auth/SessionStore.h"
#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <QSqlDatabase>
#include <optional>

namespace purser::server {

class Database;

// What sign-in, sign-up and accepting an invitation share: create a session (inside the
// caller's transaction, audited as sign_in into the active organisation), answer with the
// session object plus its token, and set the browser cookie.
class SessionIssuer
{
public:
    explicit SessionIssuer(const Database& db) : m_db(db) {}

    // The session object of api.md for a stored session (without the token).
    std::optional<SessionInfo> info(const SessionStore::Session& session) const;
    HttpResponse respond(int status, const SessionStore::Created& created) const;

    // The client address of a request (trusted proxies applied) for rate-limit buckets.
    static QString clientOf(const HttpRequest& request);
    static AuditActor userActor(const QString& userId, const QString& email);

private:
    const Database& m_db;
};

} // namespace purser::server
