#pragma once

#include "purser_core_export.h"

#include <QByteArray>
#include <QJsonObject>
#include <QtGlobal>

namespace purser {

// RFC 9162 section 2.1.1 hashing with SHA-256: a leaf is SHA-256(0x00 || data), an interior
// node SHA-256(0x01 || left || right), the empty tree SHA-256(""). An audit entry's leaf data
// is its canonical JSON including its `hash` key (docs/audit-log.md), so the tree commits to
// exactly what the chain commits to.
class PURSER_CORE_EXPORT MerkleHash
{
public:
    static constexpr int kSize = 32;

    static QByteArray leaf(const QByteArray& data);
    static QByteArray node(const QByteArray& left, const QByteArray& right);
    static QByteArray emptyTree();

    // The leaf hash of an audit entry; empty when the entry cannot be canonicalised.
    static QByteArray entryLeaf(const QJsonObject& entry);

    // The largest power of two strictly smaller than n (n >= 2): where RFC 9162 splits a tree.
    static qint64 splitPoint(qint64 n);
};

} // namespace purser
