#include "core/MerkleNodeCollector.h"

#include "core/MerkleProofs.h"

namespace purser {

void MerkleNodeCollector::wantInclusion(qint64 leafIndex, qint64 treeSize)
{
    for (const MerkleProofs::Range& range : MerkleProofs::inclusionRanges(leafIndex, treeSize)) {
        for (const MerkleNodeId& id : MerkleProofs::decompose(range)) {
            m_wanted.insert(key(id));
        }
    }
}

void MerkleNodeCollector::wantConsistency(qint64 first, qint64 second)
{
    for (const MerkleProofs::Range& range : MerkleProofs::consistencyRanges(first, second)) {
        for (const MerkleNodeId& id : MerkleProofs::decompose(range)) {
            m_wanted.insert(key(id));
        }
    }
}

void MerkleNodeCollector::addLeaf(const QByteArray& leafHash)
{
    for (const MerkleFrontier::Node& node : m_frontier.append(leafHash)) {
        if (m_wanted.contains(key(node.id))) {
            m_found.insert(key(node.id), node.hash);
        }
    }
}

QList<QByteArray> MerkleNodeCollector::nodeHashes(const QList<MerkleNodeId>& nodes) const
{
    QList<QByteArray> hashes;
    for (const MerkleNodeId& id : nodes) {
        const auto found = m_found.constFind(key(id));
        if (found == m_found.cend()) {
            return {};
        }
        hashes.append(*found);
    }
    return hashes;
}

} // namespace purser
