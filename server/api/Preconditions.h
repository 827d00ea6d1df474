#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <optional>

namespace purser::server {

// If-Match on updates, deletions and state changes (api.md, Idempotency and concurrency):
// optional; when present it must name the current version ("<n>", W/"<n>" or a bare n),
// else 412 `precondition_failed` with current_version. A malformed value is 400.
std::optional<HttpResponse> checkIfMatch(const HttpRequest& request, qint64 currentVersion);

// The ETag header value for a version: "<n>".
QByteArray versionTag(qint64 version);

} // namespace purser::server
