#include "server/auth/KnownClientStore.h"

#include "server/auth/SecretToken.h"
#include "server/auth/ServerClock.h"
#include "server/auth/SessionToken.h"
#include "server/store/Database.h"
#include "server/store/SqlValues.h"

#include <QSqlQuery>
#include <QUuid>

namespace purser::server {
namespace {
const QString kPrefix = QStringLiteral("pc_");
}

KnownClientStore::Issued KnownClientStore::issue(const QString& userId)
{
    Issued issued{QUuid::createUuid().toString(QUuid::WithoutBraces),
                  SecretToken::generate(kPrefix)};
    const QDateTime now = ServerClock::now();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO known_clients (id, user_id, token_hash, created_at, "
                                 "last_used_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(issued.id);
    query.addBindValue(userId);
    query.addBindValue(SessionToken::hash(issued.token));
    query.addBindValue(sql::time(now));
    query.addBindValue(sql::time(now));
    Database::exec(query, "issue known client");
    return issued;
}

std::optional<QString> KnownClientStore::find(const QString& userId, const QString& token)
{
    if (!SecretToken::looksValid(token, kPrefix)) {
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT id FROM known_clients WHERE token_hash = ? AND user_id = ?"));
    query.addBindValue(SessionToken::hash(token));
    query.addBindValue(userId);
    Database::exec(query, "find known client");
    if (!query.next()) {
        return std::nullopt;
    }
    return query.value(0).toString();
}

void KnownClientStore::touch(const QString& id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE known_clients SET last_used_at = ? WHERE id = ?"));
    query.addBindValue(sql::time(ServerClock::now()));
    query.addBindValue(id);
    Database::exec(query, "touch known client");
}

void KnownClientStore::forgetAllOfUser(const QString& userId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM known_clients WHERE user_id = ?"));
    query.addBindValue(userId);
    Database::exec(query, "forget known clients");
}

} // namespace purser::server
