#include "server/api/JsonBody.h"

#include "server/api/ApiError.h"

#include "core/CanonicalJson.h"

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
    // Valid JSON may still carry "\uDD0E" alone, NUL, "\uFEFF" or "\uFFFF": text no UTF-8
    // column, log or audit hash holds as it came, so it is refused here rather than failing
    // deeper down (a member's claim "\uFEFFTaxi" stopped the organisation's checkpoints).
    if (hasUnstorableText(document.object())) {
        *error = ApiError::badRequest(
            QStringLiteral("The body holds a string that is not valid Unicode text, or holds "
                           "NUL, a byte-order mark (U+FEFF) or a Unicode noncharacter."));
        return std::nullopt;
    }
    return document.object();
}

} // namespace purser::server
