#include "server/auth/SessionStore.h"

#include "server/auth/SessionToken.h"
#include "server/store/Database.h"
#include "server/store/SqlValues.h"

#include <QSqlQuery>
#include <QUuid>

namespace purser::server {
SessionStore::Created SessionStore::create(const QString& userId, const QString& activeOrgId)
{
    Created created;
    created.token = SessionToken::generate();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    created.session.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    created.session.userId = userId;
    created.session.activeOrgId = activeOrgId;
    created.session.expiresAt = now.addSecs(kLifetimeSeconds);

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO sessions (id, token_hash, user_id, active_org_id, created_at, expires_at, "
        "last_used_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(created.session.id);
    query.addBindValue(SessionToken::hash(created.token));
    query.addBindValue(userId);
    query.addBindValue(activeOrgId.isEmpty() ? sql::nullText() : QVariant(activeOrgId));
    query.addBindValue(sql::time(now));
    query.addBindValue(sql::time(created.session.expiresAt));
    query.addBindValue(sql::time(now));
    Database::exec(query, "create session");
    return created;
}

std::optional<SessionStore::Session> SessionStore::findLive(const QString& token)
{
    if (!SessionToken::looksValid(token)) {
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, user_id, active_org_id, expires_at, revoked_at, "
                                 "last_used_at FROM sessions WHERE token_hash = ?"));
    query.addBindValue(SessionToken::hash(token));
    Database::exec(query, "find session");
    if (!query.next() || !query.value(4).isNull()) {
        return std::nullopt;
    }
    Session session{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                    sql::timeFrom(query.value(3))};
    const QDateTime lastUsed = sql::timeFrom(query.value(5));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!session.expiresAt.isValid() || session.expiresAt <= now) {
        return std::nullopt;
    }
    // Slide the expiry, but write at most once a minute per session.
    if (!lastUsed.isValid() || lastUsed.secsTo(now) >= 60) {
        session.expiresAt = now.addSecs(kLifetimeSeconds);
        QSqlQuery update(m_db);
        update.prepare(QStringLiteral("UPDATE sessions SET last_used_at = ?, expires_at = ? "
                                      "WHERE id = ? AND revoked_at IS NULL"));
        update.addBindValue(sql::time(now));
        update.addBindValue(sql::time(session.expiresAt));
        update.addBindValue(session.id);
        Database::exec(update, "slide session expiry");
    }
    return session;
}

void SessionStore::revoke(const QString& sessionId)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    query.addBindValue(sql::time(QDateTime::currentDateTimeUtc()));
    query.addBindValue(sessionId);
    Database::exec(query, "revoke session");
}

int SessionStore::revokeAllForUser(const QString& userId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"));
    query.addBindValue(sql::time(QDateTime::currentDateTimeUtc()));
    query.addBindValue(userId);
    Database::exec(query, "revoke sessions of a user");
    return query.numRowsAffected();
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
