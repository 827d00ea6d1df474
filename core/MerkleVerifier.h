#pragma once

#include "purser_core_export.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace purser {

// Proof verification per RFC 9162 sections 2.1.3.2 (inclusion) and 2.1.4.2 (consistency).
// Each returns true or fills `reason` with plain words naming what failed. The client, the
// export verifier and any test use these; nothing here trusts the prover.
class PURSER_CORE_EXPORT MerkleVerifier
{
public:
    static bool verifyInclusion(qint64 leafIndex, qint64 treeSize, const QByteArray& leafHash,
                                const QList<QByteArray>& path, const QByteArray& root,
                                QString* reason);

    // The root the path leads to (empty when the path's length cannot fit the tree).
    static QByteArray rootFromInclusion(qint64 leafIndex, qint64 treeSize,
                                        const QByteArray& leafHash, const QList<QByteArray>& path);

    static bool verifyConsistency(qint64 first, qint64 second, const QByteArray& firstRoot,
                                  const QByteArray& secondRoot, const QList<QByteArray>& proof,
                                  QString* reason);
};

} // namespace purser
