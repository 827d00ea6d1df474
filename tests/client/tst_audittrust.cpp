// The two attacks of issue 15, performed against the REAL purser-server and the headless
// `purser` commands:
//  - a forged export: an `approve` row deleted from a CSV export, the chain recomputed, a new
//    checkpoint (and tree note) signed with a fresh Ed25519 key that the manifest carries.
//    verify-export must refuse it with its own exit code and name the key;
//  - a rewritten range in the server's database (triggers disabled, chain, tree and head
//    recomputed, the server's own checkpoints deleted) after this client synced: the next
//    sync must raise the alarm, from the first rewritten entry, and keep raising it.
#include "core/AuditChain.h"
#include "core/CheckpointVerifier.h"
#include "core/KeyAnnouncement.h"
#include "core/MerkleFrontier.h"
#include "core/MerkleHash.h"
#include "core/SignedNote.h"
#include "core/TreeCheckpoint.h"
#include "services/AuditExport.h"
#include "tests/client/HeadlessInstallation.h"
#include "tests/support/AuditLogTamper.h"
#include "tests/support/DomainTestClient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <QtTest>
#include <sodium.h>

using namespace purser;
using namespace purser::test;

namespace {

const QString kAuditor = QStringLiteral("auditor@acme.example");
const QString kFinance = QStringLiteral("finance@acme.example");
const QString kOwner = QStringLiteral("owner@acme.example");
constexpr int kUntrusted = 6;
constexpr int kWitnessMissing = 7;

QList<QJsonObject> readJsonLines(const QString& path)
{
    QFile file(path);
    QList<QJsonObject> entries;
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (!line.trimmed().isEmpty()) {
                entries.append(QJsonDocument::fromJson(line).object());
            }
        }
    }
    return entries;
}

} // namespace

class TestAuditTrust : public QObject
{
    Q_OBJECT

private:
    DomainTestClient m_server;
    HeadlessInstallation m_client;
    QString m_serverKey; // the fingerprint of the server's signing key

    void approvePayrollRun()
    {
        const QJsonObject run =
            m_server
                .as(kFinance, "POST", QStringLiteral("/payroll-runs"),
                    {{QStringLiteral("period_start"), QStringLiteral("2032-03-01")},
                     {QStringLiteral("period_end"), QStringLiteral("2032-03-31")},
                     {QStringLiteral("pay_date"), QStringLiteral("2032-03-28")}})
                .json();
        const QString path =
            QStringLiteral("/payroll-runs/") + run.value(QStringLiteral("id")).toString();
        QCOMPARE(m_server.as(kFinance, "POST", path + QStringLiteral("/submit")).status, 200);
        QCOMPARE(m_server.as(kOwner, "POST", path + QStringLiteral("/approve")).status, 200);
    }

    // purser export-audit of one entity's entries as JSON Lines; the exit code.
    int exportEntity(const QString& entity, const QString& out, QByteArray* output)
    {
        return m_client.run({QStringLiteral("export-audit"), QStringLiteral("--org"),
                             m_client.organization(), QStringLiteral("--entity"), entity,
                             QStringLiteral("--format"), QStringLiteral("jsonl"),
                             QStringLiteral("--out"), out},
                            {}, output);
    }

    // purser verify-export against the server's signing key; the exit code.
    int verifyTrusted(const QString& path, QByteArray* output)
    {
        return m_client.run(
            {QStringLiteral("verify-export"), QStringLiteral("--trusted-key"), m_serverKey, path},
            {}, output);
    }

    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

    // Stops the server, runs one purser-server subcommand (if any) on its data, starts it again.
    bool restartAfter(const QStringList& command)
    {
        const QString dataDir = m_server.server().dataDir();
        const int port = m_server.server().baseUrl().port();
        if (m_server.server().stop() != 0) {
            return false;
        }
        if (!command.isEmpty()) {
            QStringList arguments = command;
            if (m_server.postgres()) {
                arguments << QStringLiteral("--database") << m_server.databaseUrl();
            }
            QProcess tool;
            tool.start(ServerProcess::serverBinary(), arguments);
            if (!tool.waitForFinished(60000) || tool.exitCode() != 0) {
                qWarning() << tool.readAllStandardError();
                return false;
            }
        }
        ServerProcess::Options options;
        options.dataDir = dataDir;
        options.databaseUrl = m_server.databaseUrl();
        // The same address: the client signed in to it (the last --listen wins).
        options.extraArgs = {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)};
        return m_server.server().start(options);
    }

    QSqlDatabase rawDatabase()
    {
        const QString name = QStringLiteral("attacker");
        if (QSqlDatabase::contains(name)) {
            return QSqlDatabase::database(name);
        }
        QSqlDatabase db;
        if (m_server.postgres()) {
            const QUrl url(m_server.databaseUrl());
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_server.server().dataDir() + QStringLiteral("/purser.db"));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        }
        db.open();
        return db;
    }

    QJsonArray serverLog()
    {
        QJsonArray all;
        qint64 after = 0;
        for (;;) {
            const DomainReply page = m_server.as(
                kAuditor, "GET", QStringLiteral("/audit-log?limit=5000&after=%1").arg(after));
            const QJsonArray items = page.json().value(QStringLiteral("items")).toArray();
            for (const QJsonValue& item : items) {
                all.append(item);
            }
            if (items.isEmpty() || !page.json().value(QStringLiteral("has_more")).toBool()) {
                return all;
            }
            after = items.last().toObject().value(QStringLiteral("seq")).toInteger();
        }
    }

    // What a forger does with an export he was handed: drop one `approve` entry, renumber and
    // re-chain the rest, and sign it all with a key of his own.
    QString forge(const QString& genuineJsonl, QByteArray* forgerPublicKey)
    {
        QList<QJsonObject> entries = readJsonLines(genuineJsonl);
        qsizetype victim = -1;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (entries.at(i).value(QStringLiteral("action")).toString() == u"approve") {
                victim = i;
            }
        }
        if (victim < 0) {
            return {};
        }
        entries.removeAt(victim);
        QString prev = AuditChain::genesisHash();
        MerkleFrontier tree;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonObject& entry = entries[i];
            entry.insert(QStringLiteral("seq"), i + 1);
            entry.insert(QStringLiteral("prev_hash"), prev);
            entry.insert(QStringLiteral("hash"), AuditChain::computeHash(entry));
            prev = entry.value(QStringLiteral("hash")).toString();
            tree.append(MerkleHash::entryLeaf(entry));
        }
        QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
        QByteArray secret(crypto_sign_SECRETKEYBYTES, '\0');
        crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
                            reinterpret_cast<unsigned char*>(secret.data()));
        *forgerPublicKey = publicKey;

        AuditCheckpoint checkpoint;
        checkpoint.orgId = m_client.organization();
        checkpoint.seq = entries.size();
        checkpoint.hash = prev;
        checkpoint.signedAt = QStringLiteral("2032-04-01T00:00:00.000Z");
        checkpoint.keyId = AuditCheckpoint::keyIdFor(publicKey);
        QByteArray signature(crypto_sign_BYTES, '\0');
        const QByteArray message = checkpoint.signedMessage();
        crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char*>(message.constData()),
                             message.size(),
                             reinterpret_cast<const unsigned char*>(secret.constData()));
        CacheStore::Checkpoint stored;
        stored.seq = checkpoint.seq;
        stored.hash = checkpoint.hash;
        stored.signedAt = checkpoint.signedAt;
        stored.keyId = checkpoint.keyId;
        stored.signature = QString::fromLatin1(signature.toBase64());
        stored.publicKey = QString::fromLatin1(publicKey.toBase64());

        SignedNote note;
        note.text = TreeCheckpoint{QStringLiteral("forger.example/") + m_client.organization(),
                                   entries.size(), tree.root()}
                        .text();
        note.sign(QStringLiteral("forger.example"), secret);
        const auto source = [entries](const AuditExport::ChunkSink& sink) { return sink(entries); };
        const QString forged = m_client.root() + QStringLiteral("/forged.csv");
        const AuditExport::Result written = AuditExport::write(
            forged, AuditExport::Format::Csv, m_client.organization(), source, stored, false,
            AuditExportBundle::Evidence{note.serialize(), publicKey, entries.size(), source, {}});
        return written.ok ? forged : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        QString reason;
        bool skip = false;
        QVERIFY2(m_server.start(&reason, &skip), qPrintable(reason));
        approvePayrollRun();
        m_serverKey = m_server.send("GET", QStringLiteral("/api/v1/server/signing-keys"))
                          .array()
                          .first()
                          .toObject()
                          .value(QStringLiteral("fingerprint"))
                          .toString();
        QCOMPARE(m_serverKey.size(), 64);
        QCOMPARE(m_client.run({QStringLiteral("sign-in"), QStringLiteral("--server"),
                               m_server.server().baseUrl().toString(), QStringLiteral("--email"),
                               kAuditor, QStringLiteral("--pin-sha256"),
                               m_server.server().fingerprint()},
                              DomainTestClient::password().toUtf8() + '\n'),
                 0);
        QByteArray output;
        QCOMPARE(m_client.run({QStringLiteral("sync")}, {}, &output), 0);
    }

    void cleanupTestCase()
    {
        QSqlDatabase::removeDatabase(QStringLiteral("attacker"));
        m_client.run({QStringLiteral("sign-out"), QStringLiteral("--remove-offline-data"),
                      QStringLiteral("--discard-unsent")});
        QCOMPARE(m_server.stop(), 0);
    }

    void genuineExportVerifiesAgainstTheTrustedKey()
    {
        const QString out = m_client.root() + QStringLiteral("/genuine.csv");
        QByteArray output;
        QCOMPARE(m_client.run({QStringLiteral("export-audit"), QStringLiteral("--org"),
                               m_client.organization(), QStringLiteral("--format"),
                               QStringLiteral("csv"), QStringLiteral("--out"), out},
                              {}, &output),
                 0);
        // The key this computer pinned when it synced...
        QCOMPARE(m_client.run({QStringLiteral("verify-export"), out}, {}, &output), 0);
        QVERIFY2(output.contains("Verified") && output.contains(m_serverKey.toLatin1()),
                 output.constData());
        // ...or the fingerprint the auditor was given, on any computer.
        QCOMPARE(m_client.run({QStringLiteral("verify-export"), QStringLiteral("--trusted-key"),
                               m_serverKey.left(16), out},
                              {}, &output),
                 0);
    }

    void forgedExportSignedByAFreshKeyIsRefused()
    {
        const QString genuine = m_client.root() + QStringLiteral("/genuine.jsonl");
        QCOMPARE(m_client.run({QStringLiteral("export-audit"), QStringLiteral("--org"),
                               m_client.organization(), QStringLiteral("--format"),
                               QStringLiteral("jsonl"), QStringLiteral("--out"), genuine}),
                 0);
        QByteArray forgerKey;
        const QString forged = forge(genuine, &forgerKey);
        QVERIFY(!forged.isEmpty());
        const QByteArray forgerFingerprint = KeyAnnouncement::fingerprint(forgerKey).toLatin1();
        QByteArray output;
        // Consistent in itself: only the key gives it away.
        QCOMPARE(m_client.run({QStringLiteral("verify-export"), forged}, {}, &output), kUntrusted);
        QVERIFY2(output.contains("NOT VERIFIED") && output.contains(forgerFingerprint),
                 output.constData());
        QVERIFY(!output.contains("Verified:"));
        QCOMPARE(verifyTrusted(forged, &output), kUntrusted);
        QVERIFY2(output.contains(forgerFingerprint), output.constData());
        // The same file is "verified" only for someone who chooses to trust the forger's key.
        QCOMPARE(m_client.run({QStringLiteral("verify-export"), QStringLiteral("--trusted-key"),
                               QString::fromLatin1(forgerFingerprint), forged},
                              {}, &output),
                 0);
    }

    void oneEntryExportStandsAloneWithLogarithmicProof()
    {
        const QJsonArray log = serverLog();
        // The entity of the first entry whose entity appears only once: a one-entry export.
        QHash<QString, int> seen;
        for (const QJsonValue& entry : log) {
            ++seen[entry.toObject().value(QStringLiteral("entity_id")).toString()];
        }
        QString entity;
        for (const QJsonValue& entry : log) {
            const QString id = entry.toObject().value(QStringLiteral("entity_id")).toString();
            if (!id.isEmpty() && seen.value(id) == 1) {
                entity = id;
                break;
            }
        }
        QVERIFY(!entity.isEmpty());
        const QString out = m_client.root() + QStringLiteral("/entity.jsonl");
        QByteArray output;
        QCOMPARE(exportEntity(entity, out, &output), 0);
        QCOMPARE(verifyTrusted(out, &output), 0);
        QFile manifest(AuditExport::manifestPath(out));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QJsonObject tree = QJsonDocument::fromJson(manifest.readAll())
                                     .object()
                                     .value(QStringLiteral("tree"))
                                     .toObject();
        // One proof per entry, or a run's boundary and one consistency proof: O(log2 n) each.
        if (tree.value(QStringLiteral("contiguous")).toBool()) {
            QVERIFY(tree.value(QStringLiteral("left")).toArray().size() +
                        tree.value(QStringLiteral("consistency")).toArray().size() <=
                    2 * 11);
        } else {
            const QJsonObject inclusion = tree.value(QStringLiteral("inclusion")).toObject();
            QVERIFY(!inclusion.isEmpty());
            for (const QJsonValue& proof : inclusion) {
                QVERIFY(proof.toArray().size() <= 11); // log2 of ~1 000 entries
            }
        }
    }

    // A filtered export proves each entry it holds, not that nothing happened in between: the
    // verdict says it is a selection and how many entries in its range it leaves out (it read
    // "Verified: 10 entries (1000 to 1010)" before). An entry taken out of the file, with the
    // file's SHA-256 in the manifest made to match, is named (it verified before).
    void filteredExportIsCalledASelection()
    {
        const QJsonArray log = serverLog();
        QHash<QString, QList<qint64>> seqsOf;
        for (const QJsonValue& entry : log) {
            const QJsonObject e = entry.toObject();
            seqsOf[e.value(QStringLiteral("entity_id")).toString()].append(
                e.value(QStringLiteral("seq")).toInteger());
        }
        QString entity;
        for (auto it = seqsOf.cbegin(); it != seqsOf.cend() && entity.isEmpty(); ++it) {
            QList<qint64> seqs = it.value();
            std::sort(seqs.begin(), seqs.end());
            if (!it.key().isEmpty() && seqs.size() >= 3 &&
                seqs.last() - seqs.first() >= seqs.size()) {
                entity = it.key(); // several entries, with others' entries between them
            }
        }
        QVERIFY(!entity.isEmpty());
        const QString out = m_client.root() + QStringLiteral("/selection.jsonl");
        QByteArray output;
        QCOMPARE(exportEntity(entity, out, &output), 0);
        QCOMPARE(verifyTrusted(out, &output), 0);
        QVERIFY2(output.contains("selection") && !output.contains(" entries ("),
                 output.constData());

        // Night attacker: a forged key in front of the real one (first-wins readers and grep
        // see it; the parser here keeps the last) verified; a line must be canonical bytes.
        {
            QFile original(out);
            QVERIFY(original.open(QIODevice::ReadOnly));
            const QByteArray genuine = original.readAll();
            const QString forgedPath = m_client.root() + QStringLiteral("/duplicate-key.jsonl");
            const QByteArray forged =
                "{\"summary\":\"Claim of SGD 31000.00 approved\"," + genuine.mid(1);
            writeFile(forgedPath, forged);
            QFile manifestIn(AuditExport::manifestPath(out));
            QVERIFY(manifestIn.open(QIODevice::ReadOnly));
            QJsonObject forgedManifest = QJsonDocument::fromJson(manifestIn.readAll()).object();
            forgedManifest.insert(QStringLiteral("file"), QStringLiteral("duplicate-key.jsonl"));
            forgedManifest.insert(
                QStringLiteral("sha256"),
                QString::fromLatin1(
                    QCryptographicHash::hash(forged, QCryptographicHash::Sha256).toHex()));
            writeFile(AuditExport::manifestPath(forgedPath),
                      QJsonDocument(forgedManifest).toJson());
            QCOMPARE(verifyTrusted(forgedPath, &output), 1);
            QVERIFY2(output.contains("canonical JSON") && !output.contains("Verified"),
                     output.constData());
        }

        // Take the first entry out and make the manifest's SHA-256 match the shorter file.
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray lines = file.readAll();
        file.close();
        lines = lines.mid(lines.indexOf('\n') + 1);
        writeFile(out, lines);
        QFile manifestFile(AuditExport::manifestPath(out));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        manifestFile.close();
        manifest.insert(QStringLiteral("sha256"),
                        QString::fromLatin1(
                            QCryptographicHash::hash(lines, QCryptographicHash::Sha256).toHex()));
        writeFile(AuditExport::manifestPath(out), QJsonDocument(manifest).toJson());
        QVERIFY(verifyTrusted(out, &output) != 0);
        QVERIFY2(output.contains("FAILED") && !output.contains("Verified"), output.constData());
        // Counts made to match too: the proof the manifest still holds names the entry.
        manifest.insert(QStringLiteral("entries"),
                        manifest.value(QStringLiteral("entries")).toInteger() - 1);
        const qint64 second = QJsonDocument::fromJson(lines.left(lines.indexOf('\n')))
                                  .object()
                                  .value(QStringLiteral("seq"))
                                  .toInteger();
        manifest.insert(QStringLiteral("first_seq"), second);
        writeFile(AuditExport::manifestPath(out), QJsonDocument(manifest).toJson());
        QVERIFY(verifyTrusted(out, &output) != 0);
        QVERIFY2(output.contains("not in the file"), output.constData());
    }

    // A rotation is followed through the note the old key signed; a key that appears without
    // one (someone with the server's files) is not trusted.
    void rotatedKeyIsFollowedOnlyThroughItsAnnouncement()
    {
        const QString dataDir = m_server.server().dataDir();
        const QString keys = dataDir + QStringLiteral("/keys/");
        QVERIFY(restartAfter({QStringLiteral("rotate-signing-key"), QStringLiteral("--config"),
                              QStringLiteral("/dev/null"), QStringLiteral("--data-dir"), dataDir}));
        approvePayrollRun();
        QByteArray output;
        QVERIFY2(m_client.run({QStringLiteral("sync")}, {}, &output) == 0, output.constData());

        // An unannounced key made current behind the server's back.
        QFile current(keys + QStringLiteral("current"));
        QVERIFY(current.open(QIODevice::ReadOnly));
        const QByteArray announced = current.readAll();
        current.close();
        QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
        QByteArray secret(crypto_sign_SECRETKEYBYTES, '\0');
        crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
                            reinterpret_cast<unsigned char*>(secret.data()));
        const QString rogue = AuditCheckpoint::keyIdFor(publicKey);
        writeFile(keys + rogue + QStringLiteral(".secret"), secret);
        writeFile(keys + rogue + QStringLiteral(".public"), publicKey.toBase64());
        writeFile(keys + QStringLiteral("current"), rogue.toLatin1());
        QVERIFY(restartAfter({}));
        approvePayrollRun();
        QVERIFY(m_client.run({QStringLiteral("sync")}, {}, &output) != 0);
        QVERIFY2(output.contains("not signed by a key this computer trusts"), output.constData());

        writeFile(keys + QStringLiteral("current"), announced);
        QVERIFY(restartAfter({}));
        QVERIFY2(m_client.run({QStringLiteral("sync")}, {}, &output) == 0, output.constData());
    }

    void exportCarriesThisWitnessAndRequiredWitnessesAreChecked()
    {
        // This computer cosigned checkpoints it verified: the server holds its witness key.
        QSqlQuery held(rawDatabase());
        QVERIFY(held.exec(QStringLiteral("SELECT witness_fingerprint FROM audit_cosignatures "
                                         "WHERE witness_name LIKE 'purser-witness-%'")));
        QVERIFY(held.next());
        const QString witness = held.value(0).toString();
        QCOMPARE(witness.size(), 64);
        while (held.next()) {
            QCOMPARE(held.value(0).toString(), witness); // one witness key per computer
        }
        const QString out = m_client.root() + QStringLiteral("/witnessed.jsonl");
        QByteArray output;
        QCOMPARE(m_client.run({QStringLiteral("export-audit"), QStringLiteral("--org"),
                               m_client.organization(), QStringLiteral("--format"),
                               QStringLiteral("jsonl"), QStringLiteral("--out"), out},
                              {}, &output),
                 0);
        QCOMPARE(m_client.run({QStringLiteral("verify-export"), QStringLiteral("--require-witness"),
                               witness, out},
                              {}, &output),
                 0);
        QVERIFY2(output.contains("Verified"), output.constData()); // with the pinned keys
        // A witness that did not cosign (another auditor's key): not verified, named.
        const QString absent = QString(64, u'e');
        QCOMPARE(m_client.run({QStringLiteral("verify-export"), QStringLiteral("--require-witness"),
                               witness, QStringLiteral("--require-witness"), absent, out},
                              {}, &output),
                 kWitnessMissing);
        QVERIFY2(output.contains(absent.toLatin1()) && output.contains("did not cosign"),
                 output.constData());
        // A cosignature moved onto another checkpoint does not count.
        QFile manifest(AuditExport::manifestPath(out));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(manifest.readAll()).object();
        manifest.close();
        QJsonArray witnesses = json.value(QStringLiteral("witnesses")).toArray();
        QCOMPARE(witnesses.size(), 1);
        QJsonObject moved = witnesses.at(0).toObject();
        QByteArray line = moved.value(QStringLiteral("cosignature")).toString().toUtf8();
        line[line.size() - 6] = line.at(line.size() - 6) == 'A' ? 'B' : 'A';
        moved.insert(QStringLiteral("cosignature"), QString::fromUtf8(line));
        json.insert(QStringLiteral("witnesses"), QJsonArray{moved});
        writeFile(AuditExport::manifestPath(out), QJsonDocument(json).toJson());
        QCOMPARE(m_client.run({QStringLiteral("verify-export"), QStringLiteral("--require-witness"),
                               witness, out},
                              {}, &output),
                 kWitnessMissing);
    }

    void rewrittenHistoryRaisesTheAlarm()
    {
        const QJsonArray log = serverLog();
        const qint64 from = log.size() - 30;
        // This client cosigned what it verified before (a witness): the server holds it.
        {
            QSqlQuery held(rawDatabase());
            QVERIFY(held.exec(QStringLiteral("SELECT COUNT(*) FROM audit_cosignatures WHERE "
                                             "witness_name LIKE 'purser-witness-%'")));
            QVERIFY(held.next() && held.value(0).toInt() >= 1);
        }
        QString error;
        QVERIFY2(AuditLogTamper::rewriteFrom(rawDatabase(), m_server.postgres(),
                                             m_client.organization(), log, from, &error, true),
                 qPrintable(error));
        approvePayrollRun(); // the log goes on; the server signs the rewritten tree
        QByteArray output;
        QVERIFY(m_client.run({QStringLiteral("sync")}, {}, &output) != 0);
        QVERIFY2(output.contains("ALARM") &&
                     output.contains(QStringLiteral("from entry %1 on").arg(from).toUtf8()) &&
                     output.contains("administrator"),
                 output.constData());
        // It stays: nothing is re-downloaded over what this computer verified.
        QVERIFY(m_client.run({QStringLiteral("sync")}, {}, &output) != 0);
        QVERIFY2(output.contains("ALARM"), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestAuditTrust)
#include "tst_audittrust.moc"
