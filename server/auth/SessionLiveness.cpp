#include "server/auth/SessionLiveness.h"

#include "server/auth/ServerClock.h"
#include "server/store/NativeStatement.h"
#include "server/store/SqlValues.h"

namespace purser::server::SessionLiveness {

QDateTime expiryFrom(const QDateTime& createdAt, const QDateTime& lastUse)
{
    return qMin(lastUse.addSecs(SessionStore::kLifetimeSeconds),
                createdAt.addSecs(SessionStore::kAbsoluteLifetimeSeconds));
}

std::optional<Live> liveFromRow(const NativeStatement& row, int first)
{
    if (!row.isNull(first + 4)) {
        return std::nullopt; // revoked
    }
    Live live{{row.text(first), row.text(first + 1), row.text(first + 2), row.time(first + 3),
               row.time(first + 6)},
              false};
    SessionStore::Session& session = live.session;
    const QDateTime lastUsed = row.time(first + 5);
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
    live.slideDue = !lastUsed.isValid() || lastUsed.secsTo(now) >= 60;
    return live;
}

void slide(QSqlDatabase db, SessionStore::Session& session)
{
    const QDateTime now = ServerClock::now();
    session.expiresAt = expiryFrom(session.createdAt, now);
    NativeStatement update(std::move(db),
                           "UPDATE sessions SET last_used_at = ?, expires_at = ? "
                           "WHERE id = ? AND revoked_at IS NULL",
                           "slide session expiry");
    update.bind(sql::timeText(now)).bind(sql::timeText(session.expiresAt)).bind(session.id);
    update.exec();
}

} // namespace purser::server::SessionLiveness
