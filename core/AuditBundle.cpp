#include "core/AuditBundle.h"

#include "core/MerkleFrontier.h"
#include "core/MerkleHash.h"
#include "core/MerkleVerifier.h"
#include "core/SignedNote.h"

#include <QJsonArray>
#include <QSet>

namespace purser {
namespace {

constexpr int kMaxHashes = 64; // no proof in a tree of < 2^63 leaves is longer

QJsonArray toBase64(const QList<QByteArray>& hashes)
{
    QJsonArray array;
    for (const QByteArray& hash : hashes) {
        array.append(QString::fromLatin1(hash.toBase64()));
    }
    return array;
}

std::optional<QList<QByteArray>> fromBase64(const QJsonValue& value, const QString& what,
                                            QString* reason)
{
    if (!value.isArray() || value.toArray().size() > kMaxHashes) {
        *reason = QStringLiteral("%1 is not a list of at most %2 hashes").arg(what).arg(kMaxHashes);
        return std::nullopt;
    }
    QList<QByteArray> hashes;
    for (const QJsonValue& item : value.toArray()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            item.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!item.isString() || !decoded || decoded.decoded.size() != MerkleHash::kSize) {
            *reason = QStringLiteral("%1 holds a hash that is not base64 of 32 bytes").arg(what);
            return std::nullopt;
        }
        hashes.append(decoded.decoded);
    }
    return hashes;
}

AuditBundle::Verdict failed(AuditBundle::Verdict verdict, const QString& reason, qint64 seq = 0)
{
    verdict.ok = false;
    verdict.reason = reason;
    verdict.badSeq = seq;
    return verdict;
}

} // namespace

QJsonObject AuditBundle::toJson() const
{
    QJsonObject json{{QStringLiteral("note"), QString::fromUtf8(note)},
                     {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64())},
                     {QStringLiteral("contiguous"), contiguous}};
    if (contiguous) {
        json.insert(QStringLiteral("left"), toBase64(left));
        json.insert(QStringLiteral("consistency"), toBase64(consistency));
    } else {
        QJsonObject proofs;
        for (auto it = inclusion.cbegin(); it != inclusion.cend(); ++it) {
            proofs.insert(QString::number(it.key()), toBase64(it.value()));
        }
        json.insert(QStringLiteral("inclusion"), proofs);
    }
    return json;
}

std::optional<AuditBundle> AuditBundle::fromJson(const QJsonObject& json, QString* reason)
{
    AuditBundle bundle;
    const QJsonValue note = json.value(QStringLiteral("note"));
    const QJsonValue key = json.value(QStringLiteral("public_key"));
    const QJsonValue contiguous = json.value(QStringLiteral("contiguous"));
    if (!note.isString() || !key.isString() || !contiguous.isBool()) {
        *reason = QStringLiteral("the tree section needs note, public_key and contiguous");
        return std::nullopt;
    }
    bundle.note = note.toString().toUtf8();
    bundle.publicKey = QByteArray::fromBase64(key.toString().toLatin1());
    if (bundle.publicKey.size() != 32) {
        *reason = QStringLiteral("the tree section's public_key is not an Ed25519 key");
        return std::nullopt;
    }
    bundle.contiguous = contiguous.toBool();
    if (bundle.contiguous) {
        const auto left =
            fromBase64(json.value(QStringLiteral("left")), QStringLiteral("left"), reason);
        const auto proof = left ? fromBase64(json.value(QStringLiteral("consistency")),
                                             QStringLiteral("consistency"), reason)
                                : std::nullopt;
        if (!proof) {
            return std::nullopt;
        }
        bundle.left = *left;
        bundle.consistency = *proof;
        return bundle;
    }
    const QJsonObject proofs = json.value(QStringLiteral("inclusion")).toObject();
    for (auto it = proofs.begin(); it != proofs.end(); ++it) {
        bool ok = false;
        const qint64 seq = it.key().toLongLong(&ok);
        const auto path = fromBase64(
            it.value(), QStringLiteral("the inclusion proof of entry %1").arg(it.key()), reason);
        if (!ok || seq < 1 || !path) {
            if (path) {
                *reason = QStringLiteral("inclusion proof key %1 is not a seq").arg(it.key());
            }
            return std::nullopt;
        }
        bundle.inclusion.insert(seq, *path);
    }
    return bundle;
}

AuditBundle::Verdict AuditBundle::verify(const QList<QJsonObject>& entries,
                                         const QString& organizationId) const
{
    Verdict verdict;
    QString reason;
    const auto parsed = SignedNote::parse(note, &reason);
    const auto checkpoint = parsed ? TreeCheckpoint::parse(parsed->text, &reason) : std::nullopt;
    if (!checkpoint) {
        return failed(verdict,
                      QStringLiteral("the signed checkpoint is malformed: %1").arg(reason));
    }
    verdict.checkpoint = *checkpoint;
    const QString suffix = u'/' + organizationId;
    if (!checkpoint->origin.endsWith(suffix) || checkpoint->origin.size() == suffix.size()) {
        return failed(verdict, QStringLiteral("the signed checkpoint is for another log (%1)")
                                   .arg(checkpoint->origin));
    }
    verdict.keyName = checkpoint->origin.chopped(suffix.size());
    if (!parsed->verifiedBy(verdict.keyName, publicKey)) {
        return failed(verdict, QStringLiteral("the checkpoint's signature does not verify with the "
                                              "key in the manifest"));
    }
    if (entries.isEmpty()) {
        return failed(verdict, QStringLiteral("no entries"));
    }
    const qint64 size = checkpoint->size;
    qint64 previous = 0;
    for (const QJsonObject& entry : entries) {
        const qint64 seq = entry.value(QStringLiteral("seq")).toInteger();
        if (seq <= previous || seq > size) {
            return failed(verdict,
                          seq > size
                              ? QStringLiteral("entry %1 is beyond the signed tree of %2 "
                                               "entries")
                                    .arg(seq)
                                    .arg(size)
                              : QStringLiteral("entry %1 is repeated or out of order").arg(seq),
                          seq);
        }
        previous = seq;
    }
    if (!contiguous) {
        // Each proof was made for an exported entry: one without its entry was taken out.
        QSet<qint64> held;
        for (const QJsonObject& entry : entries) {
            held.insert(entry.value(QStringLiteral("seq")).toInteger());
        }
        for (auto it = inclusion.cbegin(); it != inclusion.cend(); ++it) {
            if (!held.contains(it.key())) {
                return failed(verdict,
                              QStringLiteral("entry %1 was exported (the manifest holds its "
                                             "proof) but is not in the file")
                                  .arg(it.key()),
                              it.key());
            }
        }
        for (const QJsonObject& entry : entries) {
            const qint64 seq = entry.value(QStringLiteral("seq")).toInteger();
            if (!inclusion.contains(seq)) {
                return failed(verdict, QStringLiteral("entry %1 has no inclusion proof").arg(seq),
                              seq);
            }
            if (!MerkleVerifier::verifyInclusion(seq - 1, size, MerkleHash::entryLeaf(entry),
                                                 inclusion.value(seq), checkpoint->root, &reason)) {
                return failed(
                    verdict,
                    QStringLiteral("entry %1 is not in the signed tree: %2").arg(seq).arg(reason),
                    seq);
            }
        }
        verdict.ok = true;
        return verdict;
    }
    const qint64 first = entries.first().value(QStringLiteral("seq")).toInteger();
    const qint64 last = entries.last().value(QStringLiteral("seq")).toInteger();
    if (last - first + 1 != entries.size()) {
        return failed(verdict, QStringLiteral("the entries are not a contiguous run of seq"));
    }
    auto frontier = MerkleFrontier::fromHashes(first - 1, left);
    if (!frontier) {
        return failed(verdict,
                      QStringLiteral("the left boundary has %1 hashes, not what a run "
                                     "starting at entry %2 needs")
                          .arg(left.size())
                          .arg(first),
                      first);
    }
    for (const QJsonObject& entry : entries) {
        frontier->append(MerkleHash::entryLeaf(entry));
    }
    if (!MerkleVerifier::verifyConsistency(last, size, frontier->root(), checkpoint->root,
                                           consistency, &reason)) {
        return failed(verdict,
                      QStringLiteral("entries %1 to %2 are not the ones in the signed tree: %3")
                          .arg(first)
                          .arg(last)
                          .arg(reason),
                      first);
    }
    verdict.ok = true;
    return verdict;
}

} // namespace purser
