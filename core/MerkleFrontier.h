#pragma once

#include "core/MerkleHashSource.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace purser {

// The right edge of a Merkle tree (a compact range from leaf 0): the hashes of the complete
// subtrees that make up its first size() leaves, largest first, at most log2(n)+1 of them.
// Appending a leaf is O(log n) hashing and yields the complete subtrees it finishes, which the
// server stores so proofs read O(log n) nodes. The server keeps it beside the audit head.
class PURSER_CORE_EXPORT MerkleFrontier
{
public:
    struct Node
    {
        MerkleNodeId id;
        QByteArray hash;
    };

    MerkleFrontier() = default;
    // nullopt unless hashes holds exactly one 32-byte hash per set bit of size.
    static std::optional<MerkleFrontier> fromHashes(qint64 size, const QList<QByteArray>& hashes);
    // The stored form: the hashes concatenated (popcount(size) * 32 bytes).
    static std::optional<MerkleFrontier> fromBytes(qint64 size, const QByteArray& bytes);
    QByteArray toBytes() const;

    // Adds the next leaf; returns the complete subtrees it finished, the leaf first.
    QList<Node> append(const QByteArray& leafHash);

    qint64 size() const { return m_size; }
    const QList<QByteArray>& hashes() const { return m_hashes; }
    QByteArray root() const;

private:
    qint64 m_size = 0;
    QList<QByteArray> m_hashes;
};

} // namespace purser
