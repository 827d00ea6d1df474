#pragma once

#include "cache/CacheStore.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace purser {

// Writes and checks audit-log exports. An export is the entries (CSV or JSON Lines; the CSV's
// last column holds each entry's canonical JSON so it verifies too) plus FILE.manifest.json
// with the file's SHA-256, the organisation, the seq range and the signed checkpoint with its
// public key. Verification needs nothing but the two files.
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
                        bool utf8Bom = false);
    static Result verify(const QString& path);

    static QString manifestPath(const QString& path)
    {
        return path + QStringLiteral(".manifest.json");
    }
};

} // namespace purser
