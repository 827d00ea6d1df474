#include "core/MerkleFrontier.h"

#include "core/MerkleHash.h"

#include <bit>

namespace purser {

std::optional<MerkleFrontier> MerkleFrontier::fromHashes(qint64 size,
                                                         const QList<QByteArray>& hashes)
{
    if (size < 0 || hashes.size() != std::popcount(static_cast<quint64>(size))) {
        return std::nullopt;
    }
    for (const QByteArray& hash : hashes) {
        if (hash.size() != MerkleHash::kSize) {
            return std::nullopt;
        }
    }
    MerkleFrontier frontier;
    frontier.m_size = size;
    frontier.m_hashes = hashes;
    return frontier;
}

std::optional<MerkleFrontier> MerkleFrontier::fromBytes(qint64 size, const QByteArray& bytes)
{
    if (bytes.size() % MerkleHash::kSize != 0) {
        return std::nullopt;
    }
    QList<QByteArray> hashes;
    for (qsizetype at = 0; at < bytes.size(); at += MerkleHash::kSize) {
        hashes.append(bytes.mid(at, MerkleHash::kSize));
    }
    return fromHashes(size, hashes);
}

QByteArray MerkleFrontier::toBytes() const
{
    QByteArray bytes;
    for (const QByteArray& hash : m_hashes) {
        bytes += hash;
    }
    return bytes;
}

QList<MerkleFrontier::Node> MerkleFrontier::append(const QByteArray& leafHash)
{
    QList<Node> finished;
    const qint64 index = m_size;
    QByteArray hash = leafHash;
    finished.append({{0, index}, hash});
    // Each trailing one bit of the old size is a complete subtree that the new leaf completes
    // into one twice as big.
    int level = 0;
    while (((index >> level) & 1) == 1) {
        hash = MerkleHash::node(m_hashes.takeLast(), hash);
        ++level;
        finished.append({{level, index >> level}, hash});
    }
    m_hashes.append(hash);
    ++m_size;
    return finished;
}

QByteArray MerkleFrontier::root() const
{
    if (m_hashes.isEmpty()) {
        return MerkleHash::emptyTree();
    }
    QByteArray hash = m_hashes.last();
    for (qsizetype i = m_hashes.size() - 2; i >= 0; --i) {
        hash = MerkleHash::node(m_hashes.at(i), hash);
    }
    return hash;
}

} // namespace purser
