#include "server/auth/SessionLiveness.h"

#include "server/auth/ServerClock.h"
#include "server/store/OneRoundTrip.h"
#include "server/store/SqlValues.h"

namespace purser::server::SessionLiveness {

QDateTime expiryFrom(const QDateTime& createdAt, const QDateTime& lastUse)
{
    return qMin(lastUse.addSecs(SessionStore::kLifetimeSeconds),
                createdAt.addSecs(SessionStore::kAbsoluteLifetimeSeconds));
}

std::optional<SessionStore::Session> liveFromRow(QSqlDatabase db, const QSqlQuery& row, int first)
{
    if (!row.value(first + 4).isNull()) {
        return std::nullopt; // revoked
    }
    SessionStore::Session session{row.value(first).toString(), row.value(first + 1).toString(),
                                  row.value(first + 2).toString(),
                                  sql::timeFrom(row.value(first + 3)),
                                  sql::timeFrom(row.value(first + 6))};
    const QDateTime lastUsed = sql::timeFrom(row.value(first + 5));
    const QDateTime now = ServerClock::now();
    if (!session.expiresAt.isValid() || !session.createdAt.isValid()) {
        return std::nullopt;
    }
    // The stored expiry of sessions made before the absolute limit may lie beyond it.
    session.expiresAt =
        qMin(session.expiresAt, session.createdAt.addSecs(SessionStore::kAbsoluteLifetimeSeconds));
    if (session.expiresAt <= now) {
        return std::nullopt;
    }
    // Slide the expiry, but write at most once a minute per session.
    if (!lastUsed.isValid() || lastUsed.secsTo(now) >= 60) {
        session.expiresAt = expiryFrom(session.createdAt, now);
        QSqlQuery update(db);
        runInOneRoundTrip(update,
                          QStringLiteral("UPDATE sessions SET last_used_at = ?, expires_at = ? "
                                         "WHERE id = ? AND revoked_at IS NULL"),
                          {sql::time(now), sql::time(session.expiresAt), session.id},
                          "slide session expiry");
    }
    return session;
}

} // namespace purser::server::SessionLiveness
