// Operating purser-server: configuration file, environment and command line (precedence and
// plain-words errors), the subcommands (migrate, create-org, create-user, backup), GET
// /metrics and JSON logs. Everything runs the real build/bin/purser-server binary.
#include "tests/support/PostgresTestDatabase.h"
#include "tests/support/ServerProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using purser::test::PostgresTestDatabase;
using purser::test::ServerProcess;

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray requestId;
    QByteArray contentType;
};

} // namespace

class TestServerOps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsPrecedence();
    void configErrorsArePlainWords_data();
    void configErrorsArePlainWords();
    void databaseUrlErrorHidesThePassword();
    void migrateReportsAndIsRepeatable();
    void migrateOnPostgres();
    void migrateFailureExitsOne();
    void createOrgAndUserCanSignIn();
    void createUserRefusals_data();
    void createUserRefusals();
    void backupIsConsistentWhileServing();
    void metricsCountRequestsByRoute();
    void metricsAreLoopbackOnly();
    void jsonLogsOneLinePerRequestWithoutSecrets();
    void rotateSigningKeyKeepsOldKeys();
    void versionWithCommand();

private:
    static Run run(const QStringList& args, const QMap<QString, QString>& env = {},
                   const QByteArray& input = {});
    Reply send(const ServerProcess& server, const QByteArray& method, const QString& path,
               const QByteArray& body = {},
               const QList<QPair<QByteArray, QByteArray>>& headers = {});
    static int count(const QString& dbFile, const QString& sql);

    QNetworkAccessManager m_nam;
};

Run TestServerOps::run(const QStringList& args, const QMap<QString, QString>& env,
                       const QByteArray& input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The caller's shell must not leak settings into the test.
    for (const QString& key : environment.keys()) {
        if (key.startsWith(QStringLiteral("PURSER_")) && !key.startsWith(u"PURSER_TEST")) {
            environment.remove(key);
        }
    }
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        environment.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(environment);
    process.start(ServerProcess::serverBinary(), args);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

Reply TestServerOps::send(const ServerProcess& server, const QByteArray& method,
                          const QString& path, const QByteArray& body,
                          const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QUrl url = server.baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({server.certificate()});
    request.setSslConfiguration(tls);
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    if (!body.isNull()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    }
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 reply->readAll(), reply->rawHeader("X-Request-Id"),
                 reply->rawHeader("Content-Type")};
    reply->deleteLater();
    return result;
}

int TestServerOps::count(const QString& dbFile, const QString& sql)
{
    const QString name = QStringLiteral("count-") + dbFile;
    int result = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next()) {
                result = query.value(0).toInt();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void TestServerOps::settingsPrecedence()
{
    QTemporaryDir dir;
    const QString fromFile = dir.filePath(QStringLiteral("file"));
    const QString fromEnv = dir.filePath(QStringLiteral("env"));
    const QString fromCli = dir.filePath(QStringLiteral("cli"));
    const QString config = dir.filePath(QStringLiteral("server.conf"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# a comment\n\ndata_dir = " + fromFile.toUtf8() + "\nthreads=2\n");
    file.close();
    const QString db = QStringLiteral("/purser.db");

    QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--config"), config}).exitCode, 0);
    QVERIFY(QFile::exists(fromFile + db));

    const QMap<QString, QString> env{{QStringLiteral("PURSER_DATA_DIR"), fromEnv}};
    QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--config"), config}, env).exitCode, 0);
    QVERIFY(QFile::exists(fromEnv + db));

    QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--config"), config,
                  QStringLiteral("--data-dir"), fromCli},
                 env)
                 .exitCode,
             0);
    QVERIFY(QFile::exists(fromCli + db));

    // PURSER_CONFIG names the file when --config does not.
    QDir(fromFile).removeRecursively();
    QCOMPARE(run({QStringLiteral("migrate")}, {{QStringLiteral("PURSER_CONFIG"), config}}).exitCode,
             0);
    QVERIFY(QFile::exists(fromFile + db));
}

void TestServerOps::configErrorsArePlainWords_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env"); // KEY=VALUE
    QTest::addColumn<QByteArray>("mentions");

    const QStringList serve{QStringLiteral("--data-dir"), QStringLiteral("@DIR@/data")};
    const QStringList serveListen =
        serve + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
    QTest::newRow("unknown key") << QByteArray("listen = 127.0.0.1:0\nlisten_port = 9\n") << serve
                                 << QStringList() << QByteArray("line 2: unknown setting");
    QTest::newRow("no equals") << QByteArray("data_dir /tmp\n") << serve << QStringList()
                               << QByteArray("line 1: expected `key = value`");
    QTest::newRow("repeated key") << QByteArray("threads = 2\nthreads = 3\n") << serveListen
                                  << QStringList() << QByteArray("already set on line 1");
    QTest::newRow("bad listen in file")
        << QByteArray("listen = localhost:8443\n") << serve << QStringList()
        << QByteArray("listen in @DIR@/server.conf line 1 must be HOST:PORT");
    QTest::newRow("bad threads in env")
        << QByteArray() << serveListen << QStringList{QStringLiteral("PURSER_THREADS=many")}
        << QByteArray("PURSER_THREADS must be a number from 1 to 256");
    QTest::newRow("bad log format")
        << QByteArray("log_format = xml\n") << serveListen << QStringList()
        << QByteArray("log_format in @DIR@/server.conf line 1 must be text or json");
    QTest::newRow("bad trusted proxies")
        << QByteArray() << serveListen
        << QStringList{QStringLiteral("PURSER_TRUSTED_PROXIES=10.0.0.0/8, proxy.internal")}
        << QByteArray("PURSER_TRUSTED_PROXIES must be a comma-separated list");
    QTest::newRow("tls key unreadable")
        << QByteArray("tls_cert = @DIR@/nope.crt\ntls_key = @DIR@/nope.key\n") << serveListen
        << QStringList() << QByteArray("cannot read @DIR@/nope.crt");
    QTest::newRow("tls cert without key")
        << QByteArray("tls_cert = @DIR@/server.conf\n") << serveListen << QStringList()
        << QByteArray("go together");
    QTest::newRow("data dir is a file")
        << QByteArray()
        << QStringList{QStringLiteral("--data-dir"), QStringLiteral("@DIR@/server.conf"),
                       QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
        << QStringList() << QByteArray("is not a folder");
    QTest::newRow("no listen anywhere") << QByteArray("threads = 2\n") << serve << QStringList()
                                        << QByteArray("no address to listen on");
    QTest::newRow("missing config file")
        << QByteArray()
        << QStringList{QStringLiteral("--config"), QStringLiteral("@DIR@/absent.conf")}
        << QStringList() << QByteArray("cannot read the configuration file @DIR@/absent.conf");
    QTest::newRow("unknown command") << QByteArray() << QStringList{QStringLiteral("frobnicate")}
                                     << QStringList() << QByteArray("unknown command frobnicate");
    QTest::newRow("demo with migrate")
        << QByteArray() << QStringList{QStringLiteral("migrate"), QStringLiteral("--demo")}
        << QStringList() << QByteArray("--demo only goes with serve");
    QTest::newRow("create-org without name")
        << QByteArray() << QStringList{QStringLiteral("create-org")} << QStringList()
        << QByteArray("create-org needs exactly one NAME");
    QTest::newRow("create-user without role")
        << QByteArray()
        << QStringList{QStringLiteral("create-user"),
                       QStringLiteral("--email"),
                       QStringLiteral("a@b.example"),
                       QStringLiteral("--name"),
                       QStringLiteral("A"),
                       QStringLiteral("--org"),
                       QStringLiteral("x")}
        << QStringList() << QByteArray("create-user needs --email, --name, --org");
    QTest::newRow("backup without out") << QByteArray() << QStringList{QStringLiteral("backup")}
                                        << QStringList() << QByteArray("backup needs --out DIR");
    QTest::newRow("out without backup")
        << QByteArray()
        << QStringList{QStringLiteral("migrate"), QStringLiteral("--out"), QStringLiteral("x")}
        << QStringList() << QByteArray("--out only goes with backup");
}

void TestServerOps::configErrorsArePlainWords()
{
    QFETCH(QByteArray, config);
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(QByteArray, mentions);
    QTemporaryDir dir;
    const QString conf = dir.filePath(QStringLiteral("server.conf"));
    for (QString& arg : args) {
        arg.replace(QStringLiteral("@DIR@"), dir.path());
    }
    if (!args.contains(QStringLiteral("--config"))) {
        args << QStringLiteral("--config") << conf;
    }
    QMap<QString, QString> environment;
    for (const QString& pair : env) {
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    }
    mentions.replace("@DIR@", dir.path().toUtf8());
    config.replace("@DIR@", dir.path().toUtf8());
    QFile file(conf);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config);
    file.close();
    const Run result = run(args, environment);
    QVERIFY2(result.exitCode > 0, result.err.constData());
    QVERIFY(result.out.isEmpty());
    const QByteArray err = result.err.trimmed();
    QVERIFY2(err.startsWith("purser-server: error: "), err.constData());
    QVERIFY2(!err.contains('\n'), err.constData());
    QVERIFY2(err.contains(mentions), err.constData());
}

void TestServerOps::databaseUrlErrorHidesThePassword()
{
    QTemporaryDir dir;
    const Run result =
        run({QStringLiteral("migrate"), QStringLiteral("--config"), QStringLiteral("/dev/null")},
            {{QStringLiteral("PURSER_DATABASE_URL"), QStringLiteral("mysql://u:s3cret-pw@h/db")}});
    QVERIFY(result.exitCode > 0);
    QVERIFY2(result.err.contains("PURSER_DATABASE_URL must look like postgres://"),
             result.err.constData());
    QVERIFY(!result.err.contains("s3cret-pw"));
}

void TestServerOps::migrateReportsAndIsRepeatable()
{
    QTemporaryDir dir;
    const QStringList args{QStringLiteral("migrate"), QStringLiteral("--config"),
                           QStringLiteral("/dev/null"), QStringLiteral("--data-dir"), dir.path()};
    const Run first = run(args);
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains("applied 0001_initial\n"), first.out.constData());
    QVERIFY(first.out.contains("sqlite database at schema version"));
    const Run second = run(args);
    QCOMPARE(second.exitCode, 0);
    QVERIFY(!second.out.contains("applied 0001"));
    QVERIFY2(second.out.contains("(0 applied now)"), second.out.constData());
}

void TestServerOps::migrateOnPostgres()
{
    PostgresTestDatabase pg;
    PURSER_REQUIRE_POSTGRES(pg);
    const QMap<QString, QString> env{{QStringLiteral("PURSER_DATABASE_URL"), pg.url()}};
    // No data folder needed for PostgreSQL migrations (deploy pipelines).
    const QStringList args{QStringLiteral("migrate"), QStringLiteral("--config"),
                           QStringLiteral("/dev/null")};
    const Run first = run(args, env);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY(first.out.contains("applied 0001_initial"));
    QVERIFY(first.out.contains("postgres database at schema version"));
    const Run second = run(args, env);
    QCOMPARE(second.exitCode, 0);
    QVERIFY(second.out.contains("(0 applied now)"));
}

void TestServerOps::migrateFailureExitsOne()
{
    const Run result = run({QStringLiteral("migrate"), QStringLiteral("--config"),
                            QStringLiteral("/dev/null"), QStringLiteral("--database"),
                            QStringLiteral("postgres://purser:s3cret-pw@127.0.0.1:1/purser")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("purser-server: error: migration failed: cannot open the "
                                 "postgres database"),
             result.err.constData());
    QVERIFY(!result.err.contains("s3cret-pw"));
}

void TestServerOps::createOrgAndUserCanSignIn()
{
    QTemporaryDir dir;
    const QStringList common{QStringLiteral("--config"), QStringLiteral("/dev/null"),
                             QStringLiteral("--data-dir"), dir.path()};
    const Run org =
        run(QStringList{QStringLiteral("create-org"), QStringLiteral("Initech LLC")} + common);
    QVERIFY2(org.exitCode == 0, org.err.constData());
    const QString orgId = QString::fromUtf8(org.out.trimmed());
    QVERIFY2(!QUuid::fromString(orgId).isNull(), org.out.constData());

    const Run user =
        run(QStringList{QStringLiteral("create-user"), QStringLiteral("--email"),
                        QStringLiteral("Peter@Initech.example"), QStringLiteral("--name"),
                        QStringLiteral("Peter Gibbons"), QStringLiteral("--org"), orgId,
                        QStringLiteral("--role"), QStringLiteral("admin")} +
                common,
            {}, kPassword.toUtf8() + "\n");
    QVERIFY2(user.exitCode == 0, user.err.constData());
    QVERIFY(!user.err.contains(kPassword.toUtf8()));

    // Both changes are in the organisation's audit log.
    QCOMPARE(count(dir.filePath(QStringLiteral("purser.db")),
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE org_id = '%1'").arg(orgId)),
             2);

    ServerProcess server;
    ServerProcess::Options options;
    options.dataDir = dir.path();
    options.demo = false;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    const Reply signIn = send(server, "POST", QStringLiteral("/api/v1/auth/sign-in"),
                              QJsonDocument(QJsonObject{{QStringLiteral("email"),
                                                         QStringLiteral("peter@initech.example")},
                                                        {QStringLiteral("password"), kPassword}})
                                  .toJson(QJsonDocument::Compact));
    QCOMPARE(signIn.status, 200);
    const QJsonObject session = QJsonDocument::fromJson(signIn.body).object();
    QCOMPARE(session.value(QStringLiteral("active_organization_id")).toString(), orgId);
    QVERIFY(signIn.body.contains("\"admin\""));
    QVERIFY(signIn.body.contains("Initech LLC"));
    QCOMPARE(server.stop(), 0);
}

void TestServerOps::createUserRefusals_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("org"); // @ORG@ is a real organisation
    QTest::addColumn<QString>("role");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("mentions");
    const QString org = QStringLiteral("@ORG@");
    QTest::newRow("short password")
        << QStringLiteral("a@x.example") << org << QStringLiteral("admin") << QByteArray("short\n")
        << QByteArray("at least 12 characters");
    QTest::newRow("no password") << QStringLiteral("a@x.example") << org << QStringLiteral("admin")
                                 << QByteArray() << QByteArray("at least 12 characters");
    QTest::newRow("bad role") << QStringLiteral("a@x.example") << org << QStringLiteral("boss")
                              << kPassword.toUtf8() << QByteArray("--role must be one of");
    QTest::newRow("bad email") << QStringLiteral("not-an-email") << org << QStringLiteral("admin")
                               << kPassword.toUtf8() << QByteArray("--email must be");
    QTest::newRow("unknown org") << QStringLiteral("a@x.example")
                                 << QStringLiteral("6f1c4bd2-0c55-4e0b-9d0e-2f3a1c9b7e11")
                                 << QStringLiteral("admin") << kPassword.toUtf8()
                                 << QByteArray("there is no organisation");
    QTest::newRow("existing email")
        << QStringLiteral("first@x.example") << org << QStringLiteral("viewer")
        << kPassword.toUtf8() << QByteArray("already exists");
}

void TestServerOps::createUserRefusals()
{
    QFETCH(QString, email);
    QFETCH(QString, org);
    QFETCH(QString, role);
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, mentions);
    QTemporaryDir dir;
    const QStringList common{QStringLiteral("--config"), QStringLiteral("/dev/null"),
                             QStringLiteral("--data-dir"), dir.path()};
    const Run made = run(QStringList{QStringLiteral("create-org"), QStringLiteral("X")} + common);
    QCOMPARE(made.exitCode, 0);
    const QString orgId = QString::fromUtf8(made.out.trimmed());
    auto createUser = [&](const QString& e, const QString& r, const QByteArray& pw,
                          const QString& o) {
        return run(QStringList{QStringLiteral("create-user"), QStringLiteral("--email"), e,
                               QStringLiteral("--name"), QStringLiteral("Someone"),
                               QStringLiteral("--org"),
                               QString(o).replace(QStringLiteral("@ORG@"), orgId),
                               QStringLiteral("--role"), r} +
                       common,
                   {}, pw);
    };
    QCOMPARE(createUser(QStringLiteral("first@x.example"), QStringLiteral("owner"),
                        kPassword.toUtf8(), orgId)
                 .exitCode,
             0);
    const Run result = createUser(email, role, password, org);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.trimmed().endsWith(mentions) || result.err.contains(mentions),
             result.err.constData());
    QCOMPARE(count(dir.filePath(QStringLiteral("purser.db")),
                   QStringLiteral("SELECT COUNT(*) FROM users")),
             1);
}

void TestServerOps::backupIsConsistentWhileServing()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString())); // demo data, SQLite
    QDir(server.dataDir()).mkpath(QStringLiteral("uploads/org-a"));
    QFile upload(server.dataDir() + QStringLiteral("/uploads/org-a/receipt.pdf"));
    QVERIFY(upload.open(QIODevice::WriteOnly));
    upload.write("%PDF-1.4 test receipt");
    upload.close();

    QTemporaryDir target;
    const QString out = target.filePath(QStringLiteral("backup-1"));
    const QStringList args{QStringLiteral("backup"),
                           QStringLiteral("--config"),
                           QStringLiteral("/dev/null"),
                           QStringLiteral("--data-dir"),
                           server.dataDir(),
                           QStringLiteral("--out"),
                           out};
    // Online: the server keeps running, with its connections open, while the copy is made.
    const Run result = run(args);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(send(server, "GET", QStringLiteral("/api/v1/healthz")).status == 200);
    QCOMPARE(server.stop(), 0);

    QFile manifestFile(out + QStringLiteral("/backup.json"));
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    QCOMPARE(manifest.value(QStringLiteral("format")).toString(),
             QStringLiteral("purser-backup-1"));
    QCOMPARE(manifest.value(QStringLiteral("database")).toString(), QStringLiteral("sqlite"));
    int uploadsInDataDir = 0;
    for (QDirIterator it(server.dataDir() + QStringLiteral("/uploads"), QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext(); it.next()) {
        ++uploadsInDataDir;
    }
    QVERIFY(uploadsInDataDir >= 1);
    QCOMPARE(manifest.value(QStringLiteral("upload_files")).toInt(), uploadsInDataDir);
    QVERIFY(manifest.value(QStringLiteral("schema_version")).toInt() >= 1);
    // Nothing was written after the backup, so the copy holds exactly what the live database does.
    const QString copy = out + QStringLiteral("/purser.db");
    const QString live = server.dataDir() + QStringLiteral("/purser.db");
    for (const char* table : {"employees", "users", "audit_log"}) {
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table));
        QVERIFY(count(live, sql) > 0);
        QCOMPARE(count(copy, sql), count(live, sql));
    }
    QCOMPARE(count(copy, QStringLiteral("SELECT COUNT(*) FROM employees")), 250);
    QVERIFY(QFile::exists(out + QStringLiteral("/uploads/org-a/receipt.pdf")));
    QVERIFY(QFile::exists(out + QStringLiteral("/tls/server.key")));
    QVERIFY(QFile::exists(out + QStringLiteral("/keys/current")));
    QCOMPARE(QFile::permissions(out) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    QCOMPARE(QFile::permissions(copy) & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());

    // The encryption-at-rest master key is never in a backup; the operator restores it from
    // where it is kept apart (server/README.md, "Encryption at rest").
    QVERIFY(!QFile::exists(out + QStringLiteral("/keys/master.key")));
    QVERIFY(QFile::copy(server.dataDir() + QStringLiteral("/keys/master.key"),
                        out + QStringLiteral("/keys/master.key")));

    // The copy is a working data folder: a server starts on it and signs in.
    ServerProcess restored;
    ServerProcess::Options options;
    options.dataDir = out;
    options.demo = false;
    QVERIFY2(restored.start(options), qPrintable(restored.errorString()));
    QCOMPARE(restored.fingerprint(), server.fingerprint());
    const Reply signIn = send(
        restored, "POST", QStringLiteral("/api/v1/auth/sign-in"),
        QJsonDocument(QJsonObject{{QStringLiteral("email"), QStringLiteral("owner@acme.example")},
                                  {QStringLiteral("password"), kPassword}})
            .toJson(QJsonDocument::Compact));
    QCOMPARE(signIn.status, 200);
    QCOMPARE(restored.stop(), 0);

    // An existing folder is never overwritten.
    const Run again = run(args);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("already exists"), again.err.constData());
}

void TestServerOps::metricsCountRequestsByRoute()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QCOMPARE(send(server, "GET", QStringLiteral("/api/v1/healthz")).status, 200);
    QCOMPARE(send(server, "GET", QStringLiteral("/api/v1/healthz")).status, 200);
    QCOMPARE(send(server, "GET", QStringLiteral("/api/v1/secret-path-xyz")).status, 404);
    QCOMPARE(send(server, "POST", QStringLiteral("/api/v1/auth/sign-in"),
                  R"({"email":"owner@acme.example","password":"wrong horse"})")
                 .status,
             401);
    const Reply metrics = send(server, "GET", QStringLiteral("/metrics"));
    QCOMPARE(metrics.status, 200);
    QVERIFY2(metrics.contentType.startsWith("text/plain; version=0.0.4"),
             metrics.contentType.constData());
    const QByteArray& m = metrics.body;
    QVERIFY2(m.contains("purser_http_requests_total{method=\"GET\",route=\"/api/v1/healthz\","
                        "status=\"200\"} 2\n"),
             m.constData());
    QVERIFY(m.contains("purser_http_requests_total{method=\"POST\",route=\"/api/v1/auth/sign-in\","
                       "status=\"401\"} 1\n"));
    QVERIFY(m.contains("route=\"unmatched\",status=\"404\"} 1\n"));
    QVERIFY(!m.contains("secret-path-xyz"));
    QVERIFY(m.contains("# TYPE purser_http_request_duration_seconds histogram"));
    QVERIFY(m.contains("purser_http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/"
                       "v1/healthz\",status=\"200\",le=\"+Inf\"} 2\n"));
    QVERIFY(m.contains("purser_http_request_duration_seconds_count{method=\"GET\",route=\"/api/v1/"
                       "healthz\",status=\"200\"} 2\n"));
    QVERIFY(m.contains("# TYPE purser_rate_limit_refusals_total counter"));
    QVERIFY(m.contains("purser_db_connections_open{backend=\"sqlite\"} "));
    QVERIFY(m.contains("purser_db_connections_max{backend=\"sqlite\"} 5\n"));
    QCOMPARE(send(server, "GET", QStringLiteral("/api/v1/metrics")).status, 200);
    QCOMPARE(server.stop(), 0);
}

void TestServerOps::metricsAreLoopbackOnly()
{
    // Behind a trusted proxy the client address comes from X-Forwarded-For: a remote client
    // reaching /metrics through the proxy is refused like a direct remote caller would be.
    ServerProcess server;
    ServerProcess::Options options;
    options.demo = false;
    options.extraArgs = {QStringLiteral("--trusted-proxies"), QStringLiteral("127.0.0.1")};
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    const Reply remote =
        send(server, "GET", QStringLiteral("/metrics"), {}, {{"X-Forwarded-For", "203.0.113.9"}});
    QCOMPARE(remote.status, 404);
    QVERIFY(!remote.body.contains("purser_"));
    QCOMPARE(send(server, "GET", QStringLiteral("/metrics"), {}, {{"X-Forwarded-For", "127.0.0.1"}})
                 .status,
             200);
    QCOMPARE(server.stop(), 0);

    // Not a trusted proxy: X-Forwarded-For is ignored (cannot spoof loopback either way).
    ServerProcess plain;
    options.extraArgs = {QStringLiteral("--metrics-allow"), QStringLiteral("198.51.100.0/24")};
    QVERIFY2(plain.start(options), qPrintable(plain.errorString()));
    QCOMPARE(
        send(plain, "GET", QStringLiteral("/metrics"), {}, {{"X-Forwarded-For", "203.0.113.9"}})
            .status,
        200);
    QCOMPARE(plain.stop(), 0);
}

void TestServerOps::jsonLogsOneLinePerRequestWithoutSecrets()
{
    ServerProcess server;
    ServerProcess::Options options;
    options.extraArgs = {QStringLiteral("--log-format"), QStringLiteral("json")};
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    const Reply signIn = send(
        server, "POST", QStringLiteral("/api/v1/auth/sign-in"),
        QJsonDocument(QJsonObject{{QStringLiteral("email"), QStringLiteral("admin@acme.example")},
                                  {QStringLiteral("password"), kPassword}})
            .toJson(QJsonDocument::Compact));
    QCOMPARE(signIn.status, 200);
    const QByteArray token = QJsonDocument::fromJson(signIn.body)
                                 .object()
                                 .value(QStringLiteral("token"))
                                 .toString()
                                 .toLatin1();
    QVERIFY(!token.isEmpty());
    const QString orgId = QJsonDocument::fromJson(signIn.body)
                              .object()
                              .value(QStringLiteral("active_organization_id"))
                              .toString();
    const Reply list = send(server, "GET", QStringLiteral("/api/v1/orgs/%1/employees").arg(orgId),
                            {}, {{"Authorization", "Bearer " + token}});
    QCOMPARE(list.status, 200);
    QCOMPARE(send(server, "POST", QStringLiteral("/api/v1/auth/sign-in"),
                  R"({"email":"admin@acme.example","password":"wrong horse battery"})")
                 .status,
             401);
    QTest::qWait(300);
    QCOMPARE(server.stop(), 0);

    const QByteArray log = server.output();
    int requestLines = 0;
    bool sawSignIn = false;
    bool sawEmployees = false;
    for (const QByteArray& line : log.split('\n')) {
        if (line.isEmpty() || line.startsWith("listening on") ||
            line.startsWith("certificate SHA-256")) {
            continue; // the two announcement lines on stdout stay plain
        }
        QJsonParseError error;
        const QJsonObject entry = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        QVERIFY(entry.contains(QStringLiteral("time")));
        QVERIFY(entry.contains(QStringLiteral("level")));
        if (entry.value(QStringLiteral("msg")).toString() != u"request") {
            continue;
        }
        ++requestLines;
        QVERIFY(entry.value(QStringLiteral("duration_ms")).isDouble());
        QVERIFY(!entry.value(QStringLiteral("request_id")).toString().isEmpty());
        const QString route = entry.value(QStringLiteral("route")).toString();
        if (route == u"/api/v1/auth/sign-in" &&
            entry.value(QStringLiteral("status")).toInt() == 200) {
            sawSignIn = true;
            QCOMPARE(entry.value(QStringLiteral("request_id")).toString().toLatin1(),
                     signIn.requestId);
        }
        if (route == u"/api/v1/orgs/{org}/employees") {
            sawEmployees = true;
            QCOMPARE(entry.value(QStringLiteral("status")).toInt(), 200);
        }
    }
    QCOMPARE(requestLines, 3);
    QVERIFY(sawSignIn);
    QVERIFY(sawEmployees);
    QVERIFY(!log.contains(kPassword.toUtf8()));
    QVERIFY(!log.contains("wrong horse"));
    QVERIFY(!log.contains(token));
    QVERIFY(!log.contains("Bearer"));
    QVERIFY(!log.contains(orgId.toLatin1())); // route patterns, not raw paths
}

void TestServerOps::rotateSigningKeyKeepsOldKeys()
{
    QTemporaryDir dir;
    ServerProcess::Options options;
    options.dataDir = dir.path();
    auto keyIds = [this](const ServerProcess& server) {
        const Reply reply = send(server, "GET", QStringLiteral("/api/v1/server/signing-keys"));
        QStringList ids;
        for (const QJsonValue& key : QJsonDocument::fromJson(reply.body).array()) {
            ids << key.toObject().value(QStringLiteral("key_id")).toString();
        }
        return ids;
    };
    ServerProcess first;
    QVERIFY2(first.start(options), qPrintable(first.errorString()));
    const QStringList before = keyIds(first);
    QCOMPARE(before.size(), 1);
    QCOMPARE(first.stop(), 0);

    const Run rotate = run({QStringLiteral("rotate-signing-key"), QStringLiteral("--config"),
                            QStringLiteral("/dev/null"), QStringLiteral("--data-dir"), dir.path()});
    QVERIFY2(rotate.exitCode == 0, rotate.err.constData());
    QVERIFY2(rotate.out.contains("(previous " + before.first().toLatin1() + "; 2 keys kept"),
             rotate.out.constData());
    const QByteArray newKey = rotate.out.mid(16, before.first().size());

    ServerProcess second;
    QVERIFY2(second.start(options), qPrintable(second.errorString()));
    const QStringList after = keyIds(second);
    QCOMPARE(after.size(), 2);
    QVERIFY(after.contains(before.first()));
    QVERIFY(after.contains(QString::fromLatin1(newKey)));
    // New checkpoints are signed with the new key.
    const Reply signIn = send(
        second, "POST", QStringLiteral("/api/v1/auth/sign-in"),
        QJsonDocument(QJsonObject{{QStringLiteral("email"), QStringLiteral("auditor@acme.example")},
                                  {QStringLiteral("password"), kPassword}})
            .toJson(QJsonDocument::Compact));
    QCOMPARE(signIn.status, 200);
    const QJsonObject session = QJsonDocument::fromJson(signIn.body).object();
    const Reply checkpoint =
        send(second, "GET",
             QStringLiteral("/api/v1/orgs/%1/audit-log/checkpoint")
                 .arg(session.value(QStringLiteral("active_organization_id")).toString()),
             {},
             {{"Authorization",
               "Bearer " + session.value(QStringLiteral("token")).toString().toLatin1()}});
    QCOMPARE(checkpoint.status, 200);
    QCOMPARE(QJsonDocument::fromJson(checkpoint.body)
                 .object()
                 .value(QStringLiteral("key_id"))
                 .toString()
                 .toLatin1(),
             newKey);
    QCOMPARE(second.stop(), 0);

    // Without a data folder it is a plain-words error.
    const Run missing = run({QStringLiteral("rotate-signing-key"), QStringLiteral("--config"),
                             QStringLiteral("/dev/null"), QStringLiteral("--database"),
                             QStringLiteral("postgres://u@h/db")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("no data folder"), missing.err.constData());
}

void TestServerOps::versionWithCommand()
{
    const Run version = run({QStringLiteral("migrate"), QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("purser-server "));
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* command : {"serve", "migrate", "create-org", "create-user", "backup",
                                "rotate-signing-key", "--config", "PURSER_DATABASE_URL"}) {
        QVERIFY2(help.out.contains(command), command);
    }
}

QTEST_MAIN(TestServerOps)
#include "tst_server_ops.moc"
