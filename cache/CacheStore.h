#pragma once

#include "core/Role.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace purser {

// The synced data in the cache: records by resource (the server's JSON), sync cursors, the
// audit log and its verified checkpoint, and small facts (meta). All writes of one sync page
// happen inside one transaction the caller opens with transaction().
class CacheStore
{
public:
    explicit CacheStore(QSqlDatabase db);

    QSqlDatabase database() const { return m_db; }

    // RAII transaction: commits only when commit() is called; otherwise rolls back.
    class Transaction
    {
    public:
        explicit Transaction(QSqlDatabase db);
        ~Transaction();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        bool isActive() const { return m_active; }
        bool commit();

    private:
        QSqlDatabase m_db;
        bool m_active = false;
    };

    // Records. Resource names are the API's: employees, payroll-runs, claims, members.
    bool putRecord(const QString& resource, const QJsonObject& record);
    bool removeRecord(const QString& resource, const QString& id);
    std::optional<QJsonObject> record(const QString& resource, const QString& id) const;
    QList<QJsonObject> records(const QString& resource) const;
    int count(const QString& resource) const;
    bool removeResource(const QString& resource);

    // Sync cursors.
    QString cursor(const QString& resource) const;
    bool setCursor(const QString& resource, const QString& cursor);
    bool clearCursors();

    // Meta.
    QString meta(const QString& key) const;
    bool setMeta(const QString& key, const QString& value);

    // Audit log.
    struct AuditTip
    {
        qint64 seq = 0;
        QString hash;
    };
    AuditTip auditTip() const;
    bool appendAudit(const QJsonObject& entry);
    QList<QJsonObject> auditEntries(qint64 fromSeq, qint64 toSeq) const;
    struct Checkpoint
    {
        qint64 seq = 0;
        QString hash;
        QString signedAt;
        QString keyId;
        QString signature;
        QString publicKey;
        QJsonObject toJson() const;
    };
    std::optional<Checkpoint> checkpoint() const;
    bool setCheckpoint(const Checkpoint& checkpoint);
    bool purgeAudit();

    // Deletes whatever the role may no longer read (roles.md): sensitive employee fields,
    // other people's records, the audit log. ownEmployeeId is the caller's employee record.
    bool purgeForRole(Role role, const QString& ownEmployeeId);

    // A digest of everything synced (records, cursors aside), to compare two caches.
    QByteArray contentDigest() const;

private:
    QSqlDatabase m_db;
};

} // namespace purser
