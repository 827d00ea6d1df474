#include "tests/support/AuditLogTamper.h"

#include "core/AuditChain.h"
#include "core/MerkleFrontier.h"
#include "core/MerkleHash.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace purser::test {
namespace {

bool run(QSqlDatabase& db, const QString& sql, const QVariantList& binds, QString* error)
{
    QSqlQuery query(db);
    // PostgreSQL cannot prepare DDL (ALTER TABLE): statements without values run directly.
    bool ok = false;
    if (binds.isEmpty()) {
        ok = query.exec(sql);
    } else {
        query.prepare(sql);
        for (const QVariant& bind : binds) {
            query.addBindValue(bind);
        }
        ok = query.exec();
    }
    if (!ok) {
        *error = sql + QStringLiteral(": ") + query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

bool AuditLogTamper::rewriteFrom(QSqlDatabase db, bool postgres, const QString& orgId,
                                 const QJsonArray& entries, qint64 fromSeq, QString* error,
                                 bool forgetCheckpoints)
{
    const QStringList disable =
        postgres
            ? QStringList{QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"),
                          QStringLiteral("ALTER TABLE audit_tree_nodes DISABLE TRIGGER USER"),
                          QStringLiteral("ALTER TABLE audit_checkpoints DISABLE TRIGGER USER")}
            : QStringList{QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update"),
                          QStringLiteral("DROP TRIGGER IF EXISTS audit_tree_nodes_no_delete"),
                          QStringLiteral("DROP TRIGGER IF EXISTS audit_checkpoints_no_delete")};
    for (const QString& sql : disable) {
        if (!run(db, sql, {}, error)) {
            return false;
        }
    }
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QString prev = AuditChain::genesisHash();
    MerkleFrontier frontier;
    QList<MerkleFrontier::Node> nodes;
    for (const QJsonValue& value : entries) {
        QJsonObject entry = value.toObject();
        const qint64 seq = entry.value(QStringLiteral("seq")).toInteger();
        if (seq >= fromSeq) {
            entry.insert(QStringLiteral("summary"),
                         QStringLiteral("Nothing happened here (%1)").arg(seq));
            entry.insert(QStringLiteral("prev_hash"), prev);
            entry.insert(QStringLiteral("hash"), AuditChain::computeHash(entry));
            if (!run(db,
                     QStringLiteral("UPDATE audit_log SET summary = ?, prev_hash = ?, hash = ? "
                                    "WHERE org_id = ? AND seq = ?"),
                     {entry.value(QStringLiteral("summary")).toString(), prev,
                      entry.value(QStringLiteral("hash")).toString(), orgId, seq},
                     error)) {
                return false;
            }
        }
        prev = entry.value(QStringLiteral("hash")).toString();
        nodes += frontier.append(MerkleHash::entryLeaf(entry));
    }
    if (!run(db, QStringLiteral("DELETE FROM audit_tree_nodes WHERE org_id = ?"), {orgId}, error)) {
        return false;
    }
    if (forgetCheckpoints &&
        !run(db, QStringLiteral("DELETE FROM audit_checkpoints WHERE org_id = ?"), {orgId},
             error)) {
        return false;
    }
    for (const MerkleFrontier::Node& node : nodes) {
        if (!run(db,
                 QStringLiteral(
                     "INSERT INTO audit_tree_nodes (org_id, level, idx, hash) VALUES (?, ?, ?, ?)"),
                 {orgId, node.id.level, node.id.index, QString::fromLatin1(node.hash.toHex())},
                 error)) {
            return false;
        }
    }
    if (!run(
            db,
            QStringLiteral("UPDATE audit_heads SET last_hash = ?, tree_size = ?, tree_frontier = ? "
                           "WHERE org_id = ?"),
            {prev, frontier.size(), QString::fromLatin1(frontier.toBytes().toHex()), orgId},
            error)) {
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace purser::test
