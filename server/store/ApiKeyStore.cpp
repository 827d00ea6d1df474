#include "server/store/ApiKeyStore.h"

#include "core/PermissionMatrix.h"
#include "core/Rfc3339.h"
#include "server/auth/SecretToken.h"
#include "server/auth/SessionToken.h"
#include "server/store/Database.h"
#include "server/store/SqlValues.h"

#include <QSqlQuery>
#include <QUuid>

namespace purser::server {
namespace {

const QString kKeyColumns =
    QStringLiteral("k.id, k.org_id, k.name, k.role, k.prefix, k.created_by, "
                   "k.created_at, k.revoked_at, k.expires_at, k.last_used_at");

QJsonValue timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(toRfc3339(time)) : QJsonValue(QJsonValue::Null);
}

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
        {QStringLiteral("revoked_at"), timeOrNull(revokedAt)},
        {QStringLiteral("expires_at"), timeOrNull(expiresAt)},
        {QStringLiteral("last_used_at"), timeOrNull(lastUsedAt)},
    };
}

QString ApiKeyStore::Key::actorDisplay(const QString& creatorEmail) const
{
    return QStringLiteral("API key \"%1\" (%2) for %3").arg(name, id, creatorEmail);
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
    key.revokedAt = sql::timeFrom(query.value(7));
    key.expiresAt = sql::timeFrom(query.value(8));
    key.lastUsedAt = sql::timeFrom(query.value(9));
    return key;
}

ApiKeyStore::Created ApiKeyStore::create(const QString& orgId, const QString& name, Role role,
                                         const QString& createdBy, const QDateTime& expiresAt)
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
    key.expiresAt = expiresAt.toUTC();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO api_keys (id, org_id, name, role, key_hash, prefix, "
                                 "created_by, created_at, expires_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(key.id);
    query.addBindValue(orgId);
    query.addBindValue(name);
    query.addBindValue(roleName(role));
    query.addBindValue(SessionToken::hash(created.plaintext));
    query.addBindValue(key.prefix);
    query.addBindValue(createdBy.isEmpty() ? sql::nullText() : QVariant(createdBy));
    query.addBindValue(sql::time(key.createdAt));
    query.addBindValue(sql::time(key.expiresAt));
    Database::exec(query, "create api key");
    return created;
}

QList<ApiKeyStore::Key> ApiKeyStore::list(const QString& orgId)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT ") + kKeyColumns +
        QStringLiteral(" FROM api_keys k WHERE k.org_id = ? ORDER BY k.created_at, k.id"));
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
    query.prepare(QStringLiteral("SELECT ") + kKeyColumns +
                  QStringLiteral(" FROM api_keys k WHERE k.org_id = ? AND k.id = ?"));
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

int ApiKeyStore::revokeCreatedBy(const QString& orgId, const QString& userId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE api_keys SET revoked_at = ? "
                                 "WHERE org_id = ? AND created_by = ? AND revoked_at IS NULL"));
    query.addBindValue(sql::time(QDateTime::currentDateTimeUtc()));
    query.addBindValue(orgId);
    query.addBindValue(userId);
    Database::exec(query, "revoke a member's api keys");
    return query.numRowsAffected();
}

std::optional<ApiKeyStore::Key> ApiKeyStore::findLive(const QString& plaintext)
{
    if (!SecretToken::looksValid(plaintext, QStringLiteral("pk_"))) {
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + kKeyColumns +
                  QStringLiteral(", m.role FROM api_keys k JOIN memberships m ON m.org_id = "
                                 "k.org_id AND m.user_id = k.created_by "
                                 "WHERE k.key_hash = ? AND k.revoked_at IS NULL"));
    query.addBindValue(SessionToken::hash(plaintext));
    Database::exec(query, "find api key");
    if (!query.next()) {
        return std::nullopt; // unknown, revoked, or its creator is no longer a member
    }
    Key key = fromQuery(query);
    const auto creatorRole = roleFromName(query.value(10).toString());
    query.finish();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!creatorRole || !allows(*creatorRole, Permission::ApiKeysManage) ||
        !key.expiresAt.isValid() || key.expiresAt <= now) {
        return std::nullopt;
    }
    key.creatorRole = *creatorRole;
    if (!key.lastUsedAt.isValid() || key.lastUsedAt.secsTo(now) >= 60) {
        QSqlQuery touch(m_db);
        touch.prepare(QStringLiteral("UPDATE api_keys SET last_used_at = ? WHERE id = ?"));
        touch.addBindValue(sql::time(now));
        touch.addBindValue(key.id);
        Database::exec(touch, "record api key use");
        key.lastUsedAt = now;
    }
    return key;
}

} // namespace purser::server
