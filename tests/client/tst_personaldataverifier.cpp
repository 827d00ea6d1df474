// PersonalDataVerifier on a folder signed here with a real Ed25519 key, a real Merkle tree and
// real inclusion proofs (the server's half is tst_personexport): the untouched folder verifies
// against its key and is "untrusted" against another; each way a recipient could be misled
// fails and names what changed: person.json, a receipt, an audit entry (with the manifest
// fixed up), a proof swapped, the summary, a file added, a receipt taken away, a note over
// another document.
#include "core/AuditChain.h"
#include "core/CanonicalJson.h"
#include "core/KeyAnnouncement.h"
#include "core/MerkleHash.h"
#include "core/MerkleNodeCollector.h"
#include "core/MerkleProofs.h"
#include "core/PersonalDataNote.h"
#include "core/SignedNote.h"
#include "core/TreeCheckpoint.h"
#include "services/ExportFolder.h"
#include "services/PersonalDataVerifier.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <sodium.h>
#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

using namespace purser;

namespace {

const QString kIdentity = QStringLiteral("purser.test");
const QString kOrg = QStringLiteral("0b6f3c1e-2f4a-4c1d-9a43-2b7e1d7c0a11");
const QString kEmployee = QStringLiteral("7d2c4e55-0a9b-4f3e-8c21-5e6f7a8b9c0d");
const QByteArray kReceipt = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// The manifest's entry for path set to the file's new hash and size, as a forger would.
void fixManifest(const QString& folder, const QString& path)
{
    const QString manifestPath = folder + QStringLiteral("/manifest.json");
    QJsonObject manifest = QJsonDocument::fromJson(readAll(manifestPath)).object();
    QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    const QByteArray bytes = readAll(folder + u'/' + path);
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (files.at(i).toObject().value(QStringLiteral("path")).toString() == path) {
            files.replace(i, QJsonObject{{QStringLiteral("path"), path},
                                         {QStringLiteral("sha256"), sha256Hex(bytes)},
                                         {QStringLiteral("size"), bytes.size()}});
        }
    }
    manifest.insert(QStringLiteral("files"), files);
    writeAll(manifestPath, QJsonDocument(manifest).toJson());
}

QByteArray flipped(QByteArray bytes, const QByteArray& after)
{
    const qsizetype at = bytes.indexOf(after) + after.size();
    bytes[at] = bytes[at] == 'X' ? 'Y' : 'X';
    return bytes;
}

} // namespace

class TestPersonalDataVerifier : public QObject
{
    Q_OBJECT

    QByteArray m_secret;
    QByteArray m_public;
    QTemporaryDir m_dir;
    int m_folders = 0;

    // A complete export folder, signed with m_secret; its path.
    QString makeFolder()
    {
        QList<QJsonObject> log;
        QString previous = AuditChain::genesisHash();
        for (qint64 seq = 1; seq <= 5; ++seq) {
            QJsonObject entry{
                {QStringLiteral("seq"), seq},
                {QStringLiteral("occurred_at"),
                 QStringLiteral("2026-12-0%1T09:00:00.000Z").arg(seq)},
                {QStringLiteral("actor"),
                 QJsonObject{{QStringLiteral("display"), QStringLiteral("Admin")}}},
                {QStringLiteral("action"), QStringLiteral("update")},
                {QStringLiteral("summary"), QStringLiteral("Employee record updated %1").arg(seq)},
                {QStringLiteral("prev_hash"), previous}};
            previous = AuditChain::computeHash(entry);
            entry.insert(QStringLiteral("hash"), previous);
            log.append(entry);
        }
        const QList<qint64> mine{2, 4, 5}; // the person's entries; 5 is the export itself
        MerkleNodeCollector collector;
        for (const qint64 seq : mine) {
            collector.wantInclusion(seq - 1, log.size());
        }
        for (const QJsonObject& entry : log) {
            collector.addLeaf(MerkleHash::entryLeaf(entry));
        }
        QJsonObject inclusion;
        for (const qint64 seq : mine) {
            QJsonArray path;
            const auto proof = MerkleProofs::inclusion(collector, seq - 1, log.size());
            for (const QByteArray& hash : proof.value_or(QList<QByteArray>())) {
                path.append(QString::fromLatin1(hash.toBase64()));
            }
            inclusion.insert(QString::number(seq), path);
        }
        SignedNote checkpoint;
        checkpoint.text = TreeCheckpoint{TreeCheckpoint::originFor(kIdentity, kOrg), log.size(),
                                         collector.frontier().root()}
                              .text();
        checkpoint.sign(kIdentity, m_secret);

        const QJsonObject document{
            {QStringLiteral("format"), QStringLiteral("purser-personal-data/v1")},
            {QStringLiteral("organization"),
             QJsonObject{{QStringLiteral("id"), kOrg},
                         {QStringLiteral("name"), QStringLiteral("Acme")}}},
            {QStringLiteral("generated_at"), QStringLiteral("2026-12-06T05:00:00Z")},
            {QStringLiteral("employee"),
             QJsonObject{{QStringLiteral("id"), kEmployee},
                         {QStringLiteral("full_name"), QStringLiteral("Siti")}}},
            {QStringLiteral("claims"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("id"), QStringLiteral("c1")},
                 {QStringLiteral("receipts"),
                  QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("r1")},
                                         {QStringLiteral("sha256"), sha256Hex(kReceipt)}}}}}}},
            {QStringLiteral("audit_entries"), QJsonArray{log.at(1), log.at(3), log.at(4)}},
            {QStringLiteral("disclosures"), QJsonArray{log.at(4)}}};
        const QByteArray person = *canonicalJson(document);
        PersonalDataNote note;
        note.serverIdentity = kIdentity;
        note.organizationId = kOrg;
        note.employeeId = kEmployee;
        note.documentSha256 = sha256Hex(person);
        note.generatedAt = QStringLiteral("2026-12-06T05:00:00Z");

        const QString target = m_dir.filePath(QStringLiteral("export-%1").arg(++m_folders));
        ExportFolder folder(target);
        QString error;
        const QJsonObject proofs{
            {QStringLiteral("note"), QString::fromUtf8(checkpoint.serialize())},
            {QStringLiteral("public_key"), QString::fromLatin1(m_public.toBase64())},
            {QStringLiteral("inclusion"), inclusion}};
        const bool written =
            folder.open(&error) && folder.add(QStringLiteral("person.json"), person, &error) &&
            folder.add(QStringLiteral("signature.note"), note.sign(m_secret), &error) &&
            folder.add(QStringLiteral("audit-proofs.json"), *canonicalJson(proofs), &error) &&
            folder.add(QStringLiteral("receipts/taxi.pdf"), kReceipt, &error) &&
            folder.add(QStringLiteral("summary.pdf"), "%PDF-1.4 summary", &error) &&
            folder.writeManifest(
                {{QStringLiteral("format"), QStringLiteral("purser-personal-data-export/v1")}},
                &error) &&
            folder.moveIntoPlace(&error);
        return written ? target : error;
    }

    QString trusted() const { return KeyAnnouncement::fingerprint(m_public).left(16); }

    void expectFailureNaming(const QString& folder, const QString& name)
    {
        const PersonalDataVerifier::Result result =
            PersonalDataVerifier::verify(folder, {trusted()});
        QVERIFY2(!result.ok && !result.untrusted, qPrintable(result.message));
        QVERIFY2(result.message.contains(name), qPrintable(result.message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        m_public.resize(crypto_sign_PUBLICKEYBYTES);
        m_secret.resize(crypto_sign_SECRETKEYBYTES);
        crypto_sign_keypair(reinterpret_cast<unsigned char*>(m_public.data()),
                            reinterpret_cast<unsigned char*>(m_secret.data()));
    }

    void anUntouchedFolderVerifiesAgainstItsKeyOnly()
    {
        const QString folder = makeFolder();
        PersonalDataVerifier::Result result = PersonalDataVerifier::verify(folder, {trusted()});
        QVERIFY2(result.ok, qPrintable(result.message));
        result = PersonalDataVerifier::verify(folder, {QStringLiteral("0123456789abcdef")});
        QVERIFY2(!result.ok && result.untrusted, qPrintable(result.message));
        QCOMPARE(result.fingerprint, KeyAnnouncement::fingerprint(m_public));
    }

    void aFlippedByteInPersonJsonIsNamed()
    {
        const QString folder = makeFolder();
        writeAll(folder + QStringLiteral("/person.json"),
                 flipped(readAll(folder + QStringLiteral("/person.json")), "\"full_name\":\""));
        fixManifest(folder, QStringLiteral("person.json"));
        expectFailureNaming(folder, QStringLiteral("person.json"));
    }

    void aFlippedByteInAReceiptIsNamed()
    {
        const QString folder = makeFolder();
        writeAll(folder + QStringLiteral("/receipts/taxi.pdf"), flipped(kReceipt, "%PDF-1."));
        fixManifest(folder, QStringLiteral("receipts/taxi.pdf"));
        expectFailureNaming(folder, QStringLiteral("receipts/taxi.pdf"));
    }

    void aFlippedByteInAnAuditEntryNamesTheEntry()
    {
        const QString folder = makeFolder();
        writeAll(folder + QStringLiteral("/person.json"),
                 flipped(readAll(folder + QStringLiteral("/person.json")),
                         "\"summary\":\"Employee record updated "));
        fixManifest(folder, QStringLiteral("person.json"));
        expectFailureNaming(folder, QStringLiteral("audit entry 2 "));
    }

    void aFlippedByteInTheSummaryIsNamed()
    {
        const QString folder = makeFolder();
        writeAll(folder + QStringLiteral("/summary.pdf"), "%PDF-1.4 summarY");
        expectFailureNaming(folder, QStringLiteral("summary.pdf"));
    }

    void anAddedFileIsNamed()
    {
        const QString folder = makeFolder();
        writeAll(folder + QStringLiteral("/receipts/extra.pdf"), kReceipt);
        expectFailureNaming(folder, QStringLiteral("receipts/extra.pdf"));
    }

    void aReceiptTakenAwayIsFound()
    {
        const QString folder = makeFolder();
        QVERIFY(QFile::remove(folder + QStringLiteral("/receipts/taxi.pdf")));
        QJsonObject manifest =
            QJsonDocument::fromJson(readAll(folder + QStringLiteral("/manifest.json"))).object();
        QJsonArray files;
        for (const QJsonValue& file : manifest.value(QStringLiteral("files")).toArray()) {
            if (!file.toObject()
                     .value(QStringLiteral("path"))
                     .toString()
                     .startsWith(QStringLiteral("receipts/"))) {
                files.append(file);
            }
        }
        manifest.insert(QStringLiteral("files"), files);
        writeAll(folder + QStringLiteral("/manifest.json"), QJsonDocument(manifest).toJson());
        expectFailureNaming(folder, QStringLiteral("receipt"));
    }

    void aSwappedProofNamesTheEntry()
    {
        const QString folder = makeFolder();
        QJsonObject proofs =
            QJsonDocument::fromJson(readAll(folder + QStringLiteral("/audit-proofs.json")))
                .object();
        QJsonObject inclusion = proofs.value(QStringLiteral("inclusion")).toObject();
        inclusion.insert(QStringLiteral("2"), inclusion.value(QStringLiteral("4")));
        proofs.insert(QStringLiteral("inclusion"), inclusion);
        writeAll(folder + QStringLiteral("/audit-proofs.json"), QJsonDocument(proofs).toJson());
        fixManifest(folder, QStringLiteral("audit-proofs.json"));
        expectFailureNaming(folder, QStringLiteral("audit entry 2 "));
    }

    // A genuine note by the same key, but over another document: person.json is not it.
    void aNoteOverAnotherDocumentFails()
    {
        const QString folder = makeFolder();
        QString reason;
        auto note =
            PersonalDataNote::parse(readAll(folder + QStringLiteral("/signature.note")), &reason);
        QVERIFY2(note, qPrintable(reason));
        note->documentSha256 = sha256Hex("another document");
        writeAll(folder + QStringLiteral("/signature.note"), note->sign(m_secret));
        fixManifest(folder, QStringLiteral("signature.note"));
        expectFailureNaming(folder, QStringLiteral("person.json"));
    }

    // Outside attacker, round 2: the folder around the signed document must not lie either.
    void aLinkedFolderIsRefused()
    {
        const QString folder = makeFolder();
        QTemporaryDir outside;
        writeAll(outside.filePath(QStringLiteral("bonus.pdf")), kReceipt);
        QVERIFY(QFile::link(outside.path(), folder + QStringLiteral("/receipts/more")));
        expectFailureNaming(folder, QStringLiteral("receipts/more"));
    }

    void aListedFileLinkedOutsideIsRefused()
    {
        const QString folder = makeFolder();
        QTemporaryDir outside;
        const QString target = outside.filePath(QStringLiteral("summary.pdf"));
        QVERIFY(QFile::copy(folder + QStringLiteral("/summary.pdf"), target));
        QVERIFY(QFile::remove(folder + QStringLiteral("/summary.pdf")));
        QVERIFY(QFile::link(target, folder + QStringLiteral("/summary.pdf")));
        expectFailureNaming(folder, QStringLiteral("summary.pdf"));
    }

#if defined(Q_OS_UNIX)
    void aListedFifoIsRefusedAtOnce()
    {
        const QString folder = makeFolder();
        const QString fifo = folder + QStringLiteral("/receipts/pipe.pdf");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QJsonObject manifest =
            QJsonDocument::fromJson(readAll(folder + QStringLiteral("/manifest.json"))).object();
        QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
        files.append(QJsonObject{{QStringLiteral("path"), QStringLiteral("receipts/pipe.pdf")},
                                 {QStringLiteral("sha256"), QString(64, u'0')},
                                 {QStringLiteral("size"), 10}});
        manifest.insert(QStringLiteral("files"), files);
        writeAll(folder + QStringLiteral("/manifest.json"), QJsonDocument(manifest).toJson());
        expectFailureNaming(folder, QStringLiteral("receipts/pipe.pdf")); // no hang
    }
#endif

    void aRelativeFolderVerifies()
    {
        const QString folder = makeFolder();
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(QFileInfo(folder).absolutePath()));
        const PersonalDataVerifier::Result result = PersonalDataVerifier::verify(
            QFileInfo(folder).fileName() + QStringLiteral("/"), {trusted()});
        QVERIFY(QDir::setCurrent(before));
        QVERIFY2(result.ok, qPrintable(result.message));
    }

    void terminalControlsFromTheFolderAreNotPrinted()
    {
        const QString folder = makeFolder();
        writeAll(folder + QStringLiteral("/receipts/x\x1b[2K\r\x1b[32mVerified.pdf"), kReceipt);
        const PersonalDataVerifier::Result result =
            PersonalDataVerifier::verify(folder, {trusted()});
        QVERIFY(!result.ok);
        QVERIFY2(!result.message.contains(QChar(0x1b)) && !result.message.contains(u'\r'),
                 qPrintable(result.message.toHtmlEscaped()));
    }
};

QTEST_GUILESS_MAIN(TestPersonalDataVerifier)
#include "tst_personaldataverifier.moc"
