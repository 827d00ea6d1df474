#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <functional>
#include <optional>

namespace purser::server {

class Database;

// Serves a request across a lost database connection (PostgreSQL restarted, a network cut):
// when a call fails because the thread's connection is gone, the connection is dropped so
// the next use opens a fresh one, and a call that is safe to repeat (a read, an admission
// check) runs once more. A write is not repeated here: it answers 503 `unavailable` with
// Retry-After, and the client retries it under its Idempotency-Key. Any other database
// failure still propagates (500 `internal`).
class DatabaseRetry
{
public:
    static constexpr int kRetryAfterSeconds = 2;

    explicit DatabaseRetry(const Database& db) : m_db(db) {}

    // Runs call; returns the 503 answer when the database cannot be reached, else nothing
    // (call stores its own result).
    std::optional<HttpResponse> run(const HttpRequest& request, bool repeatable,
                                    const std::function<void()>& call) const;
    // GET and HEAD.
    static bool isRead(const HttpRequest& request);

private:
    static HttpResponse unavailable();

    const Database& m_db;
};

} // namespace purser::server
