#include "server/audit/AuditCheckpoints.h"

#include "core/MerkleProofs.h"
#include "core/MerkleVerifier.h"
#include "core/Rfc3339.h"
#include "core/TreeCheckpoint.h"
#include "server/Logging.h"
#include "server/audit/AuditTree.h"
#include "server/audit/SigningKeys.h"
#include "server/auth/ServerClock.h"
#include "server/store/Database.h"
#include "server/store/StoreError.h"
#include "server/store/Transaction.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace purser::server {
namespace {

std::optional<AuditCheckpoints::Signed> lastStored(QSqlDatabase& db, const QString& orgId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT tree_size, root, key_id, signed_at, note FROM "
                                 "audit_checkpoints WHERE org_id = ? ORDER BY tree_size DESC, "
                                 "signed_at DESC LIMIT 1"));
    query.addBindValue(orgId);
    Database::exec(query, "audit checkpoints: read last");
    if (!query.next()) {
        return std::nullopt;
    }
    return AuditCheckpoints::Signed{
        query.value(0).toLongLong(), QByteArray::fromHex(query.value(1).toString().toLatin1()),
        query.value(2).toString(), query.value(3).toString(), query.value(4).toString().toUtf8()};
}

} // namespace

AuditCheckpoints::Signed AuditCheckpoints::latest(const QString& orgId) const
{
    Transaction tx(m_db.connection(), orgId);
    AuditTree tree(tx.db(), orgId);
    // The last checkpoint before the head: under PostgreSQL's read committed a checkpoint
    // signed concurrently is then never newer than the head read after it.
    const auto last = lastStored(tx.db(), orgId);
    const MerkleFrontier head = tree.head();
    const QByteArray root = head.root();
    if (last && last->treeSize == head.size() && last->root == root &&
        last->keyId == m_keys.currentKeyId()) {
        tx.commit();
        return *last;
    }
    if (last) {
        // The tree must extend what this server signed before, proven from the stored nodes.
        QString reason;
        const auto proof = last->treeSize <= head.size()
                               ? MerkleProofs::consistency(tree, last->treeSize, head.size())
                               : std::nullopt;
        const auto rootFromNodes = MerkleProofs::root(tree, head.size());
        if (!proof || !rootFromNodes || *rootFromNodes != root ||
            !MerkleVerifier::verifyConsistency(last->treeSize, head.size(), last->root, root,
                                               *proof, &reason)) {
            qCCritical(lcMain).noquote()
                << "audit integrity: the tree of organisation" << orgId << "(" << head.size()
                << "entries ) does not extend the checkpoint signed at" << last->treeSize
                << "entries:" << (reason.isEmpty() ? QStringLiteral("nodes missing") : reason);
            throw AuditIntegrityError("audit tree does not extend the last signed checkpoint");
        }
    }
    Signed signedNow;
    signedNow.treeSize = head.size();
    signedNow.root = root;
    signedNow.keyId = m_keys.currentKeyId();
    signedNow.signedAt = toRfc3339(ServerClock::now()); // the clock tests can move
    const TreeCheckpoint checkpoint{TreeCheckpoint::originFor(m_keys.identity(), orgId),
                                    head.size(), root};
    signedNow.note = m_keys.signNote(checkpoint.text()).serialize();
    QSqlQuery insert(tx.db());
    insert.prepare(QStringLiteral(
        "INSERT INTO audit_checkpoints (org_id, tree_size, root, key_id, signed_at, note) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    insert.addBindValue(orgId);
    insert.addBindValue(signedNow.treeSize);
    insert.addBindValue(QString::fromLatin1(root.toHex()));
    insert.addBindValue(signedNow.keyId);
    insert.addBindValue(signedNow.signedAt);
    insert.addBindValue(QString::fromUtf8(signedNow.note));
    Database::exec(insert, "audit checkpoints: store");
    // Another request may have signed the same size first: serve the stored one.
    const auto stored = lastStored(tx.db(), orgId);
    tx.commit();
    return stored ? *stored : signedNow;
}

int AuditCheckpoints::signDue(qint64 minAgeSecs) const
{
    QStringList organizations;
    {
        Transaction tx(m_db.connection());
        QSqlQuery query(tx.db());
        query.prepare(QStringLiteral("SELECT id FROM organizations"));
        Database::exec(query, "audit checkpoints: list organisations");
        while (query.next()) {
            organizations << query.value(0).toString();
        }
        tx.commit();
    }
    QStringList due;
    for (const QString& orgId : organizations) {
        // Row-level security shows an organisation's rows only inside its own transaction.
        Transaction tx(m_db.connection(), orgId);
        QSqlQuery query(tx.db());
        query.prepare(QStringLiteral("SELECT tree_size FROM audit_heads WHERE org_id = ?"));
        query.addBindValue(orgId);
        Database::exec(query, "audit checkpoints: read head size");
        const qint64 headSize = query.next() ? query.value(0).toLongLong() : 0;
        const auto last = lastStored(tx.db(), orgId);
        tx.commit();
        const auto lastSignedAt = last ? fromRfc3339(last->signedAt) : std::nullopt;
        const bool grew = !last || headSize > last->treeSize;
        const bool old = !lastSignedAt || lastSignedAt->secsTo(ServerClock::now()) >= minAgeSecs;
        if (grew && old) {
            due << orgId;
        }
    }
    int signedCount = 0;
    for (const QString& orgId : due) {
        try {
            latest(orgId);
            ++signedCount;
        } catch (const AuditIntegrityError&) {
            // Logged by latest(); keep signing the other organisations.
        }
    }
    return signedCount;
}

} // namespace purser::server
