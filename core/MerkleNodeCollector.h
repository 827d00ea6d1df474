#pragma once

#include "core/MerkleFrontier.h"
#include "core/MerkleHashSource.h"

#include <QHash>
#include <QSet>

namespace purser {

// Proofs from a stream of leaves, for a client that holds the entries but not the server's
// table of subtrees (an export made offline): say which nodes the proofs need (O(log n) per
// proof), feed every leaf in order through a frontier, and keep only the wanted nodes as they
// complete. Memory stays O(wanted + log n) however long the log is.
class PURSER_CORE_EXPORT MerkleNodeCollector : public MerkleHashSource
{
public:
    void wantInclusion(qint64 leafIndex, qint64 treeSize);
    void wantConsistency(qint64 first, qint64 second);

    void addLeaf(const QByteArray& leafHash);
    const MerkleFrontier& frontier() const { return m_frontier; }

    QList<QByteArray> nodeHashes(const QList<MerkleNodeId>& nodes) const override;

private:
    static quint64 key(const MerkleNodeId& id)
    {
        return (quint64(id.level) << 58) | quint64(id.index);
    }
    MerkleFrontier m_frontier;
    QSet<quint64> m_wanted;
    QHash<quint64, QByteArray> m_found;
};

} // namespace purser
