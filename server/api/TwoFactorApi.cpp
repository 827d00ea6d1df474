#include "server/api/TwoFactorApi.h"

#include "server/Logging.h"
#include "server/api/ApiError.h"
#include "server/api/JsonBody.h"
#include "server/api/JsonFields.h"
#include "server/api/SessionIssuer.h"
#include "server/auth/Authenticator.h"
#include "server/auth/CredentialCheck.h"
#include "server/auth/Totp.h"
#include "server/store/Database.h"
#include "server/store/Transaction.h"
#include "server/store/TwoFactorStore.h"
#include "server/store/UserStore.h"

#include <QDateTime>
#include <QJsonArray>

namespace purser::server {

void TwoFactorApi::registerRoutes(Router& router)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/two-factor/enable"),
               [this](HttpRequest& r) { return enable(r); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/two-factor/verify"),
               [this](HttpRequest& r) { return verify(r); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/two-factor/disable"),
               [this](HttpRequest& r) { return disable(r); });
}

HttpResponse TwoFactorApi::enable(HttpRequest& request)
{
    const auto session = Authenticator(m_db).authenticate(request);
    if (!session) {
        return ApiError::unauthenticated();
    }
    HttpResponse error;
    const auto body = parseJsonObject(request, &error);
    if (!body) {
        return error;
    }
    JsonFields fields(*body);
    fields.allowOnly({QStringLiteral("password")});
    const auto password = fields.string(QStringLiteral("password"), true, 4096, true);
    if (fields.hasErrors()) {
        return fields.errorResponse();
    }
    UserStore users(m_db.connection());
    const auto user = users.user(session->userId);
    if (!user) {
        return ApiError::unauthenticated();
    }
    const CredentialCheck::Result checked = CredentialCheck(m_db).password(
        user->id, *password, SessionIssuer::credentialClient(request));
    if (!checked.accepted()) {
        return SessionIssuer::credentialRefusal(checked);
    }
    // Two-factor on an address nobody proved to own would lock its real owner out.
    if (!users.emailVerified(user->id)) {
        return ApiError::forbidden(
            QStringLiteral("Verify your email address before turning on two-factor."),
            {{QStringLiteral("reason"), QStringLiteral("email_unverified")}});
    }
    if (user->twoFactorEnabled) {
        return ApiError::conflict(
            QStringLiteral("Two-factor authentication is on already; disable it first."));
    }
    const QByteArray secret = Totp::generateSecret();
    Transaction tx(m_db.connection());
    const QStringList codes = TwoFactorStore(tx.db()).enable(user->id, secret);
    tx.commit();
    qCInfo(lcAuth).noquote() << "two-factor set-up started for user" << user->id;
    return HttpResponse::json(
        200, {{QStringLiteral("secret"), Totp::base32Encode(secret)},
              {QStringLiteral("otpauth_uri"),
               Totp::otpauthUri(QStringLiteral("Purser"), user->email, secret)},
              {QStringLiteral("backup_codes"), QJsonArray::fromStringList(codes)}});
}

HttpResponse TwoFactorApi::verify(HttpRequest& request)
{
    const auto session = Authenticator(m_db).authenticate(request);
    if (!session) {
        return ApiError::unauthenticated();
    }
    HttpResponse error;
    const auto body = parseJsonObject(request, &error);
    if (!body) {
        return error;
    }
    JsonFields fields(*body);
    fields.allowOnly({QStringLiteral("code")});
    const auto code = fields.string(QStringLiteral("code"), true, 16);
    if (fields.hasErrors()) {
        return fields.errorResponse();
    }
    const auto user = UserStore(m_db.connection()).user(session->userId);
    if (!user || !TwoFactorStore(m_db.connection()).pendingSecret(session->userId)) {
        return ApiError::conflict(QStringLiteral("Start with two-factor/enable first."));
    }
    const CredentialCheck::Result checked = CredentialCheck(m_db).pendingCode(
        user->id, *code, SessionIssuer::credentialClient(request));
    if (checked.verdict == CredentialCheck::Verdict::RateLimited) {
        return SessionIssuer::credentialRefusal(checked);
    }
    Transaction tx(m_db.connection());
    if (!checked.accepted() || !TwoFactorStore(tx.db()).activate(user->id, checked.totpStep)) {
        return ApiError::validationFailed(QStringLiteral("code"),
                                          QStringLiteral("does not match; check the clock"));
    }
    // Whoever holds another session signed in without this second factor.
    SessionStore(tx.db()).revokeOthers(user->id, session->id);
    SessionIssuer::auditAccountChange(
        tx, request, user->id, user->email, QStringLiteral("two_factor_enable"),
        QStringLiteral("%1 turned on two-factor authentication").arg(user->email));
    tx.commit();
    qCInfo(lcAuth).noquote() << "two-factor turned on for user" << user->id;
    return HttpResponse::noContent();
}

HttpResponse TwoFactorApi::disable(HttpRequest& request)
{
    const auto session = Authenticator(m_db).authenticate(request);
    if (!session) {
        return ApiError::unauthenticated();
    }
    HttpResponse error;
    const auto body = parseJsonObject(request, &error);
    if (!body) {
        return error;
    }
    JsonFields fields(*body);
    fields.allowOnly({QStringLiteral("password"), QStringLiteral("code")});
    const auto password = fields.string(QStringLiteral("password"), true, 4096, true);
    const auto code = fields.string(QStringLiteral("code"), true, 16);
    if (fields.hasErrors()) {
        return fields.errorResponse();
    }
    const auto user = UserStore(m_db.connection()).user(session->userId);
    if (!user) {
        return ApiError::unauthenticated();
    }
    if (!TwoFactorStore(m_db.connection()).activeSecret(user->id)) {
        return ApiError::conflict(QStringLiteral("Two-factor authentication is not on."));
    }
    const CredentialCheck::Result checked = CredentialCheck(m_db).passwordAndCode(
        user->id, *password, *code, SessionIssuer::credentialClient(request));
    if (!checked.accepted()) {
        return SessionIssuer::credentialRefusal(checked);
    }
    Transaction tx(m_db.connection());
    TwoFactorStore(tx.db()).disable(user->id);
    SessionStore(tx.db()).revokeOthers(user->id, session->id);
    SessionIssuer::auditAccountChange(
        tx, request, user->id, user->email, QStringLiteral("two_factor_disable"),
        QStringLiteral("%1 turned off two-factor authentication").arg(user->email));
    tx.commit();
    qCInfo(lcAuth).noquote() << "two-factor turned off for user" << user->id;
    return HttpResponse::noContent();
}

} // namespace purser::server
