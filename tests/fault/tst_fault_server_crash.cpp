// Crash: kill -9 of the server while receipts upload, at random points, again and again.
// After each restart a user must find every receipt that was answered 201, nothing twice
// (each upload carries an Idempotency-Key and unanswered ones are sent again with it), no
// half file and no stray file under uploads/, and each stored file byte-identical.
#include "tests/fault/AuditLogReader.h"
#include "tests/fault/ClientPool.h"
#include "tests/support/DomainTestClient.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <algorithm>

using namespace purser::test;

namespace {
const QString kMember = QStringLiteral("member@acme.example");
const QString kOwner = QStringLiteral("owner@acme.example");
constexpr int kRounds = 6;
constexpr int kUploadsPerRound = 8;

// A PNG signature and header, then filler: the server sniffs the magic bytes only.
QByteArray receiptBytes(int round, int index)
{
    QByteArray data = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
    const int size = 256 * 1024 + QRandomGenerator::global()->bounded(3 * 1024 * 1024);
    QByteArray filler(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        filler[i] = static_cast<char>((i * 31 + round * 7 + index) & 0xff);
    }
    return data + filler;
}
} // namespace

class TestFaultServerCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killDuringUploads();

private:
    void restart();
    QStringList filesUnderUploads();

    DomainTestClient m_client;
};

void TestFaultServerCrash::initTestCase()
{
    QString reason;
    bool skip = false;
    if (!m_client.start(&reason, &skip)) {
        if (skip) {
            QSKIP(qPrintable(reason));
        }
        QFAIL(qPrintable(reason));
    }
}

void TestFaultServerCrash::restart()
{
    ServerProcess::Options options;
    options.dataDir = m_client.server().dataDir();
    options.databaseUrl = m_client.databaseUrl();
    options.demo = false;
    QVERIFY2(m_client.server().start(options), qPrintable(m_client.server().errorString()));
}

QStringList TestFaultServerCrash::filesUnderUploads()
{
    QStringList names;
    QDirIterator it(m_client.server().dataDir() + QStringLiteral("/uploads"),
                    QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        names << it.next().section(u'/', -1);
    }
    return names;
}

void TestFaultServerCrash::killDuringUploads()
{
    const DomainReply created =
        m_client.as(kMember, "POST", QStringLiteral("/claims"),
                    {{QStringLiteral("category"), QStringLiteral("travel")},
                     {QStringLiteral("description"), QStringLiteral("Crash test trip")},
                     {QStringLiteral("amount"),
                      QJsonObject{{QStringLiteral("amount"), 4200},
                                  {QStringLiteral("currency"), QStringLiteral("SGD")}}},
                     {QStringLiteral("incurred_on"), QStringLiteral("2025-12-03")}});
    QCOMPARE(created.status, 201);
    const QString claim = created.json().value(QStringLiteral("id")).toString();
    const QString path =
        QStringLiteral("/api/v1/orgs/%1/claims/%2/receipts").arg(m_client.orgId(kMember), claim);
    const QStringList demoFiles = filesUnderUploads();
    const QSet<QString> filesBefore(demoFiles.cbegin(), demoFiles.cend());

    struct Upload
    {
        QByteArray body;
        QByteArray contentType;
        QByteArray sha256;
        QString receiptId; // set once answered 201
        int lastStatus = 0;
    };
    QHash<QString, Upload> uploads; // by Idempotency-Key
    ClientPool pool(kUploadsPerRound);
    int killedMidway = 0;

    auto sendAll = [&](const QStringList& keys) {
        pool.setServer(m_client.server().baseUrl(), m_client.server().certificate());
        int n = 0;
        for (const QString& key : keys) {
            const Upload& u = uploads[key];
            pool.send(n++ % pool.size(), "POST", path, u.body, m_client.token(kMember),
                      {{"Idempotency-Key", key.toLatin1()}}, u.contentType,
                      [&uploads, key](const PoolAnswer& a) {
                          uploads[key].lastStatus = a.status;
                          if (a.status == 201) {
                              uploads[key].receiptId = QJsonDocument::fromJson(a.body)
                                                           .object()
                                                           .value(QStringLiteral("id"))
                                                           .toString();
                          } else if (a.status != 0 && a.status != 409) {
                              qWarning() << "upload answered" << a.status << a.body;
                          }
                      });
        }
    };

    // At least four kills must land while some upload has no answer yet.
    for (int round = 0; round < kRounds || killedMidway < 4; ++round) {
        QVERIFY2(round < 20, "the uploads always finished before the kill");
        QStringList keys;
        for (int i = 0; i < kUploadsPerRound; ++i) {
            const QString key = QStringLiteral("crash-%1-%2").arg(round).arg(i);
            Upload u;
            const QByteArray data = receiptBytes(round, i);
            u.sha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
            u.body = DomainTestClient::multipart("file", key + QStringLiteral(".png"), "image/png",
                                                 data, &u.contentType);
            uploads.insert(key, u);
            keys << key;
        }
        sendAll(keys);
        QTest::qWait(static_cast<int>(QRandomGenerator::global()->bounded(5, 250)));
        const int answeredBefore =
            static_cast<int>(std::count_if(keys.cbegin(), keys.cend(), [&](const QString& k) {
                return !uploads[k].receiptId.isEmpty();
            }));
        m_client.server().kill();
        QVERIFY(pool.waitIdle(30000));
        if (answeredBefore < kUploadsPerRound) {
            ++killedMidway;
        }
        restart();

        // No half file survives a restart: only published receipts remain.
        for (const QString& name : filesUnderUploads()) {
            QVERIFY2(!name.startsWith(u".tmp-"), qPrintable(name));
        }
        // Whatever got no answer is sent again with its key until it is answered 201.
        for (int attempt = 0; attempt < 5; ++attempt) {
            QStringList missing;
            for (const QString& k : keys) {
                if (uploads[k].receiptId.isEmpty()) {
                    missing << k;
                }
            }
            if (missing.isEmpty()) {
                break;
            }
            sendAll(missing);
            QVERIFY(pool.waitIdle(30000));
        }
    }
    QStringList stuck; // no 201 even after retries with the same key
    for (auto it = uploads.cbegin(); it != uploads.cend(); ++it) {
        if (it->receiptId.isEmpty()) {
            QVERIFY2(it->lastStatus == 409, qPrintable(it.key()));
            stuck << it.key();
        }
    }
    qInfo() << uploads.size() << "uploads," << killedMidway << "kills mid-way," << stuck.size()
            << "keys left 'in progress' by a kill";
    // The stored answer commits with the upload itself (IdempotencyGuard), so a kill -9 at
    // any point leaves the key either answered or unused: never "in progress" for good.
    QVERIFY2(stuck.isEmpty(), qPrintable(stuck.join(u' ')));

    // Every answered receipt is on the claim exactly once, with its bytes; a stuck key may or
    // may not have been applied, but never twice.
    const DomainReply claimNow = m_client.as(kMember, "GET", QStringLiteral("/claims/") + claim);
    QCOMPARE(claimNow.status, 200);
    const QJsonArray receipts = claimNow.json().value(QStringLiteral("receipts")).toArray();
    const qsizetype answered = uploads.size() - stuck.size();
    QVERIFY2(
        receipts.size() >= answered && receipts.size() <= uploads.size(),
        qPrintable(
            QStringLiteral("%1 receipts for %2 uploads").arg(receipts.size()).arg(uploads.size())));
    QHash<QString, QString> shaById;
    for (const QJsonValue& r : receipts) {
        shaById.insert(r.toObject().value(QStringLiteral("id")).toString(),
                       r.toObject().value(QStringLiteral("sha256")).toString());
    }
    QCOMPARE(shaById.size(), receipts.size());
    for (const Upload& u : std::as_const(uploads)) {
        if (u.receiptId.isEmpty()) {
            continue;
        }
        QVERIFY2(shaById.contains(u.receiptId), qPrintable(u.receiptId));
        QCOMPARE(shaById.value(u.receiptId).toLatin1(), u.sha256);
        const DomainReply download = m_client.as(
            kMember, "GET", QStringLiteral("/claims/%1/receipts/%2").arg(claim, u.receiptId));
        QCOMPARE(download.status, 200);
        QCOMPARE(QCryptographicHash::hash(download.body, QCryptographicHash::Sha256).toHex(),
                 u.sha256);
    }
    // No stray file: the new files under uploads/ are exactly the receipts.
    QSet<QString> newFiles;
    for (const QString& name : filesUnderUploads()) {
        if (!filesBefore.contains(name)) {
            newFiles.insert(name);
        }
    }
    QCOMPARE(newFiles.size(), receipts.size());

    // The audit log has one upload entry per receipt, the chain verifies, and the Merkle tree
    // (written in the same transactions, killed at random points) gives the signed root.
    const QJsonArray log = AuditLogReader::wholeLog(m_client, kOwner);
    const QString problem = AuditLogReader::chainProblem(log);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString treeProblem = AuditLogReader::treeProblem(m_client, kOwner, log);
    QVERIFY2(treeProblem.isEmpty(), qPrintable(treeProblem));
    const QHash<QString, int> uploadsLogged =
        AuditLogReader::countsByEntity(log, QStringLiteral("receipt"), QStringLiteral("upload"));
    for (const QString& id : shaById.keys()) {
        QVERIFY2(uploadsLogged.value(id) == 1, qPrintable(id));
    }
}

QTEST_GUILESS_MAIN(TestFaultServerCrash)
#include "tst_fault_server_crash.moc"
