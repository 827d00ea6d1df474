#include "server/api/PasswordResetApi.h"

#include "server/Logging.h"
#include "server/api/ApiError.h"
#include "server/api/JsonBody.h"
#include "server/api/JsonFields.h"
#include "server/api/SessionIssuer.h"
#include "server/auth/Authenticator.h"
#include "server/auth/CredentialCheck.h"
#include "server/auth/EmailAddress.h"
#include "server/auth/KnownClientStore.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/RateLimiter.h"
#include "server/store/AccountStore.h"
#include "server/store/Database.h"
#include "server/store/MailOutbox.h"
#include "server/store/Transaction.h"
#include "server/store/UserStore.h"

namespace purser::server {

void PasswordResetApi::registerRoutes(Router& router)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/forget-password"),
               [this](HttpRequest& r) { return forget(r); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/reset-password"),
               [this](HttpRequest& r) { return reset(r); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/change-password"),
               [this](HttpRequest& r) { return change(r); });
}

HttpResponse PasswordResetApi::forget(HttpRequest& request)
{
    HttpResponse error;
    const auto body = parseJsonObject(request, &error);
    if (!body) {
        return error;
    }
    JsonFields fields(*body);
    fields.allowOnly({QStringLiteral("email")});
    const auto emailText = fields.string(QStringLiteral("email"), true, 254);
    if (fields.hasErrors()) {
        return fields.errorResponse();
    }
    const QString email = EmailAddress::normalise(*emailText);
    RateLimiter limiter(m_db.connection());
    const auto ipSlot = limiter.acquire(
        QStringLiteral("forget-password:ip:") + SessionIssuer::clientOf(request), kForgetLimit);
    if (!ipSlot.granted) {
        return ApiError::rateLimited(ipSlot.retryAfter);
    }
    const auto emailSlot =
        limiter.acquire(QStringLiteral("forget-password:email:") + email, kForgetLimit);
    if (!emailSlot.granted) {
        return ApiError::rateLimited(emailSlot.retryAfter);
    }

    const auto credentials = UserStore(m_db.connection()).credentialsByEmail(email);
    const MailOutbox outbox(m_dataDir);
    outbox.sweep(m_db.connection());
    if (credentials) {
        Transaction tx(m_db.connection());
        QString resetId;
        const QString token =
            AccountStore(tx.db()).createPasswordReset(credentials->userId, &resetId);
        const MailOutbox::Message message = MailOutbox::record(
            tx.db(), email, QStringLiteral("Reset your Purser password"),
            QStringLiteral("Someone asked to reset the password of your Purser account.\n\n"
                           "Your reset token (valid for one hour, usable once):\n\n%1\n\n"
                           "If it was not you, ignore this message: your password stays as it "
                           "is."),
            token);
        MailOutbox::linkToken(tx.db(), MailOutbox::TokenTable::PasswordResets, resetId, message.id);
        tx.commit();
        outbox.deliver(message);
        qCInfo(lcAuth).noquote() << "password reset mail queued for user" << credentials->userId;
    } else {
        qCInfo(lcAuth).noquote() << QStringLiteral(
                                        "password reset asked for an unknown email, request_id=") +
                                        request.requestId;
    }
    // The same answer either way: it does not tell whether the account exists.
    return HttpResponse::json(202, {{QStringLiteral("status"), QStringLiteral("accepted")}});
}

HttpResponse PasswordResetApi::reset(HttpRequest& request)
{
    HttpResponse error;
    const auto body = parseJsonObject(request, &error);
    if (!body) {
        return error;
    }
    RateLimiter limiter(m_db.connection());
    const auto slot = limiter.acquire(
        QStringLiteral("reset-password:ip:") + SessionIssuer::clientOf(request), kResetLimit);
    if (!slot.granted) {
        return ApiError::rateLimited(slot.retryAfter);
    }
    JsonFields fields(*body);
    fields.allowOnly({QStringLiteral("token"), QStringLiteral("new_password")});
    const auto token = fields.string(QStringLiteral("token"), true, 128);
    const auto password = fields.string(QStringLiteral("new_password"), true, 4096, true);
    if (password) {
        if (const auto problem = passwordProblem(*password)) {
            fields.invalid(QStringLiteral("new_password"), *problem);
        }
    }
    if (fields.hasErrors()) {
        return fields.errorResponse();
    }
    const QString passwordHash = PasswordHasher::hash(*password);

    Transaction tx(m_db.connection());
    AccountStore accounts(tx.db());
    const auto userId = accounts.consumePasswordReset(*token);
    if (!userId) {
        return ApiError::validationFailed(QStringLiteral("token"),
                                          QStringLiteral("is invalid, used or expired"));
    }
    accounts.setPasswordHash(*userId, passwordHash);
    const int revoked = SessionStore(tx.db()).revokeAllForUser(*userId);
    KnownClientStore(tx.db()).forgetAllOfUser(*userId);
    UserStore users(tx.db());
    // The token reached the address: whoever used it reads that mailbox.
    users.markEmailVerified(*userId, QDateTime::currentDateTimeUtc());
    const QString email = users.user(*userId).value_or(SessionUser{}).email;
    SessionIssuer::auditAccountChange(
        tx, request, *userId, email, QStringLiteral("password_reset"),
        QStringLiteral("%1 reset their password; %2 session(s) revoked")
            .arg(email, QString::number(revoked)));
    tx.commit();
    MailOutbox(m_dataDir).sweep(m_db.connection());
    qCInfo(lcAuth).noquote() << "password reset for user" << *userId << "revoked" << revoked
                             << "session(s)";
    return HttpResponse::noContent();
}

HttpResponse PasswordResetApi::change(HttpRequest& request)
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
    fields.allowOnly({QStringLiteral("current_password"), QStringLiteral("new_password")});
    const auto current = fields.string(QStringLiteral("current_password"), true, 4096, true);
    const auto password = fields.string(QStringLiteral("new_password"), true, 4096, true);
    if (password) {
        if (const auto problem = passwordProblem(*password)) {
            fields.invalid(QStringLiteral("new_password"), *problem);
        }
    }
    if (fields.hasErrors()) {
        return fields.errorResponse();
    }
    const CredentialCheck::Result checked = CredentialCheck(m_db).password(
        session->userId, *current, SessionIssuer::credentialClient(request));
    if (checked.verdict == CredentialCheck::Verdict::WrongPassword) {
        return ApiError::validationFailed(QStringLiteral("current_password"),
                                          QStringLiteral("is wrong"));
    }
    if (!checked.accepted()) {
        return SessionIssuer::credentialRefusal(checked);
    }
    const QString passwordHash = PasswordHasher::hash(*password);
    Transaction tx(m_db.connection());
    AccountStore(tx.db()).setPasswordHash(session->userId, passwordHash);
    const int revoked = SessionStore(tx.db()).revokeOthers(session->userId, session->id);
    const QString email = UserStore(tx.db()).user(session->userId).value_or(SessionUser{}).email;
    SessionIssuer::auditAccountChange(
        tx, request, session->userId, email, QStringLiteral("password_change"),
        QStringLiteral("%1 changed their password; %2 other session(s) revoked")
            .arg(email, QString::number(revoked)));
    tx.commit();
    qCInfo(lcAuth).noquote() << "password changed for user" << session->userId << "revoked"
                             << revoked << "other session(s)";
    return HttpResponse::noContent();
}

} // namespace purser::server
