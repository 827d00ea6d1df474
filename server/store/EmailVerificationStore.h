#pragma once

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace purser::server {

// Proof that a user reads the mail of their address: a "pv_" token, 24 hours, single use,
// stored as SHA-256, delivered only through the mail outbox file. Using it marks the address
// verified (users.email_verified_at). Throws StoreError.
class EmailVerificationStore
{
public:
    static constexpr qint64 kLifetimeSeconds = 24 * 3600;

    explicit EmailVerificationStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // A new token for userId (earlier unused ones stay valid until they expire).
    QString create(const QString& userId, QString* rowId);
    // Uses the token and marks its user's address verified; the user, or nullopt when the
    // token is unknown, used or expired.
    std::optional<QString> consume(const QString& token);

private:
    QSqlDatabase m_db;
};

} // namespace purser::server
