#include "services/AuditExportBundle.h"

#include "core/MerkleHash.h"
#include "core/MerkleNodeCollector.h"
#include "core/MerkleProofs.h"

#include <QCoreApplication>

namespace purser {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("purser::AuditExport", text);
}

} // namespace

std::optional<AuditBundle> AuditExportBundle::build(const QList<qint64>& seqs,
                                                    const Evidence& evidence, QString* reason)
{
    if (seqs.isEmpty() || seqs.last() > evidence.treeSize) {
        *reason = tr("The offline data holds entries newer than its last verified checkpoint. "
                     "Run \"purser sync\" first.");
        return std::nullopt;
    }
    AuditBundle bundle;
    bundle.note = evidence.note;
    bundle.publicKey = evidence.publicKey;
    const qint64 first = seqs.first();
    const qint64 last = seqs.last();
    // One entry proves smaller by inclusion (log2 n hashes) than as a run (up to 2 log2 n).
    bundle.contiguous = seqs.size() > 1 && last - first + 1 == seqs.size();
    MerkleNodeCollector collector;
    if (bundle.contiguous) {
        collector.wantConsistency(last, evidence.treeSize);
    } else {
        for (const qint64 seq : seqs) {
            collector.wantInclusion(seq - 1, evidence.treeSize);
        }
    }
    bool ordered = true;
    const bool complete = evidence.allEntries([&](const QList<QJsonObject>& chunk) {
        for (const QJsonObject& entry : chunk) {
            const qint64 seq = entry.value(QStringLiteral("seq")).toInteger();
            if (seq != collector.frontier().size() + 1) {
                ordered = false;
                return false;
            }
            if (seq > evidence.treeSize) {
                return false;
            }
            if (seq == first) {
                bundle.left = collector.frontier().hashes();
            }
            collector.addLeaf(MerkleHash::entryLeaf(entry));
        }
        return true;
    });
    if (!ordered || collector.frontier().size() != evidence.treeSize ||
        (!complete && collector.frontier().size() < evidence.treeSize)) {
        *reason = tr("The offline audit log does not hold every entry of its verified "
                     "checkpoint. Run \"purser sync\" first.");
        return std::nullopt;
    }
    if (bundle.contiguous) {
        const auto proof = MerkleProofs::consistency(collector, last, evidence.treeSize);
        if (!proof) {
            *reason = tr("Cannot prove the exported entries against the checkpoint.");
            return std::nullopt;
        }
        bundle.consistency = *proof;
        return bundle;
    }
    for (const qint64 seq : seqs) {
        const auto proof = MerkleProofs::inclusion(collector, seq - 1, evidence.treeSize);
        if (!proof) {
            *reason = tr("Cannot prove entry %1 against the checkpoint.").arg(seq);
            return std::nullopt;
        }
        bundle.inclusion.insert(seq, *proof);
    }
    return bundle;
}

} // namespace purser
