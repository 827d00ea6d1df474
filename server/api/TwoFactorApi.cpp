#include "server/api/TwoFactorApi.h"

#include "server/Logging.h"
#include "server/api/ApiError.h"
#include "server/api/JsonBody.h"
#include "server/api/JsonFields.h"
#include "server/api/SessionIssuer.h"
#include "server/audit/AuditLog.h"
#include "server/auth/Authenticator.h"
#include "server/auth/PasswordHasher.h"
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

void TwoFactorApi::auditAll(Transaction& tx, const HttpRequest& request, const QString& userId,
                            const QString& email, const QString& action, const QString& summary)
{
    for (const Membership& membership : UserStore(tx.db()).memberships(userId)) {
        tx.scopeTo(membership.organizationId);
        AuditEvent event = AuditEvent::fromRequest(request, membership.organizationId,
                                                   SessionIssuer::userActor(userId, email));
        event.action = action;
        event.entityType = QStringLiteral("member");
        event.entityId = userId;
        event.summary = summary;
        AuditLog(tx.db()).append(event);
    }
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
    const auto credentials = user ? users.credentialsByEmail(user->email) : std::nullopt;
    if (!credentials || !PasswordHasher::verify(credentials->passwordHash, *password)) {
        return ApiError::validationFailed(QStringLiteral("password"), QStringLiteral("is wrong"));
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
    Transaction tx(m_db.connection());
    TwoFactorStore store(tx.db());
    const auto secret = store.pendingSecret(session->userId);
    if (!user || !secret) {
        return ApiError::conflict(QStringLiteral("Start with two-factor/enable first."));
    }
    const auto step = Totp::matchingStep(*secret, *code, QDateTime::currentSecsSinceEpoch());
    if (!step || !store.activate(user->id, *step)) {
        return ApiError::validationFailed(QStringLiteral("code"),
                                          QStringLiteral("does not match; check the clock"));
    }
    auditAll(tx, request, user->id, user->email, QStringLiteral("two_factor_enable"),
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
    UserStore users(m_db.connection());
    const auto user = users.user(session->userId);
    const auto credentials = user ? users.credentialsByEmail(user->email) : std::nullopt;
    if (!credentials || !PasswordHasher::verify(credentials->passwordHash, *password)) {
        return ApiError::validationFailed(QStringLiteral("password"), QStringLiteral("is wrong"));
    }
    Transaction tx(m_db.connection());
    TwoFactorStore store(tx.db());
    const auto secret = store.activeSecret(user->id);
    if (!secret) {
        return ApiError::conflict(QStringLiteral("Two-factor authentication is not on."));
    }
    if (!store.acceptCode(user->id, *secret, *code)) {
        return ApiError::validationFailed(QStringLiteral("code"), QStringLiteral("is wrong"));
    }
    store.disable(user->id);
    auditAll(tx, request, user->id, user->email, QStringLiteral("two_factor_disable"),
             QStringLiteral("%1 turned off two-factor authentication").arg(user->email));
    tx.commit();
    qCInfo(lcAuth).noquote() << "two-factor turned off for user" << user->id;
    return HttpResponse::noContent();
}

} // namespace purser::server
