#pragma once

#include "purser_core_export.h"

#include <QByteArray>
#include <QList>
#include <QtGlobal>

namespace purser {

// A complete subtree of a Merkle tree: the 2^level leaves starting at index << level.
struct MerkleNodeId
{
    int level = 0;
    qint64 index = 0;

    qint64 firstLeaf() const { return index << level; }
    qint64 endLeaf() const { return (index + 1) << level; }
    friend bool operator==(const MerkleNodeId& a, const MerkleNodeId& b)
    {
        return a.level == b.level && a.index == b.index;
    }
};

// Where proofs read hashes from: the server's table of complete subtrees, or a tree in memory.
// Every node a proof needs is asked for in one call, so a database answers a proof in one
// query.
class PURSER_CORE_EXPORT MerkleHashSource
{
public:
    virtual ~MerkleHashSource() = default;
    // The hashes of the given complete subtrees, in the same order; an empty list when any is
    // unknown.
    virtual QList<QByteArray> nodeHashes(const QList<MerkleNodeId>& nodes) const = 0;
};

} // namespace purser
