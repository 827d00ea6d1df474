#include "services/PersonalDataVerifier.h"

#include "core/AuditBundle.h"
#include "core/AuditChain.h"
#include "core/CanonicalJson.h"
#include "core/KeyAnnouncement.h"
#include "core/PersonalDataNote.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace purser {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("purser::PersonalDataVerifier", text);
}

// The folder's own text (file names, entry summaries) reaches a terminal through the message:
// control and bidi characters are shown as U+FFFD so they can neither paint a fake verdict nor
// reorder what the user reads.
QString printable(QString text)
{
    for (QChar& c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u <= 0x9f);
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) ||
                          u == 0x200e || u == 0x200f || u == 0x061c;
        if (control || bidi) {
            c = QChar(0xfffd);
        }
    }
    return text;
}

PersonalDataVerifier::Result failure(const QString& reason)
{
    PersonalDataVerifier::Result result;
    result.message = tr("Verification FAILED: %1").arg(printable(reason));
    return result;
}

// Reads a file of the export only when it is a regular file (not a link, FIFO or device,
// found by the walk in verify()) of the size the manifest gives, so a crafted folder can make
// the verifier neither hang nor read without end.
std::optional<QByteArray> readFile(const QString& path, std::optional<qint64> expectedSize = {})
{
    const QFileInfo info(path);
    if (info.isSymLink() || !info.isFile() || (expectedSize && info.size() != *expectedSize)) {
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return file.read(info.size() + 1);
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A manifest path names a file inside the folder: relative, no "..", one separator kind.
bool isInsideFolder(const QString& path)
{
    return !path.isEmpty() && !path.startsWith(u'/') && !path.contains(u'\\') &&
           !path.contains(u':') && QDir::cleanPath(path) == path &&
           !path.split(u'/').contains(QStringLiteral(".."));
}

QString entryName(const QJsonObject& entry)
{
    return tr("audit entry %1 (%2)")
        .arg(entry.value(QStringLiteral("seq")).toInteger())
        .arg(entry.value(QStringLiteral("summary")).toString());
}

} // namespace

PersonalDataVerifier::Result PersonalDataVerifier::verify(const QString& folder,
                                                          const QStringList& trustedFingerprints)
{
    const QDir dir(QFileInfo(folder).absoluteFilePath());
    const auto manifestBytes = readFile(dir.filePath(QStringLiteral("manifest.json")));
    if (!manifestBytes) {
        return failure(tr("manifest.json is missing from %1.").arg(folder));
    }
    const QJsonObject manifest = QJsonDocument::fromJson(*manifestBytes).object();
    if (manifest.value(QStringLiteral("format")).toString() !=
        QStringLiteral("purser-personal-data-export/v1")) {
        return failure(tr("manifest.json is not a personal-data export manifest."));
    }

    // 1. The manifest lists exactly the files that are there.
    QMap<QString, QJsonObject> listed;
    for (const QJsonValue& value : manifest.value(QStringLiteral("files")).toArray()) {
        const QString path = value.toObject().value(QStringLiteral("path")).toString();
        if (!isInsideFolder(path) || path == QStringLiteral("manifest.json") ||
            listed.contains(path)) {
            return failure(
                tr("manifest.json lists \"%1\", which is not a file of the export.").arg(path));
        }
        listed.insert(path, value.toObject());
    }
    // Every entry, links included (never followed): an export holds folders and regular files.
    QDirIterator walk(dir.absolutePath(),
                      QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                      QDirIterator::Subdirectories);
    while (walk.hasNext()) {
        const QString path = dir.relativeFilePath(walk.next());
        const QFileInfo info = walk.fileInfo();
        if (info.isSymLink() || (!info.isDir() && !info.isFile())) {
            return failure(
                tr("%1 is a link or a special file; an export holds only files.").arg(path));
        }
        if (info.isFile() && path != QStringLiteral("manifest.json") && !listed.contains(path)) {
            return failure(tr("%1 is not in the manifest: it was added.").arg(path));
        }
    }
    for (const QString& required :
         {QStringLiteral("person.json"), QStringLiteral("signature.note"),
          QStringLiteral("audit-proofs.json"), QStringLiteral("summary.pdf")}) {
        if (!listed.contains(required)) {
            return failure(tr("the manifest does not list %1.").arg(required));
        }
    }
    QMap<QString, QByteArray> files;
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        const QJsonValue size = it.value().value(QStringLiteral("size"));
        const auto bytes =
            readFile(dir.filePath(it.key()),
                     size.isDouble() ? std::optional(size.toInteger()) : std::optional<qint64>(-1));
        if (!bytes) {
            return failure(
                tr("%1 is missing, or not of the size the manifest gives.").arg(it.key()));
        }
        files.insert(it.key(), *bytes);
    }

    // 2. person.json: the document's canonical JSON, byte for byte.
    const QByteArray personBytes = files.value(QStringLiteral("person.json"));
    QJsonParseError parseError;
    const QJsonObject person = QJsonDocument::fromJson(personBytes, &parseError).object();
    if (parseError.error != QJsonParseError::NoError ||
        canonicalJson(person).value_or(QByteArray()) != personBytes) {
        return failure(tr("person.json is not the canonical JSON the server signed: it was "
                          "changed."));
    }
    const QString organizationId = person.value(QStringLiteral("organization"))
                                       .toObject()
                                       .value(QStringLiteral("id"))
                                       .toString();
    const QString employeeId =
        person.value(QStringLiteral("employee")).toObject().value(QStringLiteral("id")).toString();

    // 3. Every audit entry hashes right and is in the signed tree.
    QString reason;
    QJsonObject proofsJson =
        QJsonDocument::fromJson(files.value(QStringLiteral("audit-proofs.json"))).object();
    proofsJson.insert(QStringLiteral("contiguous"), false); // one inclusion proof per entry
    const auto proofs = AuditBundle::fromJson(proofsJson, &reason);
    if (!proofs) {
        return failure(tr("audit-proofs.json is damaged: %1.").arg(reason));
    }
    QMap<qint64, QJsonObject> entries;
    for (const QString& list : {QStringLiteral("audit_entries"), QStringLiteral("disclosures")}) {
        for (const QJsonValue& value : person.value(list).toArray()) {
            const QJsonObject entry = value.toObject();
            if (AuditChain::computeHash(entry) != entry.value(QStringLiteral("hash")).toString()) {
                return failure(tr("%1 in person.json was changed: it does not hash to its "
                                  "recorded hash.")
                                   .arg(entryName(entry)));
            }
            entries.insert(entry.value(QStringLiteral("seq")).toInteger(), entry);
        }
    }
    const AuditBundle::Verdict tree = proofs->verify(entries.values(), organizationId);
    if (!tree.ok) {
        return failure(tree.badSeq > 0 && entries.contains(tree.badSeq)
                           ? tr("%1 in person.json is not proven by the signed checkpoint: %2.")
                                 .arg(entryName(entries.value(tree.badSeq)), tree.reason)
                           : tr("audit-proofs.json: %1.").arg(tree.reason));
    }

    // 4. Every receipt file is one of person.json's receipts, and every receipt is there.
    QSet<QString> receiptHashes;
    for (const QJsonValue& claim : person.value(QStringLiteral("claims")).toArray()) {
        for (const QJsonValue& receipt :
             claim.toObject().value(QStringLiteral("receipts")).toArray()) {
            receiptHashes.insert(receipt.toObject().value(QStringLiteral("sha256")).toString());
        }
    }
    QSet<QString> receiptFiles;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!it.key().startsWith(QStringLiteral("receipts/"))) {
            continue;
        }
        const QString sha = sha256Hex(it.value());
        if (!receiptHashes.contains(sha)) {
            return failure(
                tr("%1 is not any receipt of person.json: it was changed.").arg(it.key()));
        }
        receiptFiles.insert(sha);
    }
    if (receiptFiles != receiptHashes) {
        return failure(tr("a receipt of person.json has no file in receipts/."));
    }

    // 5. The server's signed note names this person.json, with the key that signed the tree.
    const QByteArray noteBytes = files.value(QStringLiteral("signature.note"));
    const auto note = PersonalDataNote::verify(noteBytes, proofs->publicKey, &reason);
    if (!note) {
        return failure(tr("signature.note does not verify with the export's key: %1.").arg(reason));
    }
    if (note->documentSha256 != sha256Hex(personBytes)) {
        return failure(tr("person.json was changed after the server signed it (its SHA-256 "
                          "differs from signature.note)."));
    }
    if (note->organizationId != organizationId || note->employeeId != employeeId ||
        note->serverIdentity != tree.keyName ||
        note->generatedAt != person.value(QStringLiteral("generated_at")).toString()) {
        return failure(tr("signature.note names another organisation, person, server or time "
                          "than person.json."));
    }

    // 6. Every file as the manifest says (summary.pdf is covered only here).
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        const QByteArray bytes = files.value(it.key());
        if (sha256Hex(bytes) != it.value().value(QStringLiteral("sha256")).toString() ||
            bytes.size() != it.value().value(QStringLiteral("size")).toInteger(-1)) {
            return failure(
                tr("%1 was changed: its SHA-256 differs from the manifest.").arg(it.key()));
        }
    }

    // Consistent. Whose key? Anyone can sign a consistent export with a key of their own.
    Result result;
    result.fingerprint = KeyAnnouncement::fingerprint(proofs->publicKey);
    const bool trusted = std::any_of(
        trustedFingerprints.cbegin(), trustedFingerprints.cend(), [&](const QString& typed) {
            return KeyAnnouncement::fingerprintMatches(typed, proofs->publicKey);
        });
    const QString what = tr("person.json, %1 receipt(s) and %2 audit entries, signed %3")
                             .arg(receiptFiles.size())
                             .arg(entries.size())
                             .arg(note->generatedAt);
    if (!trusted) {
        result.untrusted = true;
        result.message =
            tr("NOT VERIFIED: the export is consistent (%1), but it is signed by key %2, which "
               "is not a key you trust. Compare that fingerprint with your organisation's "
               "signing key and pass --trusted-key FINGERPRINT.")
                .arg(what, result.fingerprint);
        return result;
    }
    result.ok = true;
    result.message = tr("Verified: %1, key %2, which you trust.").arg(what, result.fingerprint);
    return result;
}

} // namespace purser
