#include "core/MerkleVerifier.h"

#include "core/FailureReason.h"
#include "core/MerkleHash.h"

namespace purser {
namespace {

bool allHashesWellFormed(const QList<QByteArray>& hashes)
{
    return std::all_of(hashes.begin(), hashes.end(),
                       [](const QByteArray& h) { return h.size() == MerkleHash::kSize; });
}

} // namespace

QByteArray MerkleVerifier::rootFromInclusion(qint64 leafIndex, qint64 treeSize,
                                             const QByteArray& leafHash,
                                             const QList<QByteArray>& path)
{
    if (leafIndex < 0 || leafIndex >= treeSize || leafHash.size() != MerkleHash::kSize ||
        !allHashesWellFormed(path)) {
        return {};
    }
    qint64 fn = leafIndex;
    qint64 sn = treeSize - 1;
    QByteArray r = leafHash;
    for (const QByteArray& p : path) {
        if (sn == 0) {
            return {}; // the path is longer than the tree is deep
        }
        if ((fn & 1) == 1 || fn == sn) {
            r = MerkleHash::node(p, r);
            if ((fn & 1) == 0) {
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            r = MerkleHash::node(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 ? r : QByteArray();
}

bool MerkleVerifier::verifyInclusion(qint64 leafIndex, qint64 treeSize, const QByteArray& leafHash,
                                     const QList<QByteArray>& path, const QByteArray& root,
                                     QString* reason)
{
    if (leafIndex < 0 || leafIndex >= treeSize) {
        return failWith(
            reason,
            QStringLiteral("leaf %1 is outside a tree of %2 entries").arg(leafIndex).arg(treeSize));
    }
    if (!allHashesWellFormed(path) || leafHash.size() != MerkleHash::kSize) {
        return failWith(reason,
                        QStringLiteral("the inclusion proof holds a hash that is not 32 bytes"));
    }
    const QByteArray computed = rootFromInclusion(leafIndex, treeSize, leafHash, path);
    if (computed.isEmpty()) {
        return failWith(reason,
                        QStringLiteral("the inclusion proof has the wrong length (%1 hashes) "
                                       "for leaf %2 of %3")
                            .arg(path.size())
                            .arg(leafIndex)
                            .arg(treeSize));
    }
    if (computed != root) {
        return failWith(reason, QStringLiteral("leaf %1 is not in the tree of %2 entries with that "
                                               "root")
                                    .arg(leafIndex)
                                    .arg(treeSize));
    }
    return true;
}

bool MerkleVerifier::verifyConsistency(qint64 first, qint64 second, const QByteArray& firstRoot,
                                       const QByteArray& secondRoot, const QList<QByteArray>& proof,
                                       QString* reason)
{
    if (first < 0 || second < first) {
        return failWith(reason, QStringLiteral("a tree of %1 entries cannot grow into one of %2")
                                    .arg(first)
                                    .arg(second));
    }
    if (!allHashesWellFormed(proof)) {
        return failWith(reason,
                        QStringLiteral("the consistency proof holds a hash that is not 32 bytes"));
    }
    if (first == second || first == 0) {
        // Nothing to prove beyond equal roots (same size) or the empty tree (size 0).
        if (!proof.isEmpty()) {
            return failWith(reason, QStringLiteral("the consistency proof should be empty"));
        }
        if (first == second && firstRoot != secondRoot) {
            return failWith(
                reason, QStringLiteral("two different roots for the same %1 entries").arg(first));
        }
        return true;
    }
    if (proof.isEmpty()) {
        return failWith(reason, QStringLiteral("the consistency proof is empty"));
    }
    QList<QByteArray> path = proof;
    if ((first & (first - 1)) == 0) {
        path.prepend(firstRoot); // an exact power of two: the old root is a node of the new tree
    }
    qint64 fn = first - 1;
    qint64 sn = second - 1;
    while ((fn & 1) == 1) {
        fn >>= 1;
        sn >>= 1;
    }
    QByteArray fr = path.first();
    QByteArray sr = path.first();
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QByteArray& c = path.at(i);
        if (sn == 0) {
            return failWith(reason, QStringLiteral("the consistency proof is too long"));
        }
        if ((fn & 1) == 1 || fn == sn) {
            fr = MerkleHash::node(c, fr);
            sr = MerkleHash::node(c, sr);
            if ((fn & 1) == 0) {
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            sr = MerkleHash::node(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    if (sn != 0) {
        return failWith(reason, QStringLiteral("the consistency proof is too short"));
    }
    if (fr != firstRoot) {
        return failWith(reason, QStringLiteral("the tree of %1 entries with that root is not a "
                                               "prefix of the new tree")
                                    .arg(first));
    }
    if (sr != secondRoot) {
        return failWith(
            reason,
            QStringLiteral("the proof does not lead to the new root of %1 entries").arg(second));
    }
    return true;
}

} // namespace purser
