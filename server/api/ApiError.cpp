#include "server/api/ApiError.h"

namespace purser::server::ApiError {

HttpResponse make(int status, const QString& code, const QString& message, const QJsonObject& extra)
{
    QJsonObject error = extra;
    error.insert(QStringLiteral("code"), code);
    error.insert(QStringLiteral("message"), message);
    return HttpResponse::json(status, {{QStringLiteral("error"), error}});
}

HttpResponse badRequest(const QString& message)
{
    return make(400, QStringLiteral("bad_request"), message);
}

HttpResponse unauthenticated()
{
    return make(401, QStringLiteral("unauthenticated"),
                QStringLiteral("Sign in first: the session is missing, expired or revoked."));
}

HttpResponse invalidCredentials()
{
    return make(401, QStringLiteral("invalid_credentials"),
                QStringLiteral("The email or password is wrong."));
}

HttpResponse forbidden()
{
    return make(403, QStringLiteral("forbidden"),
                QStringLiteral("Your role in this organisation does not allow this."));
}

HttpResponse preconditionFailed(qint64 currentVersion)
{
    return make(412, QStringLiteral("precondition_failed"),
                QStringLiteral("The record changed since you loaded it."),
                {{QStringLiteral("current_version"), currentVersion}});
}

HttpResponse payloadTooLarge(qint64 limitBytes)
{
    return make(413, QStringLiteral("payload_too_large"),
                QStringLiteral("The request body is too large."),
                {{QStringLiteral("limit_bytes"), limitBytes}});
}

HttpResponse unsupportedMediaType(const QString& message)
{
    return make(415, QStringLiteral("unsupported_media_type"), message);
}

HttpResponse notFound()
{
    return make(404, QStringLiteral("not_found"), QStringLiteral("Not found."));
}

HttpResponse methodNotAllowed(const QByteArray& allow)
{
    HttpResponse response = make(405, QStringLiteral("method_not_allowed"),
                                 QStringLiteral("This method is not allowed here."));
    response.setHeader("Allow", allow);
    return response;
}

HttpResponse internal()
{
    return make(500, QStringLiteral("internal"),
                QStringLiteral("Something went wrong on the server."));
}

HttpResponse forbidden(const QString& message, const QJsonObject& extra)
{
    return make(403, QStringLiteral("forbidden"), message, extra);
}

HttpResponse conflict(const QString& message)
{
    return make(409, QStringLiteral("conflict"), message);
}

HttpResponse twoFactorRequired()
{
    return make(401, QStringLiteral("two_factor_required"),
                QStringLiteral("Enter the code from your authenticator app (or a backup code)."));
}

HttpResponse validationFailed(const QJsonObject& fields)
{
    return make(422, QStringLiteral("validation_failed"),
                QStringLiteral("Some fields are not valid."), {{QStringLiteral("fields"), fields}});
}

HttpResponse validationFailed(const QString& field, const QString& reason)
{
    return validationFailed(QJsonObject{{field, reason}});
}

HttpResponse rateLimited(qint64 retryAfterSeconds)
{
    const qint64 seconds = qMax<qint64>(1, retryAfterSeconds);
    HttpResponse response =
        make(429, QStringLiteral("rate_limited"),
             QStringLiteral("Too many attempts. Try again in %1 seconds.").arg(seconds),
             {{QStringLiteral("retry_after"), seconds}});
    response.setHeader("Retry-After", QByteArray::number(seconds));
    return response;
}

} // namespace purser::server::ApiError
