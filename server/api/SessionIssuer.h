#pragma once

#include "core/SessionInfo.h"
#include "server/audit/AuditEvent.h"
#include "server/auth/CredentialCheck.h"
#include "server/auth/SessionStore.h"
#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <QSqlDatabase>
#include <optional>

namespace purser::server {

class Database;

// What sign-in and sign-up share: answer with the session object plus its token (and the
// known-client token of a sign-in), and set the browser cookie. Only those two routes issue a
// session; accepting an invitation never does.
class SessionIssuer
{
public:
    explicit SessionIssuer(const Database& db) : m_db(db) {}

    // The session object of api.md for a stored session (without the token).
    std::optional<SessionInfo> info(const SessionStore::Session& session) const;
    HttpResponse respond(int status, const SessionStore::Created& created,
                         const QString& knownClientToken = {}) const;

    // The client address of a request (trusted proxies applied) for rate-limit buckets.
    static QString clientOf(const HttpRequest& request);
    // Who attempts a credential check, for its budgets and the log.
    static CredentialCheck::Client credentialClient(const HttpRequest& request,
                                                    const QString& knownClientToken = {});
    // The answer to a failed check behind a session: 429, or 422 naming the wrong field.
    static HttpResponse credentialRefusal(const CredentialCheck::Result& result);
    // Where a new session is made (address and User-Agent), for the user's session list.
    static SessionStore::Origin originOf(const HttpRequest& request);
    static AuditActor userActor(const QString& userId, const QString& email);
    // An account change (password, two-factor) written into the chain of every organisation
    // the user belongs to, inside tx.
    static void auditAccountChange(class Transaction& tx, const HttpRequest& request,
                                   const QString& userId, const QString& email,
                                   const QString& action, const QString& summary);
    // The same for a change to one of the account's own things (a session, say).
    static void auditAccountChange(class Transaction& tx, const HttpRequest& request,
                                   const QString& userId, const QString& email,
                                   const QString& action, const QString& entityType,
                                   const QString& entityId, const QString& summary);

private:
    const Database& m_db;
};

} // namespace purser::server
