#include "services/AuditExport.h"

#include "services/AuditExportEvidence.h"
#include "services/Csv.h"

#include "core/AuditChain.h"
#include "core/CanonicalJson.h"
#include "core/KeyAnnouncement.h"
#include "net/CheckpointCheck.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace purser {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("purser::AuditExport", text);
}

// Human-readable columns; the last column, "entry", is the canonical JSON that verifies.
const QStringList csvColumns = {QStringLiteral("seq"),       QStringLiteral("occurred_at"),
                                QStringLiteral("actor"),     QStringLiteral("channel"),
                                QStringLiteral("action"),    QStringLiteral("entity_type"),
                                QStringLiteral("entity_id"), QStringLiteral("summary"),
                                QStringLiteral("hash"),      QStringLiteral("entry")};

QString text(const QJsonValue& value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        return QString::number(value.toInteger());
    }
    if (value.isNull() || value.isUndefined()) {
        return {};
    }
    return QString::fromUtf8(canonicalJson(value).value_or(QByteArray()));
}

QStringList csvFields(const QJsonObject& entry, const QByteArray& canonical)
{
    return {text(entry.value(QStringLiteral("seq"))),
            text(entry.value(QStringLiteral("occurred_at"))),
            text(entry.value(QStringLiteral("actor")).toObject().value(QStringLiteral("display"))),
            text(entry.value(QStringLiteral("channel"))),
            text(entry.value(QStringLiteral("action"))),
            text(entry.value(QStringLiteral("entity_type"))),
            text(entry.value(QStringLiteral("entity_id"))),
            text(entry.value(QStringLiteral("summary"))),
            text(entry.value(QStringLiteral("hash"))),
            QString::fromUtf8(canonical)};
}

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

AuditExport::Result failure(const QString& message, qint64 seq = 0)
{
    return AuditExport::Result{false, message, seq};
}

} // namespace

AuditExport::Result AuditExport::write(const QString& path, Format format,
                                       const QString& organizationId, const EntrySource& source,
                                       const std::optional<CacheStore::Checkpoint>& checkpoint,
                                       bool utf8Bom,
                                       const std::optional<AuditExportBundle::Evidence>& tree)
{
    if (!checkpoint) {
        return failure(tr("There is no verified audit checkpoint in the offline data yet. Run "
                          "\"purser sync\" while online first."));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return failure(tr("Cannot write %1.").arg(path));
    }
    if (format == Format::Csv) {
        if (utf8Bom) {
            file.write("\xEF\xBB\xBF"); // so Excel reads the file as UTF-8
        }
        file.write(Csv::line(csvColumns));
    }
    qint64 count = 0;
    qint64 first = 0;
    qint64 last = 0;
    QList<qint64> seqs;
    bool writeFailed = false;
    const bool complete = source([&](const QList<QJsonObject>& chunk) {
        for (const QJsonObject& entry : chunk) {
            const QByteArray canonical = canonicalJson(entry).value_or(QByteArray());
            file.write(format == Format::Csv ? Csv::line(csvFields(entry, canonical))
                                             : canonical + '\n');
            last = entry.value(QStringLiteral("seq")).toInteger();
            first = count == 0 ? last : first;
            seqs.append(last);
            ++count;
        }
        writeFailed = file.error() != QFileDevice::NoError;
        return !writeFailed;
    });
    if (writeFailed) {
        file.cancelWriting();
        return failure(tr("Cannot write %1.").arg(path));
    }
    if (!complete) {
        file.cancelWriting();
        return failure(tr("Export cancelled; nothing was written."));
    }
    if (count == 0) {
        file.cancelWriting();
        return failure(tr("No audit-log entries in the offline data match that period."));
    }
    std::optional<AuditBundle> bundle;
    if (tree) {
        QString reason;
        bundle = AuditExportBundle::build(seqs, *tree, &reason);
        if (!bundle) {
            file.cancelWriting();
            return failure(reason);
        }
    }
    if (!file.commit()) {
        return failure(tr("Cannot write %1.").arg(path));
    }
    QJsonObject manifest{{QStringLiteral("file"), QFileInfo(path).fileName()},
                         {QStringLiteral("format"),
                          format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("jsonl")},
                         {QStringLiteral("sha256"), QString::fromLatin1(sha256Of(path))},
                         {QStringLiteral("organization_id"), organizationId},
                         {QStringLiteral("entries"), count},
                         {QStringLiteral("first_seq"), first},
                         {QStringLiteral("last_seq"), last},
                         {QStringLiteral("exported_at"),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                         {QStringLiteral("checkpoint"), checkpoint->toJson()}};
    if (bundle) {
        manifest.insert(QStringLiteral("tree"), bundle->toJson());
        if (!tree->witnesses.isEmpty()) {
            manifest.insert(QStringLiteral("witnesses"), tree->witnesses);
        }
    }
    QSaveFile manifestFile(manifestPath(path));
    if (!manifestFile.open(QIODevice::WriteOnly)) {
        return failure(tr("Cannot write %1.").arg(manifestPath(path)));
    }
    manifestFile.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    if (!manifestFile.commit()) {
        return failure(tr("Cannot write %1.").arg(manifestPath(path)));
    }
    Result result;
    result.ok = true;
    result.message = tr("Exported %1 audit entries (%2 to %3) to %4, manifest %5.")
                         .arg(count)
                         .arg(first)
                         .arg(last)
                         .arg(path, manifestPath(path));
    return result;
}

AuditExport::Result AuditExport::verify(const QString& path, const QStringList& trustedFingerprints,
                                        const QStringList& requiredWitnesses)
{
    QFile manifestFile(manifestPath(path));
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        return failure(tr("The manifest %1 is missing.").arg(manifestPath(path)));
    }
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    const QJsonObject checkpointJson = manifest.value(QStringLiteral("checkpoint")).toObject();
    const QString org = manifest.value(QStringLiteral("organization_id")).toString();
    if (manifest.isEmpty() || checkpointJson.isEmpty() || org.isEmpty()) {
        return failure(tr("The manifest %1 is damaged.").arg(manifestPath(path)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(tr("Cannot read %1.").arg(path));
    }
    QString data = QString::fromUtf8(file.readAll());
    const bool csv = manifest.value(QStringLiteral("format")).toString() == QStringLiteral("csv");
    if (csv && data.startsWith(QChar(0xFEFF))) {
        data.remove(0, 1); // the optional UTF-8 byte-order mark for Excel
    }

    // Entries, with the line each came from, so a bad one can be named.
    QList<QPair<int, QJsonObject>> entries;
    if (csv) {
        const QList<QStringList> rows = Csv::parse(data);
        for (int i = 1; i < rows.size(); ++i) {
            const QStringList& row = rows.at(i);
            QJsonParseError error;
            const QJsonObject entry =
                QJsonDocument::fromJson(row.value(csvColumns.size() - 1).toUtf8(), &error).object();
            if (row.size() != csvColumns.size() || error.error != QJsonParseError::NoError) {
                return failure(
                    tr("Row %1 of the export cannot be read: it was changed.").arg(i + 1));
            }
            // The readable columns must say what the verified JSON says, and the JSON column
            // must be the entry's canonical bytes (a duplicate key, read first-wins by other
            // tools, would show text the hash does not cover).
            QStringList expected = csvFields(entry, canonicalJson(entry).value_or(QByteArray()));
            QStringList shown = row;
            for (QString& field : shown) {
                if (field.startsWith(u'\'') && field.size() > 1 &&
                    QStringLiteral("=+-@").contains(field.at(1))) {
                    field.remove(0, 1);
                }
            }
            if (shown != expected) {
                const qint64 seq = entry.value(QStringLiteral("seq")).toInteger();
                return failure(tr("Entry %1 (row %2) was changed: its columns do not match its "
                                  "recorded content.")
                                   .arg(seq)
                                   .arg(i + 1),
                               seq);
            }
            entries.append({i + 1, entry});
        }
    } else {
        QStringList lines = data.split(u'\n');
        if (!lines.isEmpty() && lines.last().isEmpty()) {
            lines.removeLast(); // the newline that ends the last line
        }
        for (int i = 0; i < lines.size(); ++i) {
            QJsonParseError error;
            const QByteArray bytes = lines.at(i).toUtf8();
            const QJsonObject entry = QJsonDocument::fromJson(bytes, &error).object();
            if (error.error != QJsonParseError::NoError) {
                return failure(
                    tr("Line %1 of the export cannot be read: it was changed.").arg(i + 1));
            }
            // Each line is the entry's canonical JSON byte for byte (docs/audit-log.md), as an
            // independent verifier reads it: a duplicate key, an escape, a space or a CR more
            // is a changed line, even where the parsed entry still hashes right.
            if (canonicalJson(entry).value_or(QByteArray()) != bytes) {
                return failure(tr("Line %1 of the export is not its entry's canonical JSON: it "
                                  "was changed.")
                                   .arg(i + 1));
            }
            entries.append({i + 1, entry});
        }
    }
    if (entries.isEmpty()) {
        return failure(tr("The export holds no entries."));
    }

    const QJsonObject& firstEntry = entries.first().second;
    const qint64 first = firstEntry.value(QStringLiteral("seq")).toInteger();
    const qint64 last = entries.last().second.value(QStringLiteral("seq")).toInteger();
    // The manifest says what was exported; a file with fewer (or other) entries is not that
    // export, however well what remains verifies.
    if (manifest.value(QStringLiteral("entries")).toInteger(-1) != entries.size() ||
        manifest.value(QStringLiteral("first_seq")).toInteger(-1) != first ||
        manifest.value(QStringLiteral("last_seq")).toInteger(-1) != last) {
        return failure(tr("Verification FAILED: the manifest lists %1 entries (%2 to %3), the "
                          "file holds %4 (%5 to %6).")
                           .arg(manifest.value(QStringLiteral("entries")).toInteger())
                           .arg(manifest.value(QStringLiteral("first_seq")).toInteger())
                           .arg(manifest.value(QStringLiteral("last_seq")).toInteger())
                           .arg(entries.size())
                           .arg(first)
                           .arg(last));
    }
    std::optional<AuditBundle> bundle;
    if (manifest.contains(QStringLiteral("tree"))) {
        QString reason;
        bundle = AuditBundle::fromJson(manifest.value(QStringLiteral("tree")).toObject(), &reason);
        if (!bundle) {
            return failure(
                tr("Verification FAILED: the manifest's tree section is damaged: %1.").arg(reason));
        }
    }
    // Each entry's own hash; the links between them when the export is a contiguous run.
    const bool chained = !bundle || bundle->contiguous;
    AuditChain chain(first - 1, firstEntry.value(QStringLiteral("prev_hash")).toString());
    QList<QJsonObject> plain;
    for (const auto& [line, entry] : entries) {
        const qint64 seq = entry.value(QStringLiteral("seq")).toInteger();
        const bool ok = chained ? chain.append(entry)
                                : AuditChain::computeHash(entry) ==
                                      entry.value(QStringLiteral("hash")).toString();
        if (!ok) {
            const qint64 bad = chained ? chain.verdict().badSeq : seq;
            const QString why =
                chained ? chain.verdict().reason : QStringLiteral("entry %1 was changed").arg(seq);
            return failure(
                tr("Verification FAILED at entry %1 (line %2): %3").arg(bad).arg(line).arg(why),
                bad);
        }
        plain.append(entry);
    }

    QByteArray signerKey;
    QString vouch;
    if (bundle) {
        const AuditBundle::Verdict verdict = bundle->verify(plain, org);
        if (!verdict.ok) {
            return failure(tr("Verification FAILED: %1.").arg(verdict.reason), verdict.badSeq);
        }
        signerKey = bundle->publicKey;
        vouch = tr("are in the audit tree of %1 entries whose checkpoint was signed by %2")
                    .arg(verdict.checkpoint.size)
                    .arg(verdict.keyName);
    } else {
        CacheStore::Checkpoint checkpoint;
        checkpoint.seq = checkpointJson.value(QStringLiteral("seq")).toInteger();
        checkpoint.hash = checkpointJson.value(QStringLiteral("hash")).toString();
        checkpoint.signedAt = checkpointJson.value(QStringLiteral("signed_at")).toString();
        checkpoint.keyId = checkpointJson.value(QStringLiteral("key_id")).toString();
        checkpoint.signature = checkpointJson.value(QStringLiteral("signature")).toString();
        checkpoint.publicKey = checkpointJson.value(QStringLiteral("public_key")).toString();
        QString reason;
        if (!verifyStoredCheckpoint(org, checkpoint, &reason)) {
            return failure(tr("Verification FAILED: %1.").arg(reason));
        }
        if (checkpoint.seq < first || checkpoint.seq > last) {
            return failure(tr("Verification FAILED: the signed checkpoint (entry %1) is outside "
                              "the exported entries %2 to %3, so it cannot vouch for them.")
                               .arg(checkpoint.seq)
                               .arg(first)
                               .arg(last));
        }
        for (const auto& [line, entry] : entries) {
            if (entry.value(QStringLiteral("seq")).toInteger() == checkpoint.seq &&
                entry.value(QStringLiteral("hash")).toString() != checkpoint.hash) {
                return failure(tr("Verification FAILED at entry %1 (line %2): it differs from "
                                  "the signed checkpoint.")
                                   .arg(checkpoint.seq)
                                   .arg(line),
                               checkpoint.seq);
            }
        }
        signerKey = QByteArray::fromBase64(checkpoint.publicKey.toLatin1());
        vouch = tr("chain correctly, and entry %1 matches the checkpoint signed %2")
                    .arg(checkpoint.seq)
                    .arg(checkpoint.signedAt);
    }

    if (QString::fromLatin1(sha256Of(path)) !=
        manifest.value(QStringLiteral("sha256")).toString()) {
        return failure(tr("Verification FAILED: the file's SHA-256 differs from the manifest."));
    }
    // Consistent: now whose key is it? Only a key the verifier trusts makes it evidence.
    const QString fingerprint = KeyAnnouncement::fingerprint(signerKey);
    const bool trusted = std::any_of(
        trustedFingerprints.cbegin(), trustedFingerprints.cend(), [&](const QString& typed) {
            return KeyAnnouncement::fingerprintMatches(typed, signerKey);
        });
    if (!trusted) {
        Result result = failure(
            trustedFingerprints.isEmpty()
                ? tr("NOT VERIFIED: the export is consistent, but it is signed by key %1 and you "
                     "named no key you trust. Compare that fingerprint with your organisation's "
                     "signing key and pass --trusted-key FINGERPRINT, or sync this computer with "
                     "the server first.")
                      .arg(fingerprint)
                : tr("NOT VERIFIED: the export is consistent, but it is signed by key %1, which "
                     "is not a key you trust. Anyone can sign a consistent export with a key of "
                     "their own.")
                      .arg(fingerprint));
        result.untrusted = true;
        return result;
    }
    // Chosen witnesses must have cosigned the very checkpoint the entries were proven against.
    const QStringList absent =
        AuditExportEvidence::missing(manifest.value(QStringLiteral("witnesses")).toArray(),
                                     bundle ? bundle->note : QByteArray(), requiredWitnesses);
    if (!absent.isEmpty()) {
        Result result = failure(tr("NOT VERIFIED: the export is consistent and signed by key %1, "
                                   "which you trust, but witness %2 did not cosign its "
                                   "checkpoint.")
                                    .arg(fingerprint, absent.join(QStringLiteral(", "))));
        result.missingWitness = true;
        return result;
    }
    Result result;
    result.ok = true;
    const qint64 leftOut = last - first + 1 - entries.size();
    // A filtered export proves each entry it holds, not that the range between is complete.
    result.message =
        leftOut == 0
            ? tr("Verified: %1 entries (%2 to %3) %4, key %5, which you trust.")
                  .arg(entries.size())
                  .arg(first)
                  .arg(last)
                  .arg(vouch, fingerprint)
            : tr("Verified: %1 selected entries between %2 and %3 %4, key %5, which you trust. "
                 "This export is a selection: %6 entries in that range are not in it, so it "
                 "does not show everything that happened between them.")
                  .arg(entries.size())
                  .arg(first)
                  .arg(last)
                  .arg(vouch, fingerprint)
                  .arg(leftOut);
    return result;
}

} // namespace purser
