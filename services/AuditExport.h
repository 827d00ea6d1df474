#pragma once

#include "cache/CacheStore.h"
#include "services/AuditExportBundle.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace purser {

// Writes and checks audit-log exports. An export is the entries (CSV or JSON Lines; the CSV's
// last column holds each entry's canonical JSON so it verifies too) plus FILE.manifest.json
// with the file's SHA-256, the organisation, the seq range, the signed checkpoint with its
// public key and (the "tree" section, AuditBundle) the signed tree checkpoint note with the
// proofs that tie the exported entries to its root. Verification needs nothing but the two
// files and the fingerprints of the signing keys the verifier trusts.
class AuditExport
{
public:
    enum class Format
    {
        Csv,
        Jsonl,
    };

    struct Result
    {
        bool ok = false;
        QString message; // plain words: what was written or verified, or what failed
        qint64 badSeq = 0;
        // Consistent, but signed by a key not among the trusted ones (its own exit code).
        bool untrusted = false;
        // Trusted, but a required witness's cosignature is missing (its own exit code too).
        bool missingWitness = false;
    };

    // Entries in seq order, handed over in chunks: the source calls the sink with each chunk
    // and returns false when it stopped early (the user cancelled); the sink returns false when
    // the source should stop. Only one chunk is held at a time, so millions of entries export
    // in constant memory; a cancelled or failed export leaves no file behind.
    using ChunkSink = std::function<bool(const QList<QJsonObject>&)>;
    using EntrySource = std::function<bool(const ChunkSink&)>;

    static Result write(const QString& path, Format format, const QString& organizationId,
                        const EntrySource& source,
                        const std::optional<CacheStore::Checkpoint>& checkpoint,
                        bool utf8Bom = false,
                        const std::optional<AuditExportBundle::Evidence>& tree = std::nullopt);
    // trustedFingerprints: SHA-256 fingerprints (or their first 16+ hex digits) of the signing
    // keys the verifier trusts; an export signed by none of them is refused (untrusted).
    // requiredWitnesses: fingerprints of witness keys whose cosignature on the export's tree
    // checkpoint must be in the manifest (and verify) before it is called verified.
    static Result verify(const QString& path, const QStringList& trustedFingerprints,
                         const QStringList& requiredWitnesses = {});

    static QString manifestPath(const QString& path)
    {
        return path + QStringLiteral(".manifest.json");
    }
};

} // namespace purser
