#include "server/api/SessionIssuer.h"

#include "server/api/ApiError.h"
#include "server/audit/AuditLog.h"
#include "server/auth/Authenticator.h"
#include "server/store/Database.h"
#include "server/store/Transaction.h"
#include "server/store/UserStore.h"

namespace purser::server {

std::optional<SessionInfo> SessionIssuer::info(const SessionStore::Session& session) const
{
    UserStore users(m_db.connection());
    const auto user = users.user(session.userId);
    if (!user) {
        return std::nullopt;
    }
    SessionInfo info;
    info.expiresAt = session.expiresAt;
    info.user = *user;
    info.memberships = users.memberships(session.userId);
    info.activeOrganizationId = session.activeOrgId;
    if (!info.activeMembership()) {
        // The active organisation is gone (membership removed): fall back to the first.
        info.activeOrganizationId =
            info.memberships.isEmpty() ? QString() : info.memberships.first().organizationId;
    }
    return info;
}

HttpResponse SessionIssuer::respond(int status, const SessionStore::Created& created,
                                    const QString& knownClientToken) const
{
    auto session = info(created.session);
    if (!session) {
        return ApiError::internal();
    }
    session->token = created.token;
    QJsonObject body = session->toJson();
    if (!knownClientToken.isEmpty()) {
        body.insert(QStringLiteral("known_client_token"), knownClientToken);
    }
    HttpResponse response = HttpResponse::json(status, body);
    response.setHeader("Set-Cookie", Authenticator::sessionCookie(created.token));
    return response;
}

QString SessionIssuer::clientOf(const HttpRequest& request)
{
    return request.clientAddress.isEmpty() ? request.peerAddress : request.clientAddress;
}

CredentialCheck::Client SessionIssuer::credentialClient(const HttpRequest& request,
                                                        const QString& knownClientToken)
{
    return CredentialCheck::Client{clientOf(request), knownClientToken, request.requestId};
}

HttpResponse SessionIssuer::credentialRefusal(const CredentialCheck::Result& result)
{
    switch (result.verdict) {
    case CredentialCheck::Verdict::RateLimited:
        return ApiError::rateLimited(result.retryAfter);
    case CredentialCheck::Verdict::CodeNeeded:
    case CredentialCheck::Verdict::WrongCode:
        return ApiError::validationFailed(QStringLiteral("code"), QStringLiteral("is wrong"));
    case CredentialCheck::Verdict::Accepted:
    case CredentialCheck::Verdict::WrongPassword:
        break;
    }
    return ApiError::validationFailed(QStringLiteral("password"), QStringLiteral("is wrong"));
}

SessionStore::Origin SessionIssuer::originOf(const HttpRequest& request)
{
    return SessionStore::Origin{clientOf(request),
                                QString::fromUtf8(request.header("user-agent").value_or(""))};
}

void SessionIssuer::auditAccountChange(Transaction& tx, const HttpRequest& request,
                                       const QString& userId, const QString& email,
                                       const QString& action, const QString& summary)
{
    auditAccountChange(tx, request, userId, email, action, QStringLiteral("member"), userId,
                       summary);
}

void SessionIssuer::auditAccountChange(Transaction& tx, const HttpRequest& request,
                                       const QString& userId, const QString& email,
                                       const QString& action, const QString& entityType,
                                       const QString& entityId, const QString& summary)
{
    for (const Membership& membership : UserStore(tx.db()).memberships(userId)) {
        tx.scopeTo(membership.organizationId);
        AuditEvent event =
            AuditEvent::fromRequest(request, membership.organizationId, userActor(userId, email));
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId;
        event.summary = summary;
        AuditLog(tx.db()).append(event);
    }
}

AuditActor SessionIssuer::userActor(const QString& userId, const QString& email)
{
    return AuditActor{QStringLiteral("user"), userId, email};
}

} // namespace purser::server
