#include "server/api/AuthApi.h"

#include "server/Logging.h"
#include "server/api/ApiError.h"
#include "server/api/JsonBody.h"
#include "server/auth/Authenticator.h"
#include "server/auth/PasswordHasher.h"
#include "server/store/Database.h"
#include "server/store/UserStore.h"

#include <QJsonValue>

namespace purser::server {

void AuthApi::registerRoutes(Router& router)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/sign-in"),
               [this](HttpRequest& r) { return signIn(r); });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/auth/session"),
               [this](HttpRequest& r) { return session(r); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/sign-out"),
               [this](HttpRequest& r) { return signOut(r); });
}

QString AuthApi::normaliseEmail(const QString& email)
{
    return email.trimmed().toLower();
}

HttpResponse AuthApi::signIn(HttpRequest& request)
{
    HttpResponse error;
    const auto body = parseJsonObject(request, &error);
    if (!body) {
        return error;
    }
    const QJsonValue emailValue = body->value(QStringLiteral("email"));
    const QJsonValue passwordValue = body->value(QStringLiteral("password"));
    if (!emailValue.isString() || !passwordValue.isString()) {
        return ApiError::badRequest(QStringLiteral("email and password must be strings."));
    }
    const QString email = normaliseEmail(emailValue.toString());
    const QString password = passwordValue.toString();

    UserStore users(m_db.connection());
    const auto credentials = users.credentialsByEmail(email);
    if (!credentials) {
        PasswordHasher::dummyVerify(password);
        qCInfo(lcAuth).noquote() << QStringLiteral(
                                        "sign-in failed (no such account), request_id=") +
                                        request.requestId;
        return ApiError::invalidCredentials();
    }
    if (!PasswordHasher::verify(credentials->passwordHash, password)) {
        qCInfo(lcAuth).noquote() << "sign-in failed (wrong password) for user"
                                 << credentials->userId
                                 << (QStringLiteral("request_id=") + request.requestId);
        return ApiError::invalidCredentials();
    }
    const QList<Membership> memberships = users.memberships(credentials->userId);
    const QString activeOrg =
        memberships.isEmpty() ? QString() : memberships.first().organizationId;
    SessionStore::Created created =
        SessionStore(m_db.connection()).create(credentials->userId, activeOrg);
    auto info = sessionInfo(created.session);
    if (!info) {
        return ApiError::internal();
    }
    info->token = created.token;
    qCInfo(lcAuth).noquote() << "signed in user" << credentials->userId << "session"
                             << created.session.id;
    return HttpResponse::json(200, info->toJson());
}

std::optional<SessionInfo> AuthApi::sessionInfo(const SessionStore::Session& session)
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

HttpResponse AuthApi::session(HttpRequest& request)
{
    const auto session = Authenticator(m_db).authenticate(request);
    if (!session) {
        return ApiError::unauthenticated();
    }
    const auto info = sessionInfo(*session);
    if (!info) {
        return ApiError::unauthenticated();
    }
    return HttpResponse::json(200, info->toJson());
}

HttpResponse AuthApi::signOut(HttpRequest& request)
{
    const auto session = Authenticator(m_db).authenticate(request);
    if (!session) {
        return ApiError::unauthenticated();
    }
    SessionStore(m_db.connection()).revoke(session->id);
    qCInfo(lcAuth).noquote() << "signed out session" << session->id;
    return HttpResponse::noContent();
}

} // namespace purser::server
