// Encryption at rest through the real server on SQLite or PostgreSQL (PURSER_TEST_BACKEND):
// what a database dump shows, what a moved ciphertext does, key rotation, a missing master
// key, and sealing of values written in the clear before encryption existed.
#include "tests/support/DomainTestClient.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using purser::test::DomainReply;
using purser::test::DomainTestClient;
using purser::test::ServerProcess;

namespace {
const QString kOwner = QStringLiteral("owner@acme.example");
const QString kGlobexOwner = QStringLiteral("owner@globex.example");

// What the API shows of every employee's sensitive fields, by id.
QHash<QString, QJsonObject> sensitiveById(const QJsonArray& employees)
{
    QHash<QString, QJsonObject> result;
    for (const QJsonValue& value : employees) {
        const QJsonObject e = value.toObject();
        QJsonObject s;
        for (const char* key :
             {"national_id", "bank_name", "bank_account", "base_salary", "integrity_errors"}) {
            const QString k = QString::fromLatin1(key);
            if (e.contains(k)) {
                s.insert(k, e.value(k));
            }
        }
        result.insert(e.value(QStringLiteral("id")).toString(), s);
    }
    return result;
}
} // namespace

class TestServerEncryption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void rawSelectShowsOnlyCiphertext();
    void movedCiphertextIsAnIntegrityErrorNotA500();
    void dataKeyRotationKeepsValuesReadableAndIsAudited();
    void masterKeyRotationKeepsValuesReadableAndIsAudited();
    void plaintextRowsAreSealedAtStart();
    void missingMasterKeyRefusesToStart();
    void backupLeavesTheMasterKeyOut();
    void dumpAndFileScanFindNoSecrets();

private:
    QSqlDatabase rawDb();
    QVariant scalar(const QString& sql, const QVariantList& binds = {});
    void exec(const QString& sql, const QVariantList& binds = {});
    bool restart(QString* output = nullptr);
    int runCommand(const QStringList& args, QByteArray* output);
    QStringList dbArgs() const;

    DomainTestClient m_client;
    QString m_dataDir;
    QHash<QString, QJsonObject> m_before; // acme + globex employees as the owner saw them
    QStringList m_secrets;                // demo national ids and bank accounts
    QString m_brokenId;                   // acme employee with a foreign national_id
    QString m_brokenAccountId;            // acme employee with a Globex bank_account
};

void TestServerEncryption::initTestCase()
{
    QString reason;
    bool skip = false;
    if (!m_client.start(&reason, &skip)) {
        if (skip) {
            QSKIP(qPrintable(reason));
        }
        QFAIL(qPrintable(reason));
    }
    m_dataDir = m_client.server().dataDir();
    m_before = sensitiveById(m_client.listAll(kOwner, QStringLiteral("employees")));
    const auto globex = sensitiveById(m_client.listAll(kGlobexOwner, QStringLiteral("employees")));
    for (auto it = globex.cbegin(); it != globex.cend(); ++it) {
        m_before.insert(it.key(), it.value());
    }
    QCOMPARE(m_before.size(), 250);
    for (const QJsonObject& s : std::as_const(m_before)) {
        QVERIFY(s.contains(QStringLiteral("national_id")));
        QVERIFY(!s.contains(QStringLiteral("integrity_errors")));
        for (const char* key : {"national_id", "bank_account"}) {
            const QString secret = s.value(QLatin1String(key)).toString();
            if (secret.size() >= 6) {
                m_secrets.append(secret);
            }
        }
    }
}

void TestServerEncryption::cleanupTestCase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("raw"), false);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    m_client.stop();
}

QSqlDatabase TestServerEncryption::rawDb()
{
    if (QSqlDatabase::contains(QStringLiteral("raw"))) {
        return QSqlDatabase::database(QStringLiteral("raw"));
    }
    QSqlDatabase db;
    if (m_client.postgres()) {
        const QUrl url(m_client.databaseUrl());
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(m_dataDir + QStringLiteral("/purser.db"));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    db.open();
    return db;
}

QVariant TestServerEncryption::scalar(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(rawDb());
    q.prepare(sql);
    for (const QVariant& b : binds) {
        q.addBindValue(b);
    }
    if (!q.exec() || !q.next()) {
        qWarning() << q.lastError().text();
        return {};
    }
    return q.value(0);
}

void TestServerEncryption::exec(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(rawDb());
    q.prepare(sql);
    for (const QVariant& b : binds) {
        q.addBindValue(b);
    }
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

QStringList TestServerEncryption::dbArgs() const
{
    QStringList args{QStringLiteral("--data-dir"), m_dataDir};
    if (m_client.postgres()) {
        args << QStringLiteral("--database") << m_client.databaseUrl();
    }
    return args;
}

int TestServerEncryption::runCommand(const QStringList& args, QByteArray* output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(ServerProcess::serverBinary(), args + dbArgs());
    process.waitForFinished(120000);
    *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool TestServerEncryption::restart(QString* output)
{
    if (m_client.server().stop() != 0) {
        return false;
    }
    ServerProcess::Options options;
    options.dataDir = m_dataDir;
    options.databaseUrl = m_client.databaseUrl();
    const bool ok = m_client.server().start(options);
    if (output) {
        *output = ok ? QString() : m_client.server().errorString();
    }
    return ok;
}

void TestServerEncryption::rawSelectShowsOnlyCiphertext()
{
    QSqlQuery q(rawDb());
    QVERIFY(q.exec(QStringLiteral("SELECT national_id, bank_name, bank_account, "
                                  "base_salary_amount FROM employees")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        for (int i = 0; i < 4; ++i) {
            QVERIFY2(q.value(i).isNull() || q.value(i).toString().startsWith(u"v1:1:"),
                     qPrintable(q.value(i).toString()));
        }
    }
    QCOMPARE(rows, 250);
    QVERIFY(q.exec(QStringLiteral("SELECT gross, deductions, net FROM payslips")));
    int slips = 0;
    while (q.next()) {
        ++slips;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(q.value(i).toString().startsWith(u"v1:1:"));
        }
    }
    QVERIFY(slips > 0);
    QVERIFY(q.exec(QStringLiteral("SELECT gross, deductions, net FROM payroll_runs")));
    while (q.next()) {
        QVERIFY(q.value(0).toString().startsWith(u"v1:1:"));
    }
    // The master key is never in the database.
    QFile key(m_dataDir + QStringLiteral("/keys/master.key"));
    QVERIFY(key.open(QIODevice::ReadOnly));
    QCOMPARE(key.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM org_data_keys")).toInt(), 2);
}

void TestServerEncryption::movedCiphertextIsAnIntegrityErrorNotA500()
{
    const QString acme = m_client.acme();
    const QString globex = m_client.globex();
    QSqlQuery q(rawDb());
    q.prepare(QStringLiteral("SELECT id FROM employees WHERE org_id = ? ORDER BY employee_no"));
    q.addBindValue(acme);
    QVERIFY(q.exec());
    QStringList ids;
    while (q.next()) {
        ids.append(q.value(0).toString());
    }
    q.finish();
    m_brokenId = ids.at(10);
    m_brokenAccountId = ids.at(11);
    // Another employee's national id (same org), and a Globex employee's bank account.
    exec(QStringLiteral("UPDATE employees SET national_id = (SELECT national_id FROM employees "
                        "WHERE id = ?) WHERE id = ?"),
         {ids.at(12), m_brokenId});
    exec(QStringLiteral("UPDATE employees SET bank_account = (SELECT bank_account FROM "
                        "employees WHERE org_id = ? ORDER BY employee_no LIMIT 1) WHERE id = ?"),
         {globex, m_brokenAccountId});

    DomainReply reply = m_client.as(kOwner, "GET", QStringLiteral("/employees/") + m_brokenId);
    QCOMPARE(reply.status, 200);
    QJsonObject e = reply.json();
    QVERIFY(!e.contains(QStringLiteral("national_id")));
    QCOMPARE(e.value(QStringLiteral("integrity_errors")).toArray(),
             QJsonArray{QStringLiteral("national_id")});
    QCOMPARE(e.value(QStringLiteral("bank_account")),
             m_before[m_brokenId].value(QStringLiteral("bank_account")));

    reply = m_client.as(kOwner, "GET", QStringLiteral("/employees/") + m_brokenAccountId);
    QCOMPARE(reply.status, 200);
    e = reply.json();
    QVERIFY(!e.contains(QStringLiteral("bank_account")));
    QCOMPARE(e.value(QStringLiteral("integrity_errors")).toArray(),
             QJsonArray{QStringLiteral("bank_account")});

    // The list answers too; a viewer (no sensitive fields) sees no integrity error either.
    const auto listed = sensitiveById(m_client.listAll(kOwner, QStringLiteral("employees")));
    QCOMPARE(listed.size(), 200);
    QVERIFY(listed[m_brokenId].contains(QStringLiteral("integrity_errors")));
    reply = m_client.as(QStringLiteral("viewer@acme.example"), "GET",
                        QStringLiteral("/employees/") + m_brokenId);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json().contains(QStringLiteral("integrity_errors")));

    const QByteArray log = m_client.server().output();
    QVERIFY(
        log.contains("integrity error: employees.national_id of record " + m_brokenId.toUtf8()));
    QVERIFY(log.contains("integrity error: employees.bank_account of record " +
                         m_brokenAccountId.toUtf8()));
    for (const QString& secret : std::as_const(m_secrets)) {
        QVERIFY(!log.contains(secret.toUtf8()));
    }

    // An unrelated edit keeps the broken ciphertext (evidence) and still answers.
    reply = m_client.as(kOwner, "PATCH", QStringLiteral("/employees/") + m_brokenId,
                        {{QStringLiteral("position"), QStringLiteral("Auditor of Ciphers")}});
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json().contains(QStringLiteral("national_id")));
    QVERIFY(scalar(QStringLiteral("SELECT national_id FROM employees WHERE id = ?"), {m_brokenId})
                .toString()
                .startsWith(u"v1:1:"));
}

void TestServerEncryption::dataKeyRotationKeepsValuesReadableAndIsAudited()
{
    const QString acme = m_client.acme();
    QByteArray output;
    QCOMPARE(
        runCommand({QStringLiteral("rotate-data-key"), QStringLiteral("--org"), acme}, &output), 0);
    QVERIFY2(output.contains("to version 2"), output.constData());
    // The two broken values cannot be re-sealed; everything else now uses version 2.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM employees WHERE org_id = ? AND "
                                   "national_id LIKE 'v1:2:%'"),
                    {acme})
                 .toInt(),
             199);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE org_id = ? AND "
                                   "action = 'rotate_data_key' AND actor_kind = 'system'"),
                    {acme})
                 .toInt(),
             1);
    // The running server reads old and new versions alike.
    const auto after = sensitiveById(m_client.listAll(kOwner, QStringLiteral("employees")));
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (it.key() == m_brokenId || it.key() == m_brokenAccountId) {
            continue;
        }
        QCOMPARE(it.value(), m_before[it.key()]);
    }
}

void TestServerEncryption::masterKeyRotationKeepsValuesReadableAndIsAudited()
{
    QFile keyFile(m_dataDir + QStringLiteral("/keys/master.key"));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QByteArray oldKey = keyFile.readAll();
    keyFile.close();
    QByteArray output;
    QVERIFY2(runCommand({QStringLiteral("rotate-master-key")}, &output) == 0, output.constData());
    QVERIFY2(output.contains("data keys re-wrapped"), output.constData());
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QVERIFY(keyFile.readAll() != oldKey);
    keyFile.close();
    QVERIFY(!QFile::exists(keyFile.fileName() + QStringLiteral(".new")));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                   "'rotate_master_key' AND actor_kind = 'system'"))
                 .toInt(),
             2);
    // Values stay readable after a restart, which unwraps every data key with the new key.
    QVERIFY(restart());
    const auto after = sensitiveById(m_client.listAll(kGlobexOwner, QStringLiteral("employees")));
    QCOMPARE(after.size(), 50);
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        QCOMPARE(it.value(), m_before[it.key()]);
    }
    const DomainReply reply =
        m_client.as(kOwner, "GET", QStringLiteral("/employees/") + m_brokenAccountId);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json().contains(QStringLiteral("bank_account")));
}

void TestServerEncryption::plaintextRowsAreSealedAtStart()
{
    QVERIFY(m_client.server().stop() == 0);
    const QString id = m_before.keys().first();
    // A database from before encryption at rest (no sweep recorded yet): its plaintext is
    // sealed at start. (Once swept, plaintext is an integrity error: tst_server_sealing.)
    exec(QStringLiteral("DELETE FROM data_migrations"));
    exec(QStringLiteral("UPDATE employees SET national_id = ?, base_salary_amount = ? "
                        "WHERE id = ?"),
         {QStringLiteral("PLAINTEXT-ID-4242"),
          m_client.postgres() ? QVariant(QStringLiteral("777700")) : QVariant(qint64(777700)), id});
    ServerProcess::Options options;
    options.dataDir = m_dataDir;
    options.databaseUrl = m_client.databaseUrl();
    QVERIFY(m_client.server().start(options));
    QVERIFY(scalar(QStringLiteral("SELECT national_id FROM employees WHERE id = ?"), {id})
                .toString()
                .startsWith(u"v1:"));
    QVERIFY(scalar(QStringLiteral("SELECT base_salary_amount FROM employees WHERE id = ?"), {id})
                .toString()
                .startsWith(u"v1:"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM data_migrations")).toInt(), 2);
    const QString owner =
        scalar(QStringLiteral("SELECT org_id FROM employees WHERE id = ?"), {id}).toString() ==
                m_client.acme()
            ? kOwner
            : kGlobexOwner;
    const DomainReply reply = m_client.as(owner, "GET", QStringLiteral("/employees/") + id);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("national_id")).toString(),
             QStringLiteral("PLAINTEXT-ID-4242"));
    QCOMPARE(reply.json()
                 .value(QStringLiteral("base_salary"))
                 .toObject()
                 .value(QStringLiteral("amount"))
                 .toInteger(),
             777700);
}

void TestServerEncryption::missingMasterKeyRefusesToStart()
{
    QVERIFY(m_client.server().stop() == 0);
    const QString key = m_dataDir + QStringLiteral("/keys/master.key");
    QVERIFY(QFile::rename(key, key + QStringLiteral(".away")));
    QProcess process;
    process.start(ServerProcess::serverBinary(),
                  dbArgs() << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:0"));
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("purser-server: error: the master key file ") &&
                 err.contains("is missing"),
             err.constData());
    QVERIFY(!QFile::exists(key)); // no new key was made
    QVERIFY(QFile::rename(key + QStringLiteral(".away"), key));
    ServerProcess::Options options;
    options.dataDir = m_dataDir;
    options.databaseUrl = m_client.databaseUrl();
    QVERIFY(m_client.server().start(options));
}

void TestServerEncryption::backupLeavesTheMasterKeyOut()
{
    if (m_client.postgres()) {
        QSKIP("backup copies the SQLite database; PostgreSQL is dumped with pg_dump");
    }
    const QString out = m_dataDir + QStringLiteral("-backup");
    QByteArray output;
    QCOMPARE(runCommand({QStringLiteral("backup"), QStringLiteral("--out"), out}, &output), 0);
    QVERIFY(QFile::exists(out + QStringLiteral("/purser.db")));
    QVERIFY(!QFile::exists(out + QStringLiteral("/keys/master.key")));
    QFile db(out + QStringLiteral("/purser.db"));
    QVERIFY(db.open(QIODevice::ReadOnly));
    const QByteArray bytes = db.readAll();
    for (const QString& secret : std::as_const(m_secrets)) {
        QVERIFY(!bytes.contains(secret.toUtf8()));
    }
    QDir(out).removeRecursively();
}

void TestServerEncryption::dumpAndFileScanFindNoSecrets()
{
    QByteArray bytes;
    if (m_client.postgres()) {
        QProcess dump;
        dump.start(QStringLiteral("pg_dump"),
                   {QStringLiteral("--dbname=") + m_client.databaseUrl()});
        QVERIFY(dump.waitForFinished(120000));
        QCOMPARE(dump.exitCode(), 0);
        bytes = dump.readAllStandardOutput();
        QVERIFY(bytes.contains("COPY public.employees"));
    } else {
        {
            QSqlDatabase raw = QSqlDatabase::database(QStringLiteral("raw"), false);
            raw.close(); // the last connection to close checkpoints the write-ahead log
        }
        QVERIFY(m_client.server().stop() == 0);
        for (const char* suffix : {"", "-wal", "-shm"}) {
            QFile file(m_dataDir + QStringLiteral("/purser.db") + QLatin1String(suffix));
            if (file.open(QIODevice::ReadOnly)) {
                bytes += file.readAll();
            }
        }
        QVERIFY(bytes.size() > 100000);
    }
    for (const QString& secret : std::as_const(m_secrets)) {
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
    }
    QVERIFY(!bytes.contains("PLAINTEXT-ID-4242"));
    if (!m_client.postgres()) {
        ServerProcess::Options options;
        options.dataDir = m_dataDir;
        QVERIFY(m_client.server().start(options));
    }
}

QTEST_GUILESS_MAIN(TestServerEncryption)
#include "tst_server_encryption.moc"
