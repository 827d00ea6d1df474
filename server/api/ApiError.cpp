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

HttpResponse forbidden(const QString& message)
{
    return make(403, QStringLiteral("forbidden"), message);
}

HttpResponse conflict(const QString& message)
{
    return make(409, QStringLiteral("conflict"), message);
}

HttpResponse preconditionFailed(qint64 currentVersion)
{
    return make(412, QStringLiteral("precondition_failed"),
                QStringLiteral("The record changed since you loaded it."),
                {{QStringLiteral("current_version"), currentVersion}});
}

HttpResponse validationFailed(const QJsonObject& fields)
{
    return make(422, QStringLiteral("validation_failed"),
                QStringLiteral("Some fields are missing or invalid."),
                {{QStringLiteral("fields"), fields}});
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

} // namespace purser::server::ApiError
