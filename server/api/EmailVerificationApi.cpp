#include "server/api/EmailVerificationApi.h"

#include "server/Logging.h"
#include "server/api/ApiError.h"
#include "server/api/JsonBody.h"
#include "server/api/JsonFields.h"
#include "server/api/SessionIssuer.h"
#include "server/auth/Authenticator.h"
#include "server/auth/RateLimiter.h"
#include "server/store/Database.h"
#include "server/store/EmailVerificationStore.h"
#include "server/store/Transaction.h"
#include "server/store/UserStore.h"

namespace purser::server {

void EmailVerificationApi::registerRoutes(Router& router)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/verify-email"),
               [this](HttpRequest& r) { return verify(r); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/verify-email/resend"),
               [this](HttpRequest& r) { return resend(r); });
}

MailOutbox::Message EmailVerificationApi::queue(QSqlDatabase tx, const QString& userId,
                                                const QString& email)
{
    QString rowId;
    const QString token = EmailVerificationStore(tx).create(userId, &rowId);
    const MailOutbox::Message message = MailOutbox::record(
        tx, email, QStringLiteral("Confirm your email address for Purser"),
        QStringLiteral("Someone created a Purser account with this address.\n\n"
                       "Your verification token (valid for 24 hours, usable once):\n\n%1\n\n"
                       "If it was not you, ignore this message: the account stays unconfirmed "
                       "and cannot join any organisation."),
        token);
    MailOutbox::linkToken(tx, MailOutbox::TokenTable::EmailVerifications, rowId, message.id);
    return message;
}

HttpResponse EmailVerificationApi::verify(HttpRequest& request)
{
    HttpResponse error;
    const auto body = parseJsonObject(request, &error);
    if (!body) {
        return error;
    }
    JsonFields fields(*body);
    fields.allowOnly({QStringLiteral("token")});
    const auto token = fields.string(QStringLiteral("token"), true, 128);
    if (fields.hasErrors()) {
        return fields.errorResponse();
    }
    RateLimiter limiter(m_db.connection());
    const auto slot = limiter.acquire(
        QStringLiteral("verify-email:ip:") + SessionIssuer::clientOf(request), kVerifyLimit);
    if (!slot.granted) {
        return ApiError::rateLimited(slot.retryAfter);
    }
    Transaction tx(m_db.connection());
    const auto userId = EmailVerificationStore(tx.db()).consume(*token);
    if (!userId) {
        return ApiError::validationFailed(QStringLiteral("token"),
                                          QStringLiteral("is invalid, used or expired"));
    }
    tx.commit();
    limiter.release(slot);
    MailOutbox(m_dataDir).sweep(m_db.connection());
    qCInfo(lcAuth).noquote() << "email address verified for user" << *userId;
    return HttpResponse::noContent();
}

HttpResponse EmailVerificationApi::resend(HttpRequest& request)
{
    const auto session = Authenticator(m_db).authenticate(request);
    if (!session) {
        return ApiError::unauthenticated();
    }
    UserStore users(m_db.connection());
    const auto user = users.user(session->userId);
    if (!user) {
        return ApiError::unauthenticated();
    }
    if (users.emailVerified(user->id)) {
        return ApiError::conflict(QStringLiteral("The email address is verified already."));
    }
    RateLimiter limiter(m_db.connection());
    const auto ipSlot = limiter.acquire(
        QStringLiteral("verify-resend:ip:") + SessionIssuer::clientOf(request), kResendLimit);
    if (!ipSlot.granted) {
        return ApiError::rateLimited(ipSlot.retryAfter);
    }
    const auto userSlot =
        limiter.acquire(QStringLiteral("verify-resend:user:") + user->id, kResendLimit);
    if (!userSlot.granted) {
        return ApiError::rateLimited(userSlot.retryAfter);
    }
    Transaction tx(m_db.connection());
    const MailOutbox::Message message = queue(tx.db(), user->id, user->email);
    tx.commit();
    const MailOutbox outbox(m_dataDir);
    outbox.deliver(message);
    outbox.sweep(m_db.connection());
    qCInfo(lcAuth).noquote() << "email verification mail queued again for user" << user->id;
    return HttpResponse::json(202, {{QStringLiteral("status"), QStringLiteral("accepted")}});
}

} // namespace purser::server
