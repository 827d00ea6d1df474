#include "server/store/TwoFactorStore.h"

#include "server/auth/SecretToken.h"
#include "server/auth/Totp.h"
#include "server/store/Database.h"
#include "server/store/SqlValues.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>

namespace purser::server {

QString TwoFactorStore::backupCodeHash(const QString& userId, const QString& code)
{
    QString normalised = code.trimmed().toLower();
    normalised.remove(u'-');
    normalised.remove(u' ');
    return QString::fromLatin1(
        QCryptographicHash::hash((userId + u':' + normalised).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

QStringList TwoFactorStore::enable(const QString& userId, const QByteArray& secret)
{
    QSqlQuery pending(m_db);
    pending.prepare(QStringLiteral("UPDATE users SET totp_pending_secret = ? WHERE id = ?"));
    pending.addBindValue(Totp::base32Encode(secret));
    pending.addBindValue(userId);
    Database::exec(pending, "2fa: store pending secret");
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM backup_codes WHERE user_id = ?"));
    clear.addBindValue(userId);
    Database::exec(clear, "2fa: clear backup codes");
    QStringList codes;
    while (codes.size() < kBackupCodeCount) {
        const QString raw = SecretToken::randomCode(10);
        const QString code = raw.left(5) + u'-' + raw.mid(5);
        if (codes.contains(code)) {
            continue;
        }
        QSqlQuery insert(m_db);
        insert.prepare(
            QStringLiteral("INSERT INTO backup_codes (user_id, code_hash) VALUES (?, ?)"));
        insert.addBindValue(userId);
        insert.addBindValue(backupCodeHash(userId, code));
        Database::exec(insert, "2fa: store backup code");
        codes.append(code);
    }
    return codes;
}

static std::optional<QByteArray> secretColumn(QSqlDatabase db, const QString& userId,
                                              const char* column)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(QLatin1String(column)));
    query.addBindValue(userId);
    Database::exec(query, "2fa: read secret");
    if (!query.next() || query.value(0).isNull() || query.value(0).toString().isEmpty()) {
        return std::nullopt;
    }
    return Totp::base32Decode(query.value(0).toString());
}

std::optional<QByteArray> TwoFactorStore::pendingSecret(const QString& userId)
{
    return secretColumn(m_db, userId, "totp_pending_secret");
}

std::optional<QByteArray> TwoFactorStore::activeSecret(const QString& userId)
{
    return secretColumn(m_db, userId, "totp_secret");
}

bool TwoFactorStore::activate(const QString& userId, qint64 usedStep)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, "
        "two_factor_enabled = ?, totp_last_step = ? WHERE id = ? AND totp_pending_secret IS NOT "
        "NULL"));
    query.addBindValue(true);
    query.addBindValue(usedStep);
    query.addBindValue(userId);
    Database::exec(query, "2fa: activate");
    return query.numRowsAffected() > 0;
}

void TwoFactorStore::disable(const QString& userId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, "
                                 "two_factor_enabled = ? WHERE id = ?"));
    query.addBindValue(false);
    query.addBindValue(userId);
    Database::exec(query, "2fa: disable");
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM backup_codes WHERE user_id = ?"));
    clear.addBindValue(userId);
    Database::exec(clear, "2fa: clear backup codes");
}

bool TwoFactorStore::useStep(const QString& userId, qint64 step)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE users SET totp_last_step = ? WHERE id = ? AND "
                                 "(totp_last_step IS NULL OR totp_last_step < ?)"));
    query.addBindValue(step);
    query.addBindValue(userId);
    query.addBindValue(step);
    Database::exec(query, "2fa: use step");
    return query.numRowsAffected() > 0;
}

bool TwoFactorStore::acceptCode(const QString& userId, const QByteArray& secret,
                                const QString& code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.size() == Totp::kDigits) {
        const auto step = Totp::matchingStep(secret, trimmed, QDateTime::currentSecsSinceEpoch());
        return step && useStep(userId, *step);
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE backup_codes SET used_at = ? WHERE user_id = ? AND "
                                 "code_hash = ? AND used_at IS NULL"));
    query.addBindValue(sql::time(QDateTime::currentDateTimeUtc()));
    query.addBindValue(userId);
    query.addBindValue(backupCodeHash(userId, trimmed));
    Database::exec(query, "2fa: use backup code");
    return query.numRowsAffected() > 0;
}

} // namespace purser::server
