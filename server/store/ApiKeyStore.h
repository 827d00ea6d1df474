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
// A key belongs to one organisation, carries a role (never owner) and acts for the member who
// created it: it works only while that member may still manage keys there, and until it
// expires (chosen at creation, at most a year). Throws StoreError.
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
        QDateTime expiresAt;
        QDateTime lastUsedAt;            // updated at most once a minute
        Role creatorRole = Role::Viewer; // the creator's role now (set by findLive)

        QJsonObject toJson() const; // never the key itself
        // The audit actor's display: the key's name and id, and the member it acts for.
        QString actorDisplay(const QString& creatorEmail) const;
    };
    struct Created
    {
        Key key;
        QString plaintext; // shown once
    };

    static constexpr int kPrefixLength = 12; // "pk_" + 9 characters
    static constexpr int kDefaultLifetimeDays = 90;
    static constexpr int kMaxLifetimeDays = 365;

    explicit ApiKeyStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Created create(const QString& orgId, const QString& name, Role role, const QString& createdBy,
                   const QDateTime& expiresAt);
    QList<Key> list(const QString& orgId);
    std::optional<Key> byId(const QString& orgId, const QString& id);
    bool revoke(const QString& orgId, const QString& id); // false when unknown or revoked already
    // Revokes every live key a member created in an organisation (they were removed or lost
    // api_keys.manage there); how many. findLive refuses such keys anyway: this makes it last.
    int revokeCreatedBy(const QString& orgId, const QString& userId);
    // The live key for a presented plaintext: not revoked, not expired, and its creator is
    // still a member of its organisation with a role that may manage keys (checked at every
    // use, so removing a member or lowering their role stops their keys at once). Records the
    // use (at most one write a minute per key).
    std::optional<Key> findLive(const QString& plaintext);

private:
    static Key fromQuery(const class QSqlQuery& query);
    QSqlDatabase m_db;
};

} // namespace purser::server
