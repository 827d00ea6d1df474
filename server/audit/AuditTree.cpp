#include "server/audit/AuditTree.h"

#include "core/MerkleHash.h"
#include "server/audit/AuditLog.h"
#include "server/store/StoreError.h"
#include "server/store/Transaction.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace purser::server {
namespace {

constexpr int kNodesPerInsert = 200;
constexpr int kEntriesPerRead = 2000;

} // namespace

QString AuditTree::toHex(const MerkleFrontier& frontier)
{
    return QString::fromLatin1(frontier.toBytes().toHex());
}

MerkleFrontier AuditTree::frontierFor(qint64 storedSize, const QString& storedHex, qint64 entries)
{
    auto frontier =
        MerkleFrontier::fromBytes(storedSize, QByteArray::fromHex(storedHex.toLatin1()));
    if (!frontier || storedSize > entries) {
        throw StoreError(QStringLiteral("audit tree: the stored frontier of organisation %1 is "
                                        "damaged")
                             .arg(m_orgId));
    }
    while (frontier->size() < entries) {
        QSqlQuery read(m_db);
        read.setForwardOnly(true);
        read.prepare(QStringLiteral("SELECT ") + AuditLog::columns() +
                     QStringLiteral(" FROM audit_log WHERE org_id = ? AND seq > ? AND seq <= ? "
                                    "ORDER BY seq LIMIT ?"));
        read.addBindValue(m_orgId);
        read.addBindValue(frontier->size());
        read.addBindValue(entries);
        read.addBindValue(kEntriesPerRead);
        execOrThrow(read, "audit tree: read entries to add");
        QList<MerkleFrontier::Node> nodes;
        const qint64 before = frontier->size();
        while (read.next()) {
            const QJsonObject entry = AuditLog::entryFromRecord(read.record());
            if (entry.value(QStringLiteral("seq")).toInteger() != frontier->size() + 1) {
                throw StoreError(QStringLiteral("audit tree: entry %1 of organisation %2 is "
                                                "missing")
                                     .arg(frontier->size() + 1)
                                     .arg(m_orgId));
            }
            nodes += frontier->append(MerkleHash::entryLeaf(entry));
        }
        if (frontier->size() == before) {
            throw StoreError(QStringLiteral("audit tree: entry %1 of organisation %2 is missing")
                                 .arg(before + 1)
                                 .arg(m_orgId));
        }
        storeNodes(nodes);
    }
    return *frontier;
}

void AuditTree::storeNodes(const QList<MerkleFrontier::Node>& completed)
{
    // Leaves are not stored: a leaf's hash is its entry's, read from audit_log when a proof
    // needs one. Every other append then completes no stored node (one statement fewer).
    QList<MerkleFrontier::Node> nodes;
    for (const MerkleFrontier::Node& node : completed) {
        if (node.id.level > 0) {
            nodes.append(node);
        }
    }
    for (qsizetype start = 0; start < nodes.size(); start += kNodesPerInsert) {
        const qsizetype count = qMin<qsizetype>(kNodesPerInsert, nodes.size() - start);
        QStringList rows;
        for (qsizetype i = 0; i < count; ++i) {
            rows << QStringLiteral("(?, ?, ?, ?)");
        }
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO audit_tree_nodes (org_id, level, idx, hash) "
                                      "VALUES ") +
                       rows.join(u','));
        for (qsizetype i = start; i < start + count; ++i) {
            const MerkleFrontier::Node& node = nodes.at(i);
            insert.addBindValue(m_orgId);
            insert.addBindValue(node.id.level);
            insert.addBindValue(node.id.index);
            insert.addBindValue(QString::fromLatin1(node.hash.toHex()));
        }
        execOrThrow(insert, "audit tree: store nodes");
    }
}

MerkleFrontier AuditTree::head()
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT tree_size, tree_frontier, last_seq FROM audit_heads "
                                 "WHERE org_id = ?"));
    query.addBindValue(m_orgId);
    execOrThrow(query, "audit tree: read head");
    if (!query.next()) {
        return {};
    }
    const qint64 size = query.value(0).toLongLong();
    const auto frontier =
        MerkleFrontier::fromBytes(size, QByteArray::fromHex(query.value(1).toString().toLatin1()));
    if (!frontier || size != query.value(2).toLongLong()) {
        throw StoreError(
            QStringLiteral("audit tree: the tree of organisation %1 does not match its log head")
                .arg(m_orgId));
    }
    return *frontier;
}

qint64 AuditTree::catchUpAll(QSqlDatabase db)
{
    QStringList organizations;
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT id FROM organizations"));
        execOrThrow(query, "audit tree: list organisations");
        while (query.next()) {
            organizations << query.value(0).toString();
        }
    }
    qint64 added = 0;
    for (const QString& orgId : organizations) {
        // Scoped per organisation: row-level security is forced even for the tables' owner.
        Transaction tx(db, orgId);
        QSqlQuery head(tx.db());
        head.prepare(QStringLiteral("SELECT tree_size, tree_frontier, last_seq FROM audit_heads "
                                    "WHERE org_id = ?"));
        head.addBindValue(orgId);
        execOrThrow(head, "audit tree: read head");
        if (!head.next() || head.value(0).toLongLong() == head.value(2).toLongLong()) {
            continue;
        }
        const qint64 from = head.value(0).toLongLong();
        AuditTree tree(tx.db(), orgId);
        const MerkleFrontier frontier =
            tree.frontierFor(from, head.value(1).toString(), head.value(2).toLongLong());
        QSqlQuery update(tx.db());
        update.prepare(QStringLiteral(
            "UPDATE audit_heads SET tree_size = ?, tree_frontier = ? WHERE org_id = ?"));
        update.addBindValue(frontier.size());
        update.addBindValue(toHex(frontier));
        update.addBindValue(orgId);
        execOrThrow(update, "audit tree: update head");
        tx.commit();
        added += frontier.size() - from;
    }
    return added;
}

QString AuditTree::literal(const QVariant& value) const
{
    QSqlField field;
    field.setMetaType(value.metaType());
    field.setValue(value);
    return m_db.driver()->formatValue(field);
}

QList<QByteArray> AuditTree::nodeHashes(const QList<MerkleNodeId>& nodes) const
{
    if (nodes.isEmpty()) {
        return {};
    }
    QHash<QPair<int, qint64>, QByteArray> found;
    QStringList leaves; // their seq, as literals
    // One primary-key lookup per interior node, in one statement. (A row-value IN list or an
    // OR of equalities made SQLite read far more of the index: 100x slower at 200 000
    // entries.)
    // Values written as literals by the driver's own quoting (QSqlDriver::formatValue; numbers
    // and the organisation's id): Qt's PostgreSQL driver runs a prepared query as PREPARE,
    // EXECUTE and DEALLOCATE, three round trips where a plain query takes one.
    const QString org = literal(m_orgId);
    QStringList lookups;
    for (const MerkleNodeId& node : nodes) {
        if (node.level == 0) {
            leaves.append(literal(node.index + 1));
        } else {
            lookups << QStringLiteral("SELECT level, idx, hash FROM audit_tree_nodes WHERE "
                                      "org_id = %1 AND level = %2 AND idx = %3")
                           .arg(org, literal(node.level), literal(node.index));
        }
    }
    if (!lookups.isEmpty()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(lookups.join(QStringLiteral(" UNION ALL ")))) {
            throw StoreError(QStringLiteral("audit tree: read nodes"), query.lastError());
        }
        while (query.next()) {
            found.insert({query.value(0).toInt(), query.value(1).toLongLong()},
                         QByteArray::fromHex(query.value(2).toString().toLatin1()));
        }
    }
    if (!leaves.isEmpty()) {
        // A leaf is the entry's hash as the tree defines it (MerkleHash::entryLeaf).
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT ") + AuditLog::columns() +
                        QStringLiteral(" FROM audit_log WHERE org_id = %1 AND seq IN (%2)")
                            .arg(org, leaves.join(u',')))) {
            throw StoreError(QStringLiteral("audit tree: read leaves"), query.lastError());
        }
        while (query.next()) {
            const QJsonObject entry = AuditLog::entryFromRecord(query.record());
            found.insert({0, entry.value(QStringLiteral("seq")).toInteger() - 1},
                         MerkleHash::entryLeaf(entry));
        }
    }
    QList<QByteArray> hashes;
    for (const MerkleNodeId& node : nodes) {
        const QByteArray hash = found.value({node.level, node.index});
        if (hash.size() != MerkleHash::kSize) {
            return {};
        }
        hashes.append(hash);
    }
    return hashes;
}

} // namespace purser::server
