// The subcommands of purser-server: migrate (SQLite, and PostgreSQL when the throwaway cluster
// is there), create-org, create-user, backup while serving, rotate-signing-key.
// Everything runs the real build/bin/purser-server binary.
#include "tests/server/ServerOpsHelpers.h"
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
using purser::test::ServerOpsHelpers;
using purser::test::ServerProcess;

class TestServerSubcommands : public QObject, public ServerOpsHelpers
{
    Q_OBJECT

private Q_SLOTS:
    void migrateReportsAndIsRepeatable();
    void migrateOnPostgres();
    void migrateFailureExitsOne();
    void createOrgAndUserCanSignIn();
    void createUserRefusals_data();
    void createUserRefusals();
    void backupIsConsistentWhileServing();
    void rotateSigningKeyKeepsOldKeys();
};

void TestServerSubcommands::migrateReportsAndIsRepeatable()
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

void TestServerSubcommands::migrateOnPostgres()
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

void TestServerSubcommands::migrateFailureExitsOne()
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

void TestServerSubcommands::createOrgAndUserCanSignIn()
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

void TestServerSubcommands::createUserRefusals_data()
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

void TestServerSubcommands::createUserRefusals()
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

void TestServerSubcommands::backupIsConsistentWhileServing()
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
    const QStringList args{QStringLiteral("backup"), QStringLiteral("--config"),
                           QStringLiteral("/dev/null"), QStringLiteral("--data-dir"),
                           server.dataDir(), QStringLiteral("--out"), out,
                           // A full restore keeps the server's identity: only when asked
                           // (the default leaves private keys out, tst_server_sealing).
                           QStringLiteral("--include-private-keys")};
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
    QCOMPARE(manifest.value(QStringLiteral("private_keys")).toBool(), true);
    QVERIFY(result.out.contains("private keys: TLS key"));
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

void TestServerSubcommands::rotateSigningKeyKeepsOldKeys()
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

QTEST_MAIN(TestServerSubcommands)
#include "tst_server_subcommands.moc"
