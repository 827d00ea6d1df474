#include "bench/BenchArguments.h"
#include "bench/BenchCommands.h"

#include "core/AuditBundle.h"
#include "core/MerkleHash.h"
#include "core/MerkleProofs.h"
#include "core/MerkleVerifier.h"
#include "core/SignedNote.h"
#include "core/TreeCheckpoint.h"
#include "core/WitnessCosignature.h"
#include "server/audit/AuditTree.h"
#include "server/store/Database.h"
#include "server/store/StoreError.h"
#include "server/store/Transaction.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>

namespace purser::bench {

int auditProofs(const QStringList& arguments)
{
    using namespace purser::server;
    const QString sqlite = option(arguments, QStringLiteral("sqlite"));
    const QString postgres = option(arguments, QStringLiteral("postgres"));
    const QString org = option(arguments, QStringLiteral("org"));
    const int samples = qMax(1, option(arguments, QStringLiteral("samples")).toInt());
    if (org.isEmpty() || sqlite.isEmpty() == postgres.isEmpty()) {
        std::fprintf(stderr, "usage: audit-proofs (--sqlite FILE | --postgres URL) --org ORG "
                             "[--samples K]\n");
        return 2;
    }
    QString error;
    std::optional<Database> db;
    if (!sqlite.isEmpty()) {
        db = Database::sqlite(sqlite);
    } else if (const auto url = DatabaseUrl::parse(postgres, &error)) {
        db = Database::postgres(*url);
    } else {
        std::fprintf(stderr, "audit-proofs: %s\n", qPrintable(error));
        return 2;
    }
    if (!db->open(&error)) {
        std::fprintf(stderr, "audit-proofs: %s\n", qPrintable(error));
        return 1;
    }
    try {
        // Entries bulk-loaded without the tree join it first, as at the server's start.
        QElapsedTimer timer;
        timer.start();
        const qint64 joined = AuditTree::catchUpAll(db->connection());
        const double catchUpSeconds = timer.elapsed() / 1000.0;
        double inclusionMs = 0;
        double inclusionMax = 0;
        double consistencyMs = 0;
        double consistencyMax = 0;
        qint64 size = 0;
        qsizetype hashes = 0;
        QList<double> inclusionTimes;
        QList<double> consistencyTimes;
        auto* random = QRandomGenerator::global();
        for (int i = 0; i < samples; ++i) {
            Transaction tx(db->connection(), org);
            AuditTree tree(tx.db(), org);
            size = tree.head().size();
            if (size < 2) {
                std::fprintf(stderr, "audit-proofs: the log is too small\n");
                return 1;
            }
            const qint64 index = static_cast<qint64>(random->bounded(quint64(size)));
            const qint64 first = 1 + static_cast<qint64>(random->bounded(quint64(size - 1)));
            timer.restart();
            const auto inclusion = MerkleProofs::inclusion(tree, index, size);
            const double a = timer.nsecsElapsed() / 1e6;
            timer.restart();
            const auto consistency = MerkleProofs::consistency(tree, first, size);
            const double b = timer.nsecsElapsed() / 1e6;
            if (!inclusion || !consistency) {
                std::fprintf(stderr, "audit-proofs: nodes missing\n");
                return 1;
            }
            inclusionMs += a;
            consistencyMs += b;
            inclusionTimes.append(a);
            consistencyTimes.append(b);
            inclusionMax = qMax(inclusionMax, a);
            consistencyMax = qMax(consistencyMax, b);
            hashes = inclusion->size();
            tx.commit();
        }
        // A one-entry bundle as an export writes it (compact JSON): a checkpoint note signed
        // with a throwaway key over this tree, the key, one inclusion proof.
        qsizetype bundleBytes = 0;
        {
            Transaction tx(db->connection(), org);
            AuditTree tree(tx.db(), org);
            const MerkleFrontier head = tree.head();
            const qint64 seq = head.size() / 2 + 1;
            const auto proof = MerkleProofs::inclusion(tree, seq - 1, head.size());
            tx.commit();
            const QByteArray secret = WitnessCosignature::newSecretKey();
            SignedNote note;
            note.text =
                TreeCheckpoint{TreeCheckpoint::originFor(QStringLiteral("bench.example"), org),
                               head.size(), head.root()}
                    .text();
            note.sign(QStringLiteral("bench.example"), secret);
            AuditBundle bundle;
            bundle.note = note.serialize();
            bundle.publicKey = secret.mid(32);
            bundle.contiguous = false;
            bundle.inclusion.insert(seq, proof.value_or(QList<QByteArray>()));
            bundleBytes = QJsonDocument(bundle.toJson()).toJson(QJsonDocument::Compact).size();
        }
        // The 99th percentile beside the maximum: on a shared machine one sample can wait for
        // the CPU.
        const auto p99 = [](QList<double> times) {
            std::sort(times.begin(), times.end());
            return times.at(qMin<qsizetype>(times.size() - 1, (times.size() * 99) / 100));
        };
        std::printf("audit_proofs entries=%lld joined=%lld catch_up_seconds=%.2f "
                    "inclusion_ms=%.3f inclusion_p99_ms=%.3f inclusion_max_ms=%.3f "
                    "consistency_ms=%.3f consistency_p99_ms=%.3f consistency_max_ms=%.3f "
                    "one_entry_hashes=%lld one_entry_bundle_bytes=%lld\n",
                    static_cast<long long>(size), static_cast<long long>(joined), catchUpSeconds,
                    inclusionMs / samples, p99(inclusionTimes), inclusionMax,
                    consistencyMs / samples, p99(consistencyTimes), consistencyMax,
                    static_cast<long long>(hashes), static_cast<long long>(bundleBytes));
    } catch (const StoreError& e) {
        std::fprintf(stderr, "audit-proofs: %s\n", e.what());
        return 1;
    }
    return 0;
}

} // namespace purser::bench
