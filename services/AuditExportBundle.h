#pragma once

#include "core/AuditBundle.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <functional>
#include <optional>

namespace purser {

// Builds the proofs that make an export stand alone (core AuditBundle) from the entries this
// computer holds, offline: one pass over entries 1..n through a frontier keeps only the
// O(log n) nodes per proof that are needed. A contiguous run of seq gets its left boundary
// and one consistency proof; any other selection an inclusion proof per entry.
class AuditExportBundle
{
public:
    // The verified checkpoint the proofs lead to, and every entry it covers.
    struct Evidence
    {
        QByteArray note;
        QByteArray publicKey;
        qint64 treeSize = 0;
        // Calls sink with entries 1..treeSize in seq order, in chunks; false when it stopped.
        std::function<bool(const std::function<bool(const QList<QJsonObject>&)>&)> allEntries;
        // Witness cosignatures on the note, [{public_key, cosignature}] (docs/audit-log.md),
        // written to the manifest's "witnesses".
        QJsonArray witnesses;
    };

    // nullopt with the reason in plain words when the evidence does not cover the seqs.
    static std::optional<AuditBundle> build(const QList<qint64>& seqs, const Evidence& evidence,
                                            QString* reason);
};

} // namespace purser
