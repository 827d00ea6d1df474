#pragma once

#include "core/MerkleFrontier.h"
#include "core/MerkleHashSource.h"

#include <QSqlDatabase>
#include <QString>

namespace purser::server {

// One organisation's Merkle tree over its audit entries (docs/audit-log.md): leaf index
// seq - 1, leaf hash SHA-256(0x00 || canonical JSON of the entry with its hash). The frontier
// lives in audit_heads beside the chain head (tree_size, tree_frontier as hex) and the hash
// of every complete subtree above the leaves in audit_tree_nodes (a leaf's hash comes from its
// entry in audit_log), so appending is O(log n) and a proof reads O(log n) rows in at most two
// queries. All calls run inside the caller's Transaction; they throw
// StoreError.
class AuditTree : public MerkleHashSource
{
public:
    AuditTree(QSqlDatabase db, QString orgId) : m_db(std::move(db)), m_orgId(std::move(orgId)) {}

    // The frontier as stored in audit_heads, brought up to `entries` leaves by hashing the
    // entries the tree does not hold yet (organisations that existed before the tree, a bulk
    // load). Throws StoreError when the stored frontier is damaged.
    MerkleFrontier frontierFor(qint64 storedSize, const QString& storedHex, qint64 entries);
    // Stores the complete subtrees above the leaves that an append finished.
    void storeNodes(const QList<MerkleFrontier::Node>& completed);
    static QString toHex(const MerkleFrontier& frontier);

    // The tree as audit_heads holds it now (size 0 for an organisation without entries).
    MerkleFrontier head();

    // Brings every organisation's tree up to its chain head; the start-up repair. Returns how
    // many entries were added to trees.
    static qint64 catchUpAll(QSqlDatabase db);

    QList<QByteArray> nodeHashes(const QList<MerkleNodeId>& nodes) const override;

private:
    QString literal(const QVariant& value) const; // as the driver quotes it in SQL

    QSqlDatabase m_db;
    QString m_orgId;
};

} // namespace purser::server
