#pragma once

#include "cache/CacheStore.h"

#include <QJsonObject>
#include <QList>
#include <QString>

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

    static Result write(const QString& path, Format format, const QString& organizationId,
                        const QList<QJsonObject>& entries,
                        const std::optional<CacheStore::Checkpoint>& checkpoint,
                        bool utf8Bom = false);
    static Result verify(const QString& path);

    static QString manifestPath(const QString& path)
    {
        return path + QStringLiteral(".manifest.json");
    }
};

} // namespace purser
