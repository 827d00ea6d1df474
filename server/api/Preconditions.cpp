#include "server/api/Preconditions.h"

#include "server/api/ApiError.h"

namespace purser::server {

std::optional<HttpResponse> checkIfMatch(const HttpRequest& request, qint64 currentVersion)
{
    const auto header = request.header("if-match");
    if (!header) {
        return std::nullopt;
    }
    QByteArray value = header->trimmed();
    if (value == "*") {
        return std::nullopt;
    }
    if (value.startsWith("W/")) {
        value = value.mid(2);
    }
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
        value = value.mid(1, value.size() - 2);
    }
    bool ok = false;
    const qint64 version = value.toLongLong(&ok);
    if (!ok || version < 0) {
        return ApiError::badRequest(QStringLiteral("If-Match must be a version: \"<n>\"."));
    }
    if (version != currentVersion) {
        return ApiError::preconditionFailed(currentVersion);
    }
    return std::nullopt;
}

QByteArray versionTag(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

} // namespace purser::server
