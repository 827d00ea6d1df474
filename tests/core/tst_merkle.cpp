#include "core/AuditChain.h"
#include "core/MerkleFrontier.h"
#include "core/MerkleHash.h"
#include "core/MerkleProofs.h"
#include "core/MerkleVerifier.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace purser;

namespace {

// The complete subtrees a frontier finished, kept in memory the way the server keeps them in
// a table; counts what proofs read.
class MemoryTree : public MerkleHashSource
{
public:
    void append(const QByteArray& leafHash)
    {
        for (const MerkleFrontier::Node& node : m_frontier.append(leafHash)) {
            m_nodes.insert(key(node.id), node.hash);
        }
    }
    QList<QByteArray> nodeHashes(const QList<MerkleNodeId>& nodes) const override
    {
        QList<QByteArray> hashes;
        for (const MerkleNodeId& id : nodes) {
            ++reads;
            if (!m_nodes.contains(key(id))) {
                return {};
            }
            hashes.append(m_nodes.value(key(id)));
        }
        return hashes;
    }
    const MerkleFrontier& frontier() const { return m_frontier; }
    mutable qint64 reads = 0;

private:
    static QString key(const MerkleNodeId& id)
    {
        return QString::number(id.level) + u'/' + QString::number(id.index);
    }
    MerkleFrontier m_frontier;
    QHash<QString, QByteArray> m_nodes;
};

QList<QByteArray> fromHex(const QJsonArray& array)
{
    QList<QByteArray> hashes;
    for (const QJsonValue& value : array) {
        hashes.append(QByteArray::fromHex(value.toString().toLatin1()));
    }
    return hashes;
}

QByteArray randomHash()
{
    QByteArray hash(32, '\0');
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(hash.data()), 8);
    return hash;
}

} // namespace

class TestMerkle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void leavesAreTheEntriesCanonicalJson();
    void rootsMatchIndependentVectors();
    void inclusionProofsMatchAndVerify();
    void consistencyProofsMatchAndVerify();
    void tamperedInclusionProofsFail();
    void tamperedConsistencyProofsFail();
    void bigTreeProofsReadLogarithmicallyManyNodes();
    void frontierRoundTripsAndRefusesDamage();

private:
    QJsonObject m_vectors;
    MemoryTree m_tree;
};

void TestMerkle::initTestCase()
{
    // Computed by tests/core/merkle_vectors.py from RFC 9162's recursive definitions.
    QFile file(QStringLiteral(PURSER_SOURCE_DIR "/tests/core/merkle_vectors.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_vectors = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!m_vectors.isEmpty());
    for (const QJsonValue& entry : m_vectors.value(QStringLiteral("entries")).toArray()) {
        m_tree.append(MerkleHash::entryLeaf(entry.toObject()));
    }
}

void TestMerkle::leavesAreTheEntriesCanonicalJson()
{
    const QJsonArray entries = m_vectors.value(QStringLiteral("entries")).toArray();
    const QJsonArray leaves = m_vectors.value(QStringLiteral("leaf_hashes")).toArray();
    AuditChain chain;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        QVERIFY2(chain.append(entry), qPrintable(chain.verdict().reason));
        QCOMPARE(MerkleHash::entryLeaf(entry).toHex(), leaves.at(i).toString().toLatin1());
    }
}

void TestMerkle::rootsMatchIndependentVectors()
{
    const QJsonArray roots = m_vectors.value(QStringLiteral("roots")).toArray();
    const QJsonArray entries = m_vectors.value(QStringLiteral("entries")).toArray();
    MerkleFrontier frontier;
    QCOMPARE(frontier.root().toHex(), roots.at(0).toString().toLatin1());
    for (qsizetype n = 1; n < roots.size(); ++n) {
        frontier.append(MerkleHash::entryLeaf(entries.at(n - 1).toObject()));
        QCOMPARE(frontier.root().toHex(), roots.at(n).toString().toLatin1());
        QCOMPARE(MerkleProofs::root(m_tree, n)->toHex(), roots.at(n).toString().toLatin1());
    }
}

void TestMerkle::inclusionProofsMatchAndVerify()
{
    const QJsonArray roots = m_vectors.value(QStringLiteral("roots")).toArray();
    const QJsonArray leaves = m_vectors.value(QStringLiteral("leaf_hashes")).toArray();
    for (const QJsonValue& value : m_vectors.value(QStringLiteral("inclusion")).toArray()) {
        const QJsonObject vector = value.toObject();
        const qint64 index = vector.value(QStringLiteral("leaf_index")).toInteger();
        const qint64 size = vector.value(QStringLiteral("tree_size")).toInteger();
        const QList<QByteArray> expected = fromHex(vector.value(QStringLiteral("path")).toArray());
        const auto proof = MerkleProofs::inclusion(m_tree, index, size);
        QVERIFY(proof);
        QCOMPARE(*proof, expected);
        QString reason;
        QVERIFY2(MerkleVerifier::verifyInclusion(
                     index, size, QByteArray::fromHex(leaves.at(index).toString().toLatin1()),
                     expected, QByteArray::fromHex(roots.at(size).toString().toLatin1()), &reason),
                 qPrintable(reason));
    }
}

void TestMerkle::consistencyProofsMatchAndVerify()
{
    const QJsonArray roots = m_vectors.value(QStringLiteral("roots")).toArray();
    for (const QJsonValue& value : m_vectors.value(QStringLiteral("consistency")).toArray()) {
        const QJsonObject vector = value.toObject();
        const qint64 first = vector.value(QStringLiteral("first")).toInteger();
        const qint64 second = vector.value(QStringLiteral("second")).toInteger();
        const QList<QByteArray> expected = fromHex(vector.value(QStringLiteral("proof")).toArray());
        const auto proof = MerkleProofs::consistency(m_tree, first, second);
        QVERIFY(proof);
        QCOMPARE(*proof, expected);
        QString reason;
        QVERIFY2(MerkleVerifier::verifyConsistency(
                     first, second, QByteArray::fromHex(roots.at(first).toString().toLatin1()),
                     QByteArray::fromHex(roots.at(second).toString().toLatin1()), expected,
                     &reason),
                 qPrintable(QStringLiteral("%1 -> %2: %3").arg(first).arg(second).arg(reason)));
    }
}

void TestMerkle::tamperedInclusionProofsFail()
{
    const qint64 size = 13;
    const QByteArray root = *MerkleProofs::root(m_tree, size);
    for (qint64 index = 0; index < size; ++index) {
        const QByteArray leaf = *m_tree.nodeHashes({{0, index}}).begin();
        const QList<QByteArray> proof = *MerkleProofs::inclusion(m_tree, index, size);
        QString reason;
        QVERIFY(MerkleVerifier::verifyInclusion(index, size, leaf, proof, root, &reason));
        for (qsizetype i = 0; i < proof.size(); ++i) {
            QList<QByteArray> damaged = proof;
            damaged[i][5] = static_cast<char>(damaged[i][5] ^ 0x01);
            QVERIFY(!MerkleVerifier::verifyInclusion(index, size, leaf, damaged, root, &reason));
        }
        QVERIFY(!MerkleVerifier::verifyInclusion(index, size, leaf, proof + QList{leaf}, root,
                                                 &reason));
        QVERIFY(reason.contains(QStringLiteral("wrong length")));
        if (!proof.isEmpty()) {
            QVERIFY(
                !MerkleVerifier::verifyInclusion(index, size, leaf, proof.mid(1), root, &reason));
        }
        QVERIFY(
            !MerkleVerifier::verifyInclusion((index + 1) % size, size, leaf, proof, root, &reason));
        QVERIFY(!MerkleVerifier::verifyInclusion(size, size, leaf, proof, root, &reason));
        QVERIFY(reason.contains(QStringLiteral("outside")));
        QVERIFY(!MerkleVerifier::verifyInclusion(index, size, leaf, {QByteArray(31, 'x')}, root,
                                                 &reason));
    }
}

void TestMerkle::tamperedConsistencyProofsFail()
{
    QString reason;
    for (qint64 first = 1; first <= 13; ++first) {
        for (qint64 second = first; second <= 13; ++second) {
            const QByteArray a = *MerkleProofs::root(m_tree, first);
            const QByteArray b = *MerkleProofs::root(m_tree, second);
            const QList<QByteArray> proof = *MerkleProofs::consistency(m_tree, first, second);
            for (qsizetype i = 0; i < proof.size(); ++i) {
                QList<QByteArray> damaged = proof;
                damaged[i][0] = static_cast<char>(damaged[i][0] ^ 0x80);
                QVERIFY(!MerkleVerifier::verifyConsistency(first, second, a, b, damaged, &reason));
            }
            QVERIFY(
                !MerkleVerifier::verifyConsistency(first, second, a, b, proof + QList{a}, &reason));
            if (first != second) {
                QVERIFY(
                    !MerkleVerifier::verifyConsistency(first, second, a, b, proof.mid(1), &reason));
                QVERIFY(!MerkleVerifier::verifyConsistency(first, second, b, b, proof, &reason));
                // A rewritten history: a different old root.
                QVERIFY(!MerkleVerifier::verifyConsistency(first, second, randomHash(), b, proof,
                                                           &reason));
            } else {
                QVERIFY(!MerkleVerifier::verifyConsistency(first, second, a, randomHash(), proof,
                                                           &reason));
                QVERIFY(reason.contains(QStringLiteral("different roots")));
            }
            // A tree that shrank.
            QVERIFY(!MerkleVerifier::verifyConsistency(second + 1, first, b, a, proof, &reason));
        }
    }
}

void TestMerkle::bigTreeProofsReadLogarithmicallyManyNodes()
{
    MemoryTree tree;
    const qint64 size = 5000;
    QList<QByteArray> roots = {MerkleHash::emptyTree()};
    for (qint64 i = 0; i < size; ++i) {
        tree.append(MerkleHash::leaf(QByteArray::number(i)));
        roots.append(tree.frontier().root());
    }
    auto* random = QRandomGenerator::global();
    for (int round = 0; round < 300; ++round) {
        const qint64 second = random->bounded(1, static_cast<int>(size) + 1);
        const qint64 first = random->bounded(1, static_cast<int>(second) + 1);
        const qint64 index = random->bounded(static_cast<int>(second));
        tree.reads = 0;
        const auto inclusion = MerkleProofs::inclusion(tree, index, second);
        QVERIFY(tree.reads <= 2 * 13 + 2);
        QString reason;
        QVERIFY2(MerkleVerifier::verifyInclusion(index, second,
                                                 MerkleHash::leaf(QByteArray::number(index)),
                                                 *inclusion, roots.at(second), &reason),
                 qPrintable(reason));
        tree.reads = 0;
        const auto consistency = MerkleProofs::consistency(tree, first, second);
        QVERIFY(tree.reads <= 2 * 13 + 2);
        QVERIFY2(MerkleVerifier::verifyConsistency(first, second, roots.at(first), roots.at(second),
                                                   *consistency, &reason),
                 qPrintable(reason));
        QCOMPARE(*MerkleProofs::root(tree, second), roots.at(second));
    }
}

void TestMerkle::frontierRoundTripsAndRefusesDamage()
{
    const MerkleFrontier& frontier = m_tree.frontier();
    QCOMPARE(frontier.hashes().size(), 3); // 13 = 8 + 4 + 1
    const auto copy = MerkleFrontier::fromBytes(frontier.size(), frontier.toBytes());
    QVERIFY(copy);
    QCOMPARE(copy->root(), frontier.root());
    QVERIFY(!MerkleFrontier::fromBytes(16, frontier.toBytes())); // 16 has one subtree, not 3
    QVERIFY(!MerkleFrontier::fromBytes(frontier.size(), frontier.toBytes().chopped(1)));
    QVERIFY(!MerkleFrontier::fromBytes(-1, {}));
    QVERIFY(MerkleFrontier::fromBytes(0, {}));
}

QTEST_APPLESS_MAIN(TestMerkle)
#include "tst_merkle.moc"
