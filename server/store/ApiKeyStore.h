#pragma once

#include "core/Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace purser::server {

// API keys (api.md): "pk_" + 256 random bits, stored as SHA-256 with a short display prefix.
// A key belongs to one organisation and carries a role (never owner). Throws StoreError.
class ApiKeyStore
{
public:
    struct Key
    {
        QString id;
        QString orgId;
        QString name;
        Role role = Role::Viewer;
        QString prefix;
        QString createdBy;
        QDateTime createdAt;
        QDateTime revokedAt;

        QJsonObject toJson() const; // never the key itself
    };
    struct Created
    {
        Key key;
        QString plaintext; // shown once
    };

    static constexpr int kPrefixLength = 12; // "pk_" + 9 characters

    explicit ApiKeyStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Created create(const QString& orgId, const QString& name, Role role, const QString& createdBy);
    QList<Key> list(const QString& orgId);
    std::optional<Key> byId(const QString& orgId, const QString& id);
    bool revoke(const QString& orgId, const QString& id); // false when unknown or revoked already
    // The live (unrevoked) key for a presented plaintext.
    std::optional<Key> findLive(const QString& plaintext);

private:
    static Key fromQuery(const class QSqlQuery& query);
    QSqlDatabase m_db;
};

} // namespace purser::server
