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
HttpResponse notFound();
HttpResponse methodNotAllowed(const QByteArray& allow);
HttpResponse internal();

} // namespace ApiError
} // namespace purser::server
