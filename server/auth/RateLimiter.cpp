#include "server/auth/RateLimiter.h"

#include "server/Logging.h"
#include "server/auth/ServerClock.h"
#include "server/ops/Metrics.h"
#include "server/store/Database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace purser::server {

RateLimiter::Slot RateLimiter::acquire(const QString& bucket, int limit, qint64 windowSeconds)
{
    const qint64 now = ServerClock::nowSecs();
    const qint64 expired = now - windowSeconds; // a window that started at or before this is over
    QSqlQuery upsert(m_db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO rate_limits (bucket, window_start, hits) VALUES (?, ?, 1) "
        "ON CONFLICT (bucket) DO UPDATE SET "
        "hits = CASE WHEN rate_limits.window_start <= ? THEN 1 ELSE rate_limits.hits + 1 END, "
        "window_start = CASE WHEN rate_limits.window_start <= ? THEN ? "
        "ELSE rate_limits.window_start END "
        "WHERE rate_limits.window_start <= ? OR rate_limits.hits < ? "
        "RETURNING window_start"));
    upsert.addBindValue(bucket);
    upsert.addBindValue(now);
    upsert.addBindValue(expired);
    upsert.addBindValue(expired);
    upsert.addBindValue(now);
    upsert.addBindValue(expired);
    upsert.addBindValue(limit);
    Database::exec(upsert, "rate limit: take a slot");
    Slot slot;
    slot.bucket = bucket;
    if (upsert.next()) {
        slot.granted = true;
        slot.windowStart = upsert.value(0).toLongLong();
        return slot;
    }
    upsert.finish();
    QSqlQuery window(m_db);
    window.prepare(QStringLiteral("SELECT window_start FROM rate_limits WHERE bucket = ?"));
    window.addBindValue(bucket);
    Database::exec(window, "rate limit: read window");
    slot.windowStart = window.next() ? window.value(0).toLongLong() : now;
    slot.retryAfter = qMax<qint64>(1, slot.windowStart + windowSeconds - now);
    // The bucket names an address or an email: neither is a secret, but keep only the kind
    // ("credentials:ip"), a fixed name that also labels the refusal counter.
    const QString kind = bucket.section(u':', 0, 1);
    countRateLimitRefusal(kind);
    qCInfo(lcAuth).noquote() << "rate limit reached for a" << kind << "bucket; retry after"
                             << slot.retryAfter << "s";
    return slot;
}

void RateLimiter::release(const Slot& slot)
{
    if (!slot.granted) {
        return;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE rate_limits SET hits = hits - 1 "
                                 "WHERE bucket = ? AND window_start = ? AND hits > 0"));
    query.addBindValue(slot.bucket);
    query.addBindValue(slot.windowStart);
    Database::exec(query, "rate limit: give a slot back");
}

} // namespace purser::server
