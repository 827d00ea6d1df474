#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace purser::server {

// TOTP secrets and backup codes of users (columns users.totp_*, table backup_codes).
// enable() stores a pending secret; activate() turns it on once a code from it is verified.
// A TOTP step is accepted once only (users.totp_last_step, updated atomically); backup codes
// are stored as SHA-256 of user id + code and each works once. Throws StoreError.
class TwoFactorStore
{
public:
    static constexpr int kBackupCodeCount = 10;

    explicit TwoFactorStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Stores a new pending secret and replaces the backup codes; returns the plain codes.
    QStringList enable(const QString& userId, const QByteArray& secret);
    std::optional<QByteArray> pendingSecret(const QString& userId);
    std::optional<QByteArray> activeSecret(const QString& userId);
    // Turns the pending secret on, with step already used. False when nothing is pending.
    bool activate(const QString& userId, qint64 usedStep);
    void disable(const QString& userId);

    // True when code is a TOTP code of secret for a step not used before (and now marks it
    // used), or an unused backup code (now used).
    bool acceptCode(const QString& userId, const QByteArray& secret, const QString& code);

    static QString backupCodeHash(const QString& userId, const QString& code);

private:
    bool useStep(const QString& userId, qint64 step);
    QSqlDatabase m_db;
};

} // namespace purser::server
