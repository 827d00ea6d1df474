#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace purser::server {

// Server-side sessions: created at sign-in, looked up by the SHA-256 of the bearer token,
// 7 days of life sliding with use, revoked at sign-out. Throws StoreError.
class SessionStore
{
public:
    struct Session
    {
        QString id;
        QString userId;
        QString activeOrgId;
        QDateTime expiresAt;
    };
    struct Created
    {
        QString token;
        Session session;
    };

    static constexpr qint64 kLifetimeSeconds = 7 * 24 * 3600;

    explicit SessionStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Created create(const QString& userId, const QString& activeOrgId);
    // A live session for the token (not revoked, not expired), its expiry slid forward.
    std::optional<Session> findLive(const QString& token);
    void revoke(const QString& sessionId);
    // Every session of the user (password reset). Returns how many were live.
    int revokeAllForUser(const QString& userId);
    void setActiveOrganization(const QString& sessionId, const QString& orgId);

private:
    QSqlDatabase m_db;
};

} // namespace purser::server
