#include "server/api/SessionsApi.h"

#include "core/Rfc3339.h"
#include "server/Logging.h"
#include "server/api/ApiError.h"
#include "server/api/SessionIssuer.h"
#include "server/auth/Authenticator.h"
#include "server/auth/SessionStore.h"
#include "server/store/Database.h"
#include "server/store/SqlValues.h"
#include "server/store/Transaction.h"
#include "server/store/UserStore.h"

#include <QJsonArray>

namespace purser::server {

void SessionsApi::registerRoutes(Router& router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/auth/sessions"),
               [this](HttpRequest& r) { return list(r); });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/api/v1/auth/sessions/{id}"),
               [this](HttpRequest& r) { return revoke(r); });
}

HttpResponse SessionsApi::list(HttpRequest& request)
{
    const auto session = Authenticator(m_db).authenticate(request);
    if (!session) {
        return ApiError::unauthenticated();
    }
    QJsonArray items;
    for (const SessionStore::Listed& listed :
         SessionStore(m_db.connection()).listLive(session->userId)) {
        items.append(QJsonObject{{QStringLiteral("id"), listed.id},
                                 {QStringLiteral("created_at"), toRfc3339(listed.createdAt)},
                                 {QStringLiteral("last_used_at"), toRfc3339(listed.lastUsedAt)},
                                 {QStringLiteral("expires_at"), toRfc3339(listed.expiresAt)},
                                 {QStringLiteral("ip"), listed.origin.ip},
                                 {QStringLiteral("user_agent"), listed.origin.userAgent},
                                 {QStringLiteral("current"), listed.id == session->id}});
    }
    return HttpResponse::json(200, {{QStringLiteral("items"), items}});
}

HttpResponse SessionsApi::revoke(HttpRequest& request)
{
    const auto session = Authenticator(m_db).authenticate(request);
    if (!session) {
        return ApiError::unauthenticated();
    }
    const auto id = sql::canonicalUuid(request.pathParam(QStringLiteral("id")));
    if (!id) {
        return ApiError::notFound();
    }
    const auto user = UserStore(m_db.connection()).user(session->userId);
    if (!user) {
        return ApiError::unauthenticated();
    }
    Transaction tx(m_db.connection());
    if (!SessionStore(tx.db()).revokeOwn(session->userId, *id)) {
        return ApiError::notFound();
    }
    // Audited like signing out: the entry names the session by its id, never its token.
    SessionIssuer::auditAccountChange(
        tx, request, user->id, user->email, QStringLiteral("revoke"), QStringLiteral("session"),
        *id, QStringLiteral("%1 revoked one of their sessions").arg(user->email));
    tx.commit();
    qCInfo(lcAuth).noquote() << "user" << session->userId << "revoked session" << *id;
    return HttpResponse::noContent();
}

} // namespace purser::server
