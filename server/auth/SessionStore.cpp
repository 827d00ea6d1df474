#include "server/auth/SessionStore.h"

#include "server/auth/ServerClock.h"
#include "server/auth/SessionLiveness.h"
#include "server/auth/SessionToken.h"
#include "server/store/Database.h"
#include "server/store/NativeStatement.h"
#include "server/store/OneRoundTrip.h"
#include "server/store/SqlValues.h"

#include <QSqlQuery>
#include <QUuid>

namespace purser::server {
SessionStore::Created SessionStore::create(const QString& userId, const QString& activeOrgId,
                                           const Origin& origin)
{
    Created created;
    created.token = SessionToken::generate();
    const QDateTime now = ServerClock::now();
    created.session.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    created.session.userId = userId;
    created.session.activeOrgId = activeOrgId;
    created.session.createdAt = now;
    created.session.expiresAt = SessionLiveness::expiryFrom(now, now);

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO sessions (id, token_hash, user_id, active_org_id, created_at, expires_at, "
        "last_used_at, ip, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(created.session.id);
    query.addBindValue(SessionToken::hash(created.token));
    query.addBindValue(userId);
    query.addBindValue(activeOrgId.isEmpty() ? sql::nullText() : QVariant(activeOrgId));
    query.addBindValue(sql::time(now));
    query.addBindValue(sql::time(created.session.expiresAt));
    query.addBindValue(sql::time(now));
    query.addBindValue(origin.ip.left(64));
    query.addBindValue(origin.userAgent.left(200));
    Database::exec(query, "create session");
    return created;
}

std::optional<SessionStore::Session> SessionStore::findLive(const QString& token)
{
    if (!SessionToken::looksValid(token)) {
        return std::nullopt;
    }
    NativeStatement query(m_db,
                          "SELECT id, user_id, active_org_id, expires_at, revoked_at, "
                          "last_used_at, created_at FROM sessions WHERE token_hash = ?",
                          "find session");
    query.bind(SessionToken::hash(token)).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    auto live = SessionLiveness::liveFromRow(query, 0);
    query.finish(); // before the slide writes (NativeStatement::finish)
    if (!live) {
        return std::nullopt;
    }
    if (live->slideDue) {
        SessionLiveness::slide(m_db, live->session);
    }
    return live->session;
}

void SessionStore::revoke(const QString& sessionId)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    query.addBindValue(sql::time(ServerClock::now()));
    query.addBindValue(sessionId);
    Database::exec(query, "revoke session");
}

int SessionStore::revokeAllForUser(const QString& userId)
{
    return revokeOthers(userId, QString());
}

int SessionStore::revokeOthers(const QString& userId, const QString& keepSessionId)
{
    const QDateTime now = ServerClock::now();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND "
                                 "revoked_at IS NULL AND expires_at > ? AND id <> ?"));
    query.addBindValue(sql::time(now));
    query.addBindValue(userId);
    query.addBindValue(sql::time(now));
    // No session has the nil id, so an empty keep revokes them all.
    query.addBindValue(keepSessionId.isEmpty()
                           ? QStringLiteral("00000000-0000-0000-0000-000000000000")
                           : keepSessionId);
    Database::exec(query, "revoke sessions of a user");
    return query.numRowsAffected();
}

QList<SessionStore::Listed> SessionStore::listLive(const QString& userId)
{
    const QDateTime now = ServerClock::now();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, created_at, last_used_at, expires_at, ip, user_agent FROM sessions "
        "WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ? ORDER BY created_at DESC"));
    query.addBindValue(userId);
    query.addBindValue(sql::time(now));
    Database::exec(query, "list sessions");
    QList<Listed> result;
    while (query.next()) {
        Listed listed;
        listed.id = query.value(0).toString();
        listed.createdAt = sql::timeFrom(query.value(1));
        listed.lastUsedAt = sql::timeFrom(query.value(2));
        listed.expiresAt = qMin(sql::timeFrom(query.value(3)),
                                SessionLiveness::expiryFrom(listed.createdAt, listed.lastUsedAt));
        listed.origin = Origin{query.value(4).toString(), query.value(5).toString()};
        if (listed.expiresAt > now) {
            result.append(listed);
        }
    }
    return result;
}

bool SessionStore::revokeOwn(const QString& userId, const QString& sessionId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ? AND "
                                 "user_id = ? AND revoked_at IS NULL"));
    query.addBindValue(sql::time(ServerClock::now()));
    query.addBindValue(sessionId);
    query.addBindValue(userId);
    Database::exec(query, "revoke own session");
    return query.numRowsAffected() > 0;
}

void SessionStore::setActiveOrganization(const QString& sessionId, const QString& orgId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE sessions SET active_org_id = ? WHERE id = ?"));
    query.addBindValue(orgId);
    query.addBindValue(sessionId);
    Database::exec(query, "set active organisation");
}

} // namespace purser::server
