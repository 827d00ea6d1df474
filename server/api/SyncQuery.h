#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <optional>

namespace purser::server {

// The query of an incremental list: since=<cursor>&limit=<1..1000> and nothing else.
struct SyncQuery
{
    static constexpr int kDefaultLimit = 200;
    static constexpr int kMaxLimit = 1000;

    qint64 since = 0;
    int limit = kDefaultLimit;

    // On failure returns nullopt and sets *error to a 400 answer.
    static std::optional<SyncQuery> parse(const HttpRequest& request, HttpResponse* error);
};

} // namespace purser::server
