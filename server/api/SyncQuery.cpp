#include "server/api/SyncQuery.h"

#include "server/api/ApiError.h"
#include "server/store/ChangeCursor.h"

#include <QRegularExpression>

namespace purser::server {

std::optional<SyncQuery> SyncQuery::parse(const HttpRequest& request, HttpResponse* error)
{
    SyncQuery result;
    bool seenSince = false;
    bool seenLimit = false;
    for (const auto& [key, value] : request.query) {
        if (key == u"since" && !seenSince) {
            seenSince = true;
            if (!value.isEmpty()) {
                const auto decoded = ChangeCursor::decode(value);
                if (!decoded) {
                    *error = ApiError::badRequest(
                        QStringLiteral("since is not a cursor of this server."));
                    return std::nullopt;
                }
                result.since = *decoded;
            }
        } else if (key == u"limit" && !seenLimit) {
            seenLimit = true;
            static const QRegularExpression digits(QStringLiteral("^[0-9]{1,4}$"));
            result.limit = digits.match(value).hasMatch() ? value.toInt() : 0;
            if (result.limit < 1 || result.limit > kMaxLimit) {
                *error = ApiError::badRequest(
                    QStringLiteral("limit must be an integer from 1 to %1.").arg(kMaxLimit));
                return std::nullopt;
            }
        } else {
            *error = ApiError::badRequest(
                QStringLiteral("Unknown or repeated query parameter: %1").arg(key));
            return std::nullopt;
        }
    }
    return result;
}

} // namespace purser::server
