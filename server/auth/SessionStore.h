#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace purser::server {

// Server-side sessions: created at sign-in, looked up by the SHA-256 of the bearer token,
// 7 days of life sliding with use but never past 30 days from sign-in, revoked at sign-out,
// by the user (list and revoke their own), and when the password or two-factor changes.
// Throws StoreError.
class SessionStore
{
public:
    struct Session
    {
        QString id;
        QString userId;
        QString activeOrgId;
        QDateTime expiresAt;
        QDateTime createdAt;
    };
    // Where a session was made: shown in the user's list of sessions.
    struct Origin
    {
        QString ip;
        QString userAgent;
    };
    struct Listed
    {
        QString id;
        QDateTime createdAt;
        QDateTime lastUsedAt;
        QDateTime expiresAt;
        Origin origin;
    };
    struct Created
    {
        QString token;
        Session session;
    };

    static constexpr qint64 kLifetimeSeconds = 7 * 24 * 3600;          // sliding
    static constexpr qint64 kAbsoluteLifetimeSeconds = 30 * 24 * 3600; // from sign-in

    explicit SessionStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Created create(const QString& userId, const QString& activeOrgId, const Origin& origin);
    // A live session for the token (not revoked, not expired), its expiry slid forward.
    std::optional<Session> findLive(const QString& token);
    void revoke(const QString& sessionId);
    // Every session of the user (password reset). Returns how many were live.
    int revokeAllForUser(const QString& userId);
    // Every other session of the user (password or two-factor changed). Returns how many.
    int revokeOthers(const QString& userId, const QString& keepSessionId);
    // The user's own live sessions, newest first.
    QList<Listed> listLive(const QString& userId);
    // Revokes sessionId when it is a live session of userId; false otherwise.
    bool revokeOwn(const QString& userId, const QString& sessionId);
    void setActiveOrganization(const QString& sessionId, const QString& orgId);

private:
    QSqlDatabase m_db;
};

} // namespace purser::server
