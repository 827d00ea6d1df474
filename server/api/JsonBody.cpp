#include "server/api/JsonBody.h"

#include "server/api/ApiError.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace purser::server {

std::optional<QJsonObject> parseJsonObject(const HttpRequest& request, HttpResponse* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = ApiError::badRequest(QStringLiteral("The body must be one JSON object."));
        return std::nullopt;
    }
    return document.object();
}

} // namespace purser::server
