// Proof verification on arbitrary sizes, indexes and hashes: never a crash, and never accepts
// a proof against a root it was not made for. Also builds a tree from the input and checks
// that every generated proof verifies.
#include "core/MerkleFrontier.h"
#include "core/MerkleHash.h"
#include "core/MerkleNodeCollector.h"
#include "core/MerkleProofs.h"
#include "core/MerkleVerifier.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstdint>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 16) {
        return 0;
    }
    qint64 a = 0;
    qint64 b = 0;
    std::memcpy(&a, data, 8);
    std::memcpy(&b, data + 8, 8);
    QList<QByteArray> hashes;
    for (size_t at = 16; at + 32 <= size; at += 32) {
        hashes.append(QByteArray(reinterpret_cast<const char*>(data + at), 32));
    }
    const QByteArray some = hashes.isEmpty() ? QByteArray(32, 'x') : hashes.first();
    QString reason;
    (void)purser::MerkleVerifier::verifyInclusion(a, b, some, hashes, some, &reason);
    (void)purser::MerkleVerifier::verifyConsistency(a, b, some, some, hashes, &reason);

    // A small real tree: generated proofs verify, the same proofs fail for another root.
    const qint64 leaves = 1 + (static_cast<quint64>(a) % 300);
    purser::MerkleNodeCollector collector;
    const qint64 index = static_cast<quint64>(b) % leaves;
    const qint64 first = 1 + static_cast<quint64>(b >> 16) % leaves;
    collector.wantInclusion(index, leaves);
    collector.wantConsistency(first, leaves);
    purser::MerkleFrontier older;
    for (qint64 i = 0; i < leaves; ++i) {
        const QByteArray leaf = purser::MerkleHash::leaf(QByteArray::number(i) + some);
        collector.addLeaf(leaf);
        if (i < first) {
            older.append(leaf);
        }
    }
    const QByteArray root = collector.frontier().root();
    const auto inclusion = purser::MerkleProofs::inclusion(collector, index, leaves);
    FUZZ_CHECK(inclusion);
    const QByteArray leaf = purser::MerkleHash::leaf(QByteArray::number(index) + some);
    FUZZ_CHECK(
        purser::MerkleVerifier::verifyInclusion(index, leaves, leaf, *inclusion, root, &reason));
    FUZZ_CHECK(
        !purser::MerkleVerifier::verifyInclusion(index, leaves, leaf, *inclusion, some, &reason) ||
        root == some);
    const auto consistency = purser::MerkleProofs::consistency(collector, first, leaves);
    FUZZ_CHECK(consistency);
    FUZZ_CHECK(purser::MerkleVerifier::verifyConsistency(first, leaves, older.root(), root,
                                                         *consistency, &reason));
    return 0;
}
