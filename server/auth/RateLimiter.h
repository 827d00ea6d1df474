#pragma once

#include <QSqlDatabase>
#include <QString>

namespace purser::server {

// Attempt counters in the database (table rate_limits), so every server instance on one
// database shares them. Fixed windows per bucket, 15 minutes unless the caller says
// ("sign-in:ip:203.0.113.7"). acquire() takes a slot atomically with one upsert that only
// increments below the limit, so N parallel attempts against a limit of 5 get exactly 5 slots,
// however many processes run. release() gives a slot back (a successful sign-in does not count as a
// failure).
class RateLimiter
{
public:
    static constexpr qint64 kWindowSeconds = 15 * 60;

    struct Slot
    {
        bool granted = false;
        QString bucket;
        qint64 windowStart = 0;
        qint64 retryAfter = 0; // seconds, when refused
    };

    explicit RateLimiter(QSqlDatabase db) : m_db(std::move(db)) {}

    // windowSeconds: the bucket's window (one bucket always uses the same). Throws StoreError.
    Slot acquire(const QString& bucket, int limit, qint64 windowSeconds = kWindowSeconds);
    void release(const Slot& slot); // throws StoreError

private:
    QSqlDatabase m_db;
};

} // namespace purser::server
