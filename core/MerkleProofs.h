#pragma once

#include "core/MerkleHashSource.h"

#include <optional>

namespace purser {

// Proof generation per RFC 9162 sections 2.1.3.1 (inclusion) and 2.1.4.1 (consistency), in
// O(log n) node reads: every proof element is the hash of a range of leaves, and every range
// is split into at most log2(n) complete subtrees whose hashes the source stores.
class PURSER_CORE_EXPORT MerkleProofs
{
public:
    struct Range
    {
        qint64 begin = 0;
        qint64 end = 0;
    };

    // The complete subtrees that make up [begin, end), largest first; their hashes folded from
    // the right give the range's hash (for the ranges RFC 9162's recursion produces).
    static QList<MerkleNodeId> decompose(Range range);

    // The root of the first treeSize leaves; nullopt when the source lacks a node.
    static std::optional<QByteArray> root(const MerkleHashSource& source, qint64 treeSize);
    // The inclusion path of leafIndex in the tree of treeSize leaves (leafIndex < treeSize).
    static std::optional<QList<QByteArray>> inclusion(const MerkleHashSource& source,
                                                      qint64 leafIndex, qint64 treeSize);
    // The consistency proof from the tree of `first` leaves to `second` (first <= second).
    static std::optional<QList<QByteArray>> consistency(const MerkleHashSource& source,
                                                        qint64 first, qint64 second);

    // The ranges whose hashes form each proof, in proof order (exposed for tests and sizing).
    static QList<Range> inclusionRanges(qint64 leafIndex, qint64 treeSize);
    static QList<Range> consistencyRanges(qint64 first, qint64 second);

private:
    static std::optional<QList<QByteArray>> hashRanges(const MerkleHashSource& source,
                                                       const QList<Range>& ranges);
};

} // namespace purser
