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
HttpResponse forbidden(const QString& message);
HttpResponse conflict(const QString& message);
HttpResponse preconditionFailed(qint64 currentVersion);
HttpResponse validationFailed(const QJsonObject& fields);
HttpResponse payloadTooLarge(qint64 limitBytes);
HttpResponse unsupportedMediaType(const QString& message);
HttpResponse notFound();
HttpResponse methodNotAllowed(const QByteArray& allow);
HttpResponse internal();

} // namespace ApiError
} // namespace purser::server
