#pragma once

#include "server/http/HttpResponse.h"

#include <QJsonObject>
#include <QString>

namespace purser::server {

// The error answers of api.md: {"error": {"code", "message", ...extra}}.
namespace ApiError {

HttpResponse make(int status, const QString& code, const QString& message,
                  const QJsonObject& extra = {});
HttpResponse badRequest(const QString& message);
HttpResponse unauthenticated();
HttpResponse invalidCredentials();
HttpResponse forbidden();
HttpResponse preconditionFailed(qint64 currentVersion);
HttpResponse payloadTooLarge(qint64 limitBytes);
HttpResponse unsupportedMediaType(const QString& message);
HttpResponse notFound();
HttpResponse methodNotAllowed(const QByteArray& allow);
HttpResponse internal();
HttpResponse forbidden(const QString& message, const QJsonObject& extra = {});
HttpResponse conflict(const QString& message);
HttpResponse twoFactorRequired();
// 422 validation_failed with {"fields": {...}}.
HttpResponse validationFailed(const QJsonObject& fields);
HttpResponse validationFailed(const QString& field, const QString& reason);
// 429 rate_limited with retry_after and the Retry-After header.
HttpResponse rateLimited(qint64 retryAfterSeconds);

} // namespace ApiError
} // namespace purser::server
