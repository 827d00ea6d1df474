#include "core/MerkleHash.h"

#include "core/CanonicalJson.h"

#include <QCryptographicHash>

namespace purser {

QByteArray MerkleHash::leaf(const QByteArray& data)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("\x00", 1));
    hash.addData(data);
    return hash.result();
}

QByteArray MerkleHash::node(const QByteArray& left, const QByteArray& right)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("\x01", 1));
    hash.addData(left);
    hash.addData(right);
    return hash.result();
}

QByteArray MerkleHash::emptyTree()
{
    return QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256);
}

QByteArray MerkleHash::entryLeaf(const QJsonObject& entry)
{
    const auto canonical = canonicalJson(entry);
    return canonical ? leaf(*canonical) : QByteArray();
}

qint64 MerkleHash::splitPoint(qint64 n)
{
    qint64 k = 1;
    while (k * 2 < n) {
        k *= 2;
    }
    return k;
}

} // namespace purser
