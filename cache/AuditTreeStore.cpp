#include "cache/AuditTreeStore.h"

#include "cache/CacheStatement.h"
#include "core/KeyAnnouncement.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace purser {

std::optional<AuditTreeStore::Verified> AuditTreeStore::lastVerified() const
{
    return newestCosignedBy({});
}

std::optional<AuditTreeStore::Verified>
AuditTreeStore::newestCosignedBy(const QStringList& witnesses) const
{
    QSqlQuery query(m_db);
    QStringList marks;
    for (qsizetype i = 0; i < witnesses.size(); ++i) {
        marks.append(QStringLiteral("?"));
    }
    query.prepare(
        witnesses.isEmpty()
            ? QStringLiteral("SELECT tree_size, root, note, public_key, verified_at FROM "
                             "audit_tree_checkpoints ORDER BY tree_size DESC LIMIT 1")
            : QStringLiteral("SELECT tree_size, root, note, public_key, verified_at FROM "
                             "audit_tree_checkpoints c WHERE (SELECT COUNT(*) FROM "
                             "audit_tree_cosignatures w WHERE w.tree_size = c.tree_size AND "
                             "w.witness_fingerprint IN (%1)) = ? ORDER BY tree_size DESC LIMIT 1")
                  .arg(marks.join(QStringLiteral(", "))));
    for (const QString& witness : witnesses) {
        query.addBindValue(witness.toLower());
    }
    if (!witnesses.isEmpty()) {
        query.addBindValue(witnesses.size());
    }
    if (!runCacheStatement(query) || !query.next()) {
        return std::nullopt;
    }
    return Verified{
        query.value(0).toLongLong(), QByteArray::fromHex(query.value(1).toString().toLatin1()),
        query.value(2).toString().toUtf8(),
        QByteArray::fromBase64(query.value(3).toString().toLatin1()), query.value(4).toString()};
}

bool AuditTreeStore::addVerified(const Verified& checkpoint)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO audit_tree_checkpoints (tree_size, root, "
                                 "note, public_key, verified_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(checkpoint.treeSize);
    query.addBindValue(QString::fromLatin1(checkpoint.root.toHex()));
    query.addBindValue(QString::fromUtf8(checkpoint.note));
    query.addBindValue(QString::fromLatin1(checkpoint.publicKey.toBase64()));
    query.addBindValue(checkpoint.verifiedAt);
    return runCacheStatement(query);
}

bool AuditTreeStore::addCosignatures(qint64 treeSize, const QJsonArray& cosignatures)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO audit_tree_cosignatures (tree_size, "
                                 "witness_fingerprint, public_key, cosignature) VALUES (?, ?, ?, "
                                 "?)"));
    for (const QJsonValue& value : cosignatures) {
        const QString publicKey = value.toObject().value(QStringLiteral("public_key")).toString();
        query.addBindValue(treeSize);
        query.addBindValue(
            KeyAnnouncement::fingerprint(QByteArray::fromBase64(publicKey.toLatin1())));
        query.addBindValue(publicKey);
        query.addBindValue(value.toObject().value(QStringLiteral("cosignature")).toString());
        if (!runCacheStatement(query)) {
            return false;
        }
    }
    return true;
}

QJsonArray AuditTreeStore::cosignatures(qint64 treeSize) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT public_key, cosignature FROM audit_tree_cosignatures "
                                 "WHERE tree_size = ? ORDER BY witness_fingerprint"));
    query.addBindValue(treeSize);
    QJsonArray result;
    if (runCacheStatement(query)) {
        while (query.next()) {
            result.append(QJsonObject{{QStringLiteral("public_key"), query.value(0).toString()},
                                      {QStringLiteral("cosignature"), query.value(1).toString()}});
        }
    }
    return result;
}

MerkleFrontier AuditTreeStore::frontier() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT tree_size, hashes FROM audit_tree_frontier WHERE id = 1"));
    if (!runCacheStatement(query) || !query.next()) {
        return {};
    }
    return MerkleFrontier::fromBytes(query.value(0).toLongLong(),
                                     QByteArray::fromHex(query.value(1).toString().toLatin1()))
        .value_or(MerkleFrontier());
}

bool AuditTreeStore::setFrontier(const MerkleFrontier& frontier)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO audit_tree_frontier (id, tree_size, hashes) VALUES (1, ?, ?)"));
    query.addBindValue(frontier.size());
    query.addBindValue(QString::fromLatin1(frontier.toBytes().toHex()));
    return runCacheStatement(query);
}

std::optional<AuditTreeStore::Alarm> AuditTreeStore::alarm() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT raised_at, from_seq, verified_size, served_size, reason, "
                                 "verified_note, served_note FROM audit_alarms ORDER BY id "
                                 "LIMIT 1"));
    if (!runCacheStatement(query) || !query.next()) {
        return std::nullopt;
    }
    return Alarm{query.value(0).toString(),         query.value(1).toLongLong(),
                 query.value(2).toLongLong(),       query.value(3).toLongLong(),
                 query.value(4).toString(),         query.value(5).toString().toUtf8(),
                 query.value(6).toString().toUtf8()};
}

bool AuditTreeStore::raise(const Alarm& alarm)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO audit_alarms (raised_at, from_seq, verified_size, "
                                 "served_size, reason, verified_note, served_note) VALUES (?, ?, "
                                 "?, ?, ?, ?, ?)"));
    query.addBindValue(alarm.raisedAt);
    query.addBindValue(alarm.fromSeq);
    query.addBindValue(alarm.verifiedSize);
    query.addBindValue(alarm.servedSize);
    query.addBindValue(alarm.reason);
    query.addBindValue(QString::fromUtf8(alarm.verifiedNote));
    query.addBindValue(QString::fromUtf8(alarm.servedNote));
    return runCacheStatement(query);
}

bool AuditTreeStore::forgetTree()
{
    QSqlQuery query(m_db);
    for (const QString& sql : {QStringLiteral("DELETE FROM audit_tree_checkpoints"),
                               QStringLiteral("DELETE FROM audit_tree_frontier"),
                               QStringLiteral("DELETE FROM audit_tree_cosignatures")}) {
        query.prepare(sql);
        if (!runCacheStatement(query)) {
            return false;
        }
    }
    return true;
}

} // namespace purser
