// What is sealed stays sealed (issue 13, findings 11 and 12), through the real server on SQLite
// or PostgreSQL (PURSER_TEST_BACKEND): a bank account or NULL written straight into a sealed
// column is an integrity error, never served and never adopted at the next start; receipt
// files (uploaded and demo) are ciphertext on disk and in backups, and still download as the
// original bytes; a default backup holds no private key and says what it holds.
#include "tests/support/DomainTestClient.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using purser::test::DomainReply;
using purser::test::DomainTestClient;
using purser::test::ServerProcess;

namespace {
const QString kOwner = QStringLiteral("owner@acme.example");
const QString kMember = QStringLiteral("member@acme.example");
const QString kRaw = QStringLiteral("sealing-raw");

// A PNG whose bytes are unlike anything else on disk.
QByteArray distinctPng()
{
    QByteArray png =
        QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                            "1f15c4890000000d49444154789c6360000000000500010d0a2db40000"
                            "000049454e44ae426082");
    png.append("MEDICAL-BILL-DIAGNOSIS-7f3a9c-DO-NOT-LEAK-");
    png.append(QByteArray(512, 'Q'));
    return png;
}

// True when any file under dir contains needle.
QString fileContaining(const QString& dir, const QByteArray& needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
            return file.fileName();
        }
    }
    return {};
}
} // namespace

class TestServerSealing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void plaintextAndNullInSealedColumnsAreIntegrityErrors();
    void uploadedReceiptIsSealedOnDisk();
    void demoReceiptsAreSealedOnDisk();
    void receiptsStoredBeforeSealingAreSealedAtStart();
    void defaultBackupHoldsNoPrivateKeyNorPlainReceipt();

private:
    QSqlDatabase raw();
    void exec(const QString& sql, const QVariantList& binds = {});
    QVariant scalar(const QString& sql, const QVariantList& binds = {});
    void restart();
    QString draftClaim();
    DomainReply uploadPng(const QString& claim, const QByteArray& bytes);
    QByteArray demoReceiptBytes(QString* claimId, QString* receiptId);

    DomainTestClient m_client;
};

void TestServerSealing::initTestCase()
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

void TestServerSealing::cleanupTestCase()
{
    if (QSqlDatabase::contains(kRaw)) {
        QSqlDatabase::database(kRaw).close();
    }
    QSqlDatabase::removeDatabase(kRaw);
    QCOMPARE(m_client.stop(), 0);
}

QSqlDatabase TestServerSealing::raw()
{
    return m_client.openDatabase(kRaw);
}

void TestServerSealing::exec(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(raw());
    q.prepare(sql);
    for (const QVariant& value : binds) {
        q.addBindValue(value);
    }
    QVERIFY2(q.exec(), qPrintable(q.lastError().text() + u' ' + sql));
}

QVariant TestServerSealing::scalar(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(raw());
    q.prepare(sql);
    for (const QVariant& value : binds) {
        q.addBindValue(value);
    }
    if (!q.exec() || !q.next()) {
        qWarning() << q.lastError().text() << sql;
        return {};
    }
    return q.value(0);
}

void TestServerSealing::restart()
{
    QCOMPARE(m_client.stop(), 0);
    ServerProcess::Options options;
    options.dataDir = m_client.server().dataDir();
    options.databaseUrl = m_client.databaseUrl();
    QVERIFY2(m_client.server().start(options), qPrintable(m_client.server().errorString()));
}

QString TestServerSealing::draftClaim()
{
    const DomainReply reply =
        m_client.as(kMember, "POST", QStringLiteral("/claims"),
                    {{QStringLiteral("category"), QStringLiteral("medical")},
                     {QStringLiteral("description"), QStringLiteral("Clinic visit")},
                     {QStringLiteral("amount"),
                      QJsonObject{{QStringLiteral("amount"), 4200},
                                  {QStringLiteral("currency"), QStringLiteral("SGD")}}},
                     {QStringLiteral("incurred_on"), QDate::currentDate().toString(Qt::ISODate)}});
    return reply.json().value(QStringLiteral("id")).toString();
}

DomainReply TestServerSealing::uploadPng(const QString& claim, const QByteArray& bytes)
{
    QByteArray contentType;
    const QByteArray body = DomainTestClient::multipart("file", QStringLiteral("bill.png"),
                                                        "image/png", bytes, &contentType);
    return m_client.send(
        "POST", QStringLiteral("/api/v1/orgs/%1/claims/%2/receipts").arg(m_client.acme(), claim),
        body, m_client.token(kMember), {}, contentType);
}

// The original bytes of one demo receipt, as the API serves them.
QByteArray TestServerSealing::demoReceiptBytes(QString* claimId, QString* receiptId)
{
    for (const QJsonValue& item : m_client.listAll(kOwner, QStringLiteral("claims"))) {
        const QJsonObject claim = item.toObject();
        const QJsonArray receipts = claim.value(QStringLiteral("receipts")).toArray();
        if (receipts.isEmpty()) {
            continue;
        }
        *claimId = claim.value(QStringLiteral("id")).toString();
        *receiptId = receipts.first().toObject().value(QStringLiteral("id")).toString();
        const DomainReply reply = m_client.as(
            kOwner, "GET", QStringLiteral("/claims/%1/receipts/%2").arg(*claimId, *receiptId));
        return reply.status == 200 ? reply.body : QByteArray();
    }
    return {};
}

void TestServerSealing::plaintextAndNullInSealedColumnsAreIntegrityErrors()
{
    const QJsonArray employees = m_client.listAll(kOwner, QStringLiteral("employees"));
    QVERIFY(employees.size() > 20);
    const QString planted = employees.at(5).toObject().value(QStringLiteral("id")).toString();
    const QJsonObject erased = employees.at(6).toObject();
    const QString erasedId = erased.value(QStringLiteral("id")).toString();
    QVERIFY(!erased.value(QStringLiteral("national_id")).toString().isEmpty());

    // The attack: a bank account written around the server, and a national ID erased.
    exec(QStringLiteral("UPDATE employees SET bank_account = ? WHERE id = ?"),
         {QStringLiteral("PLANTED-ACCOUNT-0042"), planted});
    exec(QStringLiteral("UPDATE employees SET national_id = NULL WHERE id = ?"), {erasedId});
    restart(); // the old code "sealed" the planted account here, adopting it for good

    QCOMPARE(scalar(QStringLiteral("SELECT bank_account FROM employees WHERE id = ?"), {planted})
                 .toString(),
             QStringLiteral("PLANTED-ACCOUNT-0042")); // left as found, as evidence
    QVERIFY(scalar(QStringLiteral("SELECT national_id FROM employees WHERE id = ?"), {erasedId})
                .isNull());
    DomainReply reply = m_client.as(kOwner, "GET", QStringLiteral("/employees/") + planted);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.body.contains("PLANTED-ACCOUNT-0042"));
    QVERIFY(!reply.json().contains(QStringLiteral("bank_account")));
    QVERIFY(reply.json()
                .value(QStringLiteral("integrity_errors"))
                .toArray()
                .contains(QStringLiteral("bank_account")));
    reply = m_client.as(kOwner, "GET", QStringLiteral("/employees/") + erasedId);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json().contains(QStringLiteral("national_id")));
    QVERIFY(reply.json()
                .value(QStringLiteral("integrity_errors"))
                .toArray()
                .contains(QStringLiteral("national_id")));
    const QByteArray log = m_client.server().output();
    QVERIFY(log.contains("integrity error: employees.bank_account of record " + planted.toUtf8()));
    QVERIFY(log.contains("integrity error: employees.national_id of record " + erasedId.toUtf8()));
    QVERIFY(!log.contains("PLANTED-ACCOUNT-0042"));

    // A genuine "none" is sealed too: a new employee without bank details reads back clean.
    const DomainReply created =
        m_client.as(kOwner, "POST", QStringLiteral("/employees"),
                    {{QStringLiteral("employee_no"), QStringLiteral("SEAL-1")},
                     {QStringLiteral("full_name"), QStringLiteral("Sealed None")},
                     {QStringLiteral("email"), QStringLiteral("sealed.none@acme.example")},
                     {QStringLiteral("department"), QStringLiteral("Finance")},
                     {QStringLiteral("position"), QStringLiteral("Clerk")},
                     {QStringLiteral("employment_type"), QStringLiteral("full_time")},
                     {QStringLiteral("start_date"), QStringLiteral("2026-01-05")}});
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    QVERIFY(scalar(QStringLiteral("SELECT bank_account FROM employees WHERE id = ?"), {id})
                .toString()
                .startsWith(u"v1:"));
    reply = m_client.as(kOwner, "GET", QStringLiteral("/employees/") + id);
    QVERIFY(!reply.json().contains(QStringLiteral("integrity_errors")));
    QVERIFY(!reply.json().contains(QStringLiteral("bank_account")) ||
            reply.json().value(QStringLiteral("bank_account")).isNull());
}

void TestServerSealing::uploadedReceiptIsSealedOnDisk()
{
    const QString claim = draftClaim();
    QVERIFY(!claim.isEmpty());
    const QByteArray bytes = distinctPng();
    const DomainReply reply = uploadPng(claim, bytes);
    QVERIFY2(reply.status == 201, reply.body.constData());
    const QString uploads = m_client.server().dataDir() + QStringLiteral("/uploads");
    const QString found = fileContaining(uploads, "MEDICAL-BILL-DIAGNOSIS-7f3a9c");
    QVERIFY2(found.isEmpty(), qPrintable(found));
    const DomainReply back =
        m_client.as(kMember, "GET",
                    QStringLiteral("/claims/%1/receipts/%2")
                        .arg(claim, reply.json().value(QStringLiteral("id")).toString()));
    QCOMPARE(back.status, 200);
    QCOMPARE(back.body, bytes);
}

void TestServerSealing::demoReceiptsAreSealedOnDisk()
{
    QString claim;
    QString receipt;
    const QByteArray bytes = demoReceiptBytes(&claim, &receipt);
    QVERIFY(bytes.size() > 64);
    const QString uploads = m_client.server().dataDir() + QStringLiteral("/uploads");
    const QString found = fileContaining(uploads, bytes.mid(bytes.size() / 2 - 16, 32));
    QVERIFY2(found.isEmpty(), qPrintable(found));
    QVERIFY(fileContaining(uploads, bytes.left(8)).isEmpty()); // not even the magic bytes
}

void TestServerSealing::receiptsStoredBeforeSealingAreSealedAtStart()
{
    // A database from before sealed receipts: the row has no file key, the file is plain.
    const QString claim = draftClaim();
    const QByteArray bytes = distinctPng() + "LEGACY";
    const DomainReply reply = uploadPng(claim, bytes);
    QCOMPARE(reply.status, 201);
    const QString rid = reply.json().value(QStringLiteral("id")).toString();
    const QString employee =
        scalar(QStringLiteral("SELECT employee_id FROM receipts WHERE id = ?"), {rid}).toString();
    const QString storage =
        scalar(QStringLiteral("SELECT storage_name FROM receipts WHERE id = ?"), {rid}).toString();
    const QString path = m_client.server().dataDir() + QStringLiteral("/uploads/") +
                         m_client.acme() + u'/' + employee + u'/' + storage;
    QCOMPARE(m_client.stop(), 0);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    exec(QStringLiteral("UPDATE receipts SET file_key = NULL WHERE id = ?"), {rid});
    exec(QStringLiteral("DELETE FROM data_migrations WHERE name = '0050_seal_absent_values'"));
    ServerProcess::Options options;
    options.dataDir = m_client.server().dataDir();
    options.databaseUrl = m_client.databaseUrl();
    QVERIFY2(m_client.server().start(options), qPrintable(m_client.server().errorString()));

    const QString uploads = m_client.server().dataDir() + QStringLiteral("/uploads");
    QVERIFY(fileContaining(uploads, "MEDICAL-BILL-DIAGNOSIS-7f3a9c").isEmpty());
    QVERIFY(!QFile::exists(path)); // replaced by its sealed copy
    QVERIFY(scalar(QStringLiteral("SELECT file_key FROM receipts WHERE id = ?"), {rid})
                .toString()
                .startsWith(u"v1:"));
    const DomainReply back =
        m_client.as(kMember, "GET", QStringLiteral("/claims/%1/receipts/%2").arg(claim, rid));
    QCOMPARE(back.status, 200);
    QCOMPARE(back.body, bytes);
}

void TestServerSealing::defaultBackupHoldsNoPrivateKeyNorPlainReceipt()
{
    const QString claim = draftClaim();
    const QByteArray bytes = distinctPng();
    QCOMPARE(uploadPng(claim, bytes).status, 201);
    QString demoClaim;
    QString demoReceipt;
    const QByteArray demo = demoReceiptBytes(&demoClaim, &demoReceipt);
    QVERIFY(!demo.isEmpty());

    QTemporaryDir target;
    const QString out = target.filePath(QStringLiteral("backup"));
    QStringList args{QStringLiteral("backup"),
                     QStringLiteral("--config"),
                     QStringLiteral("/dev/null"),
                     QStringLiteral("--data-dir"),
                     m_client.server().dataDir(),
                     QStringLiteral("--out"),
                     out};
    if (m_client.postgres()) {
        args << QStringLiteral("--database") << m_client.databaseUrl();
    }
    QProcess backup;
    backup.start(ServerProcess::serverBinary(), args);
    QVERIFY(backup.waitForFinished(120000));
    const QByteArray printed = backup.readAllStandardOutput();
    QVERIFY2(backup.exitCode() == 0, backup.readAllStandardError().constData());
    QVERIFY2(printed.contains("private keys: none"), printed.constData());

    QDirIterator it(out, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        QVERIFY2(!path.endsWith(QStringLiteral(".key")) &&
                     !path.endsWith(QStringLiteral(".secret")),
                 qPrintable(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains("PRIVATE KEY"), qPrintable(path));
        QVERIFY2(!content.contains("MEDICAL-BILL-DIAGNOSIS-7f3a9c"), qPrintable(path));
        QVERIFY2(!content.contains(demo.mid(demo.size() / 2 - 16, 32)), qPrintable(path));
    }
    QVERIFY(files > 3);
    QVERIFY(QFile::exists(out + QStringLiteral("/tls/server.crt")));
    QFile manifestFile(out + QStringLiteral("/backup.json"));
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    QCOMPARE(manifest.value(QStringLiteral("private_keys")).toBool(), false);
    QCOMPARE(manifest.value(QStringLiteral("master_key")).toBool(), false);
    QCOMPARE(manifest.value(QStringLiteral("uploads_sealed")).toBool(), true);
    QVERIFY(manifest.value(QStringLiteral("files")).toObject().contains(QStringLiteral("tls")));
    if (m_client.postgres()) {
        return; // the database itself is in pg_dump, not in this folder
    }
    // It restores: with the master key (kept apart) put back, a server starts on it with a TLS
    // key and a signing key of its own.
    QVERIFY(QFile::copy(m_client.server().dataDir() + QStringLiteral("/keys/master.key"),
                        out + QStringLiteral("/keys/master.key")));
    ServerProcess restored;
    ServerProcess::Options options;
    options.dataDir = out;
    options.demo = false;
    QVERIFY2(restored.start(options), qPrintable(restored.errorString()));
    QVERIFY(restored.fingerprint() != m_client.server().fingerprint());
    QCOMPARE(restored.stop(), 0);
}

QTEST_GUILESS_MAIN(TestServerSealing)
#include "tst_server_sealing.moc"
