#include "server/store/ApiKeyStore.h"

#include "core/Rfc3339.h"
#include "server/auth/SecretToken.h"
#include "server/auth/SessionToken.h"
#include "server/store/Database.h"
#include "server/store/SqlValues.h"

#include <QSqlQuery>
#include <QUuid>

namespace purser::server {
namespace {

const QString kColumns =
    QStringLiteral("id, org_id, name, role, prefix, created_by, created_at, revoked_at");

} // namespace

QJsonObject ApiKeyStore::Key::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("role"), roleName(role)},
        {QStringLiteral("prefix"), prefix},
        {QStringLiteral("created_by"),
         createdBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(createdBy)},
        {QStringLiteral("created_at"), toRfc3339(createdAt)},
        {QStringLiteral("revoked_at"),
         revokedAt.isValid() ? QJsonValue(toRfc3339(revokedAt)) : QJsonValue(QJsonValue::Null)},
    };
}

ApiKeyStore::Key ApiKeyStore::fromQuery(const QSqlQuery& query)
{
    Key key;
    key.id = query.value(0).toString();
    key.orgId = query.value(1).toString();
    key.name = query.value(2).toString();
    key.role = roleFromName(query.value(3).toString()).value_or(Role::Viewer);
    key.prefix = query.value(4).toString();
    key.createdBy = query.value(5).toString();
    key.createdAt = sql::timeFrom(query.value(6));
    key.revokedAt = query.value(7).isNull() ? QDateTime() : sql::timeFrom(query.value(7));
    return key;
}

ApiKeyStore::Created ApiKeyStore::create(const QString& orgId, const QString& name, Role role,
                                         const QString& createdBy)
{
    Created created;
    created.plaintext = SecretToken::generate(QStringLiteral("pk_"));
    Key& key = created.key;
    key.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    key.orgId = orgId;
    key.name = name;
    key.role = role;
    key.prefix = created.plaintext.left(kPrefixLength);
    key.createdBy = createdBy;
    key.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO api_keys (id, org_id, name, role, key_hash, prefix, "
                                 "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(key.id);
    query.addBindValue(orgId);
    query.addBindValue(name);
    query.addBindValue(roleName(role));
    query.addBindValue(SessionToken::hash(created.plaintext));
    query.addBindValue(key.prefix);
    query.addBindValue(createdBy.isEmpty() ? sql::nullText() : QVariant(createdBy));
    query.addBindValue(sql::time(key.createdAt));
    Database::exec(query, "create api key");
    return created;
}

QList<ApiKeyStore::Key> ApiKeyStore::list(const QString& orgId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(" FROM api_keys WHERE org_id = ? ORDER BY created_at, id"));
    query.addBindValue(orgId);
    Database::exec(query, "list api keys");
    QList<Key> keys;
    while (query.next()) {
        keys.append(fromQuery(query));
    }
    return keys;
}

std::optional<ApiKeyStore::Key> ApiKeyStore::byId(const QString& orgId, const QString& id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(" FROM api_keys WHERE org_id = ? AND id = ?"));
    query.addBindValue(orgId);
    query.addBindValue(id);
    Database::exec(query, "load api key");
    if (!query.next()) {
        return std::nullopt;
    }
    return fromQuery(query);
}

bool ApiKeyStore::revoke(const QString& orgId, const QString& id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE api_keys SET revoked_at = ? "
                                 "WHERE org_id = ? AND id = ? AND revoked_at IS NULL"));
    query.addBindValue(sql::time(QDateTime::currentDateTimeUtc()));
    query.addBindValue(orgId);
    query.addBindValue(id);
    Database::exec(query, "revoke api key");
    return query.numRowsAffected() > 0;
}

std::optional<ApiKeyStore::Key> ApiKeyStore::findLive(const QString& plaintext)
{
    if (!SecretToken::looksValid(plaintext, QStringLiteral("pk_"))) {
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(" FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL"));
    query.addBindValue(SessionToken::hash(plaintext));
    Database::exec(query, "find api key");
    if (!query.next()) {
        return std::nullopt;
    }
    return fromQuery(query);
}

} // namespace purser::server
