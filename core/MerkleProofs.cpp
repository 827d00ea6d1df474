#include "core/MerkleProofs.h"

#include "core/MerkleHash.h"

namespace purser {

QList<MerkleNodeId> MerkleProofs::decompose(Range range)
{
    QList<MerkleNodeId> nodes;
    qint64 begin = range.begin;
    while (begin < range.end) {
        int level = 0;
        // Grow while the subtree stays aligned at begin and inside the range.
        while (level < 62 && (begin & ((qint64(1) << (level + 1)) - 1)) == 0 &&
               begin + (qint64(1) << (level + 1)) <= range.end) {
            ++level;
        }
        nodes.append({level, begin >> level});
        begin += qint64(1) << level;
    }
    return nodes;
}

QList<MerkleProofs::Range> MerkleProofs::inclusionRanges(qint64 leafIndex, qint64 treeSize)
{
    QList<Range> ranges;
    qint64 begin = 0;
    qint64 end = treeSize;
    // Walk down from the root; each step records the sibling subtree, so the list is built
    // root-first and reversed at the end (the proof goes leaf-first).
    while (end - begin > 1) {
        const qint64 k = MerkleHash::splitPoint(end - begin);
        if (leafIndex - begin < k) {
            ranges.append({begin + k, end});
            end = begin + k;
        } else {
            ranges.append({begin, begin + k});
            begin += k;
        }
    }
    std::reverse(ranges.begin(), ranges.end());
    return ranges;
}

QList<MerkleProofs::Range> MerkleProofs::consistencyRanges(qint64 first, qint64 second)
{
    QList<Range> ranges;
    if (first <= 0 || first >= second) {
        return ranges;
    }
    // SUBPROOF(m, D[begin:end], b) of RFC 9162 2.1.4.1, unrolled; built root-first.
    qint64 m = first;
    qint64 begin = 0;
    qint64 end = second;
    bool wholeIsKnown = true;
    while (m != end - begin) {
        const qint64 k = MerkleHash::splitPoint(end - begin);
        if (m <= k) {
            ranges.append({begin + k, end});
            end = begin + k;
        } else {
            ranges.append({begin, begin + k});
            m -= k;
            begin += k;
            wholeIsKnown = false;
        }
    }
    if (!wholeIsKnown) {
        ranges.append({begin, end});
    }
    std::reverse(ranges.begin(), ranges.end());
    return ranges;
}

std::optional<QList<QByteArray>> MerkleProofs::hashRanges(const MerkleHashSource& source,
                                                          const QList<Range>& ranges)
{
    QList<MerkleNodeId> wanted;
    QList<qsizetype> counts;
    for (const Range& range : ranges) {
        const QList<MerkleNodeId> parts = decompose(range);
        wanted.append(parts);
        counts.append(parts.size());
    }
    const QList<QByteArray> hashes =
        wanted.isEmpty() ? QList<QByteArray>() : source.nodeHashes(wanted);
    if (hashes.size() != wanted.size()) {
        return std::nullopt;
    }
    QList<QByteArray> result;
    qsizetype next = 0;
    for (const qsizetype count : counts) {
        QByteArray hash = hashes.at(next + count - 1);
        for (qsizetype i = count - 2; i >= 0; --i) {
            hash = MerkleHash::node(hashes.at(next + i), hash);
        }
        next += count;
        result.append(hash);
    }
    return result;
}

std::optional<QByteArray> MerkleProofs::root(const MerkleHashSource& source, qint64 treeSize)
{
    if (treeSize <= 0) {
        return treeSize == 0 ? std::optional<QByteArray>(MerkleHash::emptyTree()) : std::nullopt;
    }
    const auto hashes = hashRanges(source, {Range{0, treeSize}});
    return hashes ? std::optional<QByteArray>(hashes->first()) : std::nullopt;
}

std::optional<QList<QByteArray>> MerkleProofs::inclusion(const MerkleHashSource& source,
                                                         qint64 leafIndex, qint64 treeSize)
{
    if (leafIndex < 0 || leafIndex >= treeSize) {
        return std::nullopt;
    }
    return hashRanges(source, inclusionRanges(leafIndex, treeSize));
}

std::optional<QList<QByteArray>> MerkleProofs::consistency(const MerkleHashSource& source,
                                                           qint64 first, qint64 second)
{
    if (first < 0 || first > second) {
        return std::nullopt;
    }
    return hashRanges(source, consistencyRanges(first, second));
}

} // namespace purser
