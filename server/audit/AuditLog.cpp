#include "server/audit/AuditLog.h"

#include "core/AuditChain.h"
#include "core/CanonicalJson.h"
#include "core/MerkleHash.h"
#include "core/Rfc3339.h"
#include "server/audit/AuditTree.h"
#include "server/store/StoreError.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

namespace purser::server {
namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The entry without its hash, exactly as hashed and as served.
QJsonObject buildEntry(qint64 seq, const QString& id, const QString& occurredAt,
                       const AuditEvent& e, const QString& prevHash)
{
    return QJsonObject{
        {QStringLiteral("seq"), seq},
        {QStringLiteral("id"), id},
        {QStringLiteral("occurred_at"), occurredAt},
        {QStringLiteral("actor"), QJsonObject{{QStringLiteral("kind"), e.actor.kind},
                                              {QStringLiteral("id"), textOrNull(e.actor.id)},
                                              {QStringLiteral("display"), e.actor.display}}},
        {QStringLiteral("channel"), e.channel},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("entity_type"), e.entityType},
        {QStringLiteral("entity_id"), textOrNull(e.entityId)},
        {QStringLiteral("summary"), e.summary},
        {QStringLiteral("changes"), e.changes},
        {QStringLiteral("ip"), textOrNull(e.ip)},
        {QStringLiteral("user_agent"), textOrNull(e.userAgent)},
        {QStringLiteral("request_id"), textOrNull(e.requestId)},
        {QStringLiteral("prev_hash"), prevHash},
    };
}

} // namespace

QJsonObject AuditLog::append(const AuditEvent& event)
{
    // Bumping the head first locks the organisation's chain until this transaction ends. On
    // PostgreSQL the same statement answers the head (a round trip fewer per entry); SQLite
    // runs in process, where RETURNING costs more (a temporary table per statement) than the
    // separate read.
    const bool returning = m_db.driverName() == QStringLiteral("QPSQL");
    const QString answer =
        QStringLiteral(" RETURNING last_seq, last_hash, tree_size, tree_frontier");
    QSqlQuery head(m_db);
    head.prepare(QStringLiteral("UPDATE audit_heads SET last_seq = last_seq + 1 WHERE org_id = ?") +
                 (returning ? answer : QString()));
    head.addBindValue(event.orgId);
    execOrThrow(head, "audit: bump head");
    const bool bumped = returning ? head.next() : head.numRowsAffected() > 0;
    if (!bumped) {
        head.prepare(QStringLiteral(
                         "INSERT INTO audit_heads (org_id, last_seq, last_hash) VALUES (?, 1, ?)") +
                     (returning ? answer : QString()));
        head.addBindValue(event.orgId);
        head.addBindValue(AuditChain::genesisHash());
        execOrThrow(head, "audit: create head");
    }
    if (!returning) {
        head.prepare(QStringLiteral("SELECT last_seq, last_hash, tree_size, tree_frontier FROM "
                                    "audit_heads WHERE org_id = ?"));
        head.addBindValue(event.orgId);
        execOrThrow(head, "audit: read head");
    }
    if ((!returning || !bumped) && !head.next()) {
        throw StoreError(QStringLiteral("audit: head row vanished"));
    }
    const qint64 seq = head.value(0).toLongLong();
    const QString prevHash = head.value(1).toString();
    // The Merkle tree grows in the same transaction: the new leaf, the subtrees it completes,
    // and the frontier beside the head (a tree that lags, e.g. after a bulk load, catches up).
    const qint64 treeSize = head.value(2).toLongLong();
    const QString treeFrontier = head.value(3).toString();
    head.finish(); // done with the statement before the transaction goes on
    AuditTree tree(m_db, event.orgId);
    MerkleFrontier frontier = tree.frontierFor(treeSize, treeFrontier, seq - 1);

    QJsonObject entry = seal(event, seq, prevHash);
    const QVariantList values = insertValues(event, entry);
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO audit_log (") + insertColumns() +
        QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value : values) {
        insert.addBindValue(value);
    }
    execOrThrow(insert, "audit: insert entry");
    const QString hash = entry.value(QStringLiteral("hash")).toString();
    tree.storeNodes(frontier.append(MerkleHash::entryLeaf(entry)));

    QSqlQuery link(m_db);
    link.prepare(QStringLiteral("UPDATE audit_heads SET last_hash = ?, tree_size = ?, "
                                "tree_frontier = ? WHERE org_id = ?"));
    link.addBindValue(hash);
    link.addBindValue(frontier.size());
    link.addBindValue(AuditTree::toHex(frontier));
    link.addBindValue(event.orgId);
    execOrThrow(link, "audit: link head");

    return entry;
}

QJsonObject AuditLog::seal(const AuditEvent& event, qint64 seq, const QString& prevHash)
{
    QJsonObject entry =
        buildEntry(seq, uuid(), toRfc3339(QDateTime::currentDateTimeUtc()), event, prevHash);
    const QString hash = AuditChain::computeHash(entry);
    if (hash.isEmpty()) {
        throw StoreError(QStringLiteral("audit: entry cannot be canonicalised"));
    }
    entry.insert(QStringLiteral("hash"), hash);
    return entry;
}

QString AuditLog::insertColumns()
{
    return QStringLiteral("org_id, seq, id, occurred_at, actor_kind, actor_id, actor_display, "
                          "channel, action, entity_type, entity_id, summary, changes, ip, "
                          "user_agent, request_id, prev_hash, hash");
}

QVariantList AuditLog::insertValues(const AuditEvent& event, const QJsonObject& sealed)
{
    const QByteArray changes = canonicalJson(event.changes).value_or(QByteArrayLiteral("{}"));
    const auto text = [&sealed](const char* key) {
        return QVariant(sealed.value(QLatin1String(key)).toString());
    };
    return {QVariant(event.orgId),
            QVariant(sealed.value(QStringLiteral("seq")).toInteger()),
            text("id"),
            text("occurred_at"),
            QVariant(event.actor.kind),
            nullIfEmpty(event.actor.id),
            QVariant(event.actor.display),
            QVariant(event.channel),
            QVariant(event.action),
            QVariant(event.entityType),
            nullIfEmpty(event.entityId),
            QVariant(event.summary),
            QVariant(QString::fromUtf8(changes)),
            nullIfEmpty(event.ip),
            nullIfEmpty(event.userAgent),
            nullIfEmpty(event.requestId),
            text("prev_hash"),
            text("hash")};
}

QString AuditLog::columns()
{
    return QStringLiteral("seq, id, occurred_at, actor_kind, actor_id, actor_display, channel, "
                          "action, entity_type, entity_id, summary, changes, ip, user_agent, "
                          "request_id, prev_hash, hash");
}

QJsonObject AuditLog::entryFromRecord(const QSqlRecord& record)
{
    AuditEvent e;
    e.actor = AuditActor{record.value(QStringLiteral("actor_kind")).toString(),
                         record.value(QStringLiteral("actor_id")).toString(),
                         record.value(QStringLiteral("actor_display")).toString()};
    e.channel = record.value(QStringLiteral("channel")).toString();
    e.action = record.value(QStringLiteral("action")).toString();
    e.entityType = record.value(QStringLiteral("entity_type")).toString();
    e.entityId = record.value(QStringLiteral("entity_id")).toString();
    e.summary = record.value(QStringLiteral("summary")).toString();
    e.changes = QJsonDocument::fromJson(record.value(QStringLiteral("changes")).toString().toUtf8())
                    .object();
    e.ip = record.value(QStringLiteral("ip")).toString();
    e.userAgent = record.value(QStringLiteral("user_agent")).toString();
    e.requestId = record.value(QStringLiteral("request_id")).toString();
    QVariant occurred = record.value(QStringLiteral("occurred_at"));
    // PostgreSQL hands back a timestamp; SQLite the stored text.
    const QString occurredAt = occurred.typeId() == QMetaType::QDateTime
                                   ? toRfc3339(occurred.toDateTime())
                                   : occurred.toString();
    QJsonObject entry = buildEntry(record.value(QStringLiteral("seq")).toLongLong(),
                                   record.value(QStringLiteral("id")).toString(), occurredAt, e,
                                   record.value(QStringLiteral("prev_hash")).toString());
    entry.insert(QStringLiteral("hash"), record.value(QStringLiteral("hash")).toString());
    return entry;
}

} // namespace purser::server
