#include "server/store/EmailVerificationStore.h"

#include "server/auth/SecretToken.h"
#include "server/auth/ServerClock.h"
#include "server/auth/SessionToken.h"
#include "server/store/Database.h"
#include "server/store/SqlValues.h"
#include "server/store/UserStore.h"

#include <QSqlQuery>
#include <QUuid>

namespace purser::server {
namespace {
const QString kTokenPrefix = QStringLiteral("pv_");
}

QString EmailVerificationStore::create(const QString& userId, QString* rowId)
{
    const QString token = SecretToken::generate(kTokenPrefix);
    const QDateTime now = ServerClock::now();
    *rowId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO email_verifications (id, user_id, token_hash, "
                                 "created_at, expires_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(*rowId);
    query.addBindValue(userId);
    query.addBindValue(SessionToken::hash(token));
    query.addBindValue(sql::time(now));
    query.addBindValue(sql::time(now.addSecs(kLifetimeSeconds)));
    Database::exec(query, "create email verification");
    return token;
}

std::optional<QString> EmailVerificationStore::consume(const QString& token)
{
    if (!SecretToken::looksValid(token, kTokenPrefix)) {
        return std::nullopt;
    }
    const QDateTime now = ServerClock::now();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE email_verifications SET used_at = ? WHERE token_hash = ? "
                                 "AND used_at IS NULL AND expires_at > ? RETURNING user_id"));
    query.addBindValue(sql::time(now));
    query.addBindValue(SessionToken::hash(token));
    query.addBindValue(sql::time(now));
    Database::exec(query, "consume email verification");
    if (!query.next()) {
        return std::nullopt;
    }
    const QString userId = query.value(0).toString();
    query.finish();
    UserStore(m_db).markEmailVerified(userId, now);
    return userId;
}

} // namespace purser::server
