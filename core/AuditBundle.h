#pragma once

#include "core/TreeCheckpoint.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace purser {

// What makes an audit export stand alone (docs/audit-log.md, "Bundle"): the signed checkpoint
// note, the public key that signed it, and the proofs that tie the exported entries to its
// root. For a contiguous run of seq `first..last`: the frontier of the first-1 entries before
// it (`left`, at most log2(n) hashes) and a consistency proof from `last` to the tree size.
// For any other selection: an inclusion proof per entry. Checked offline, by core alone.
struct PURSER_CORE_EXPORT AuditBundle
{
    QByteArray note;      // the whole signed note
    QByteArray publicKey; // 32 raw bytes, the key the note is said to be signed with
    bool contiguous = true;
    QList<QByteArray> left;
    QList<QByteArray> consistency;
    QHash<qint64, QList<QByteArray>> inclusion; // by seq

    QJsonObject toJson() const;
    // nullopt and the reason for anything malformed (wrong types, hashes not 32 bytes).
    static std::optional<AuditBundle> fromJson(const QJsonObject& json, QString* reason);

    struct Verdict
    {
        bool ok = false;
        QString reason;
        qint64 badSeq = 0;
        TreeCheckpoint checkpoint; // when the note parsed
        QString keyName;           // the note's signer, as named in the note
    };
    // Checks the note (syntax, origin ends with "/" + organizationId, signature by publicKey)
    // and that `entries` (in seq order, as exported) are in the tree it signs.
    Verdict verify(const QList<QJsonObject>& entries, const QString& organizationId) const;
};

} // namespace purser
