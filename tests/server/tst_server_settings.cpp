// Settings of purser-server: configuration file, environment and command line (precedence and
// plain-words errors that never echo a database password), and --version with a command.
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

class TestServerSettings : public QObject, public ServerOpsHelpers
{
    Q_OBJECT

private Q_SLOTS:
    void settingsPrecedence();
    void configErrorsArePlainWords_data();
    void configErrorsArePlainWords();
    void databaseUrlErrorHidesThePassword();
    void versionWithCommand();
};

void TestServerSettings::settingsPrecedence()
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

void TestServerSettings::configErrorsArePlainWords_data()
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

void TestServerSettings::configErrorsArePlainWords()
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

void TestServerSettings::databaseUrlErrorHidesThePassword()
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

void TestServerSettings::versionWithCommand()
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

QTEST_MAIN(TestServerSettings)
#include "tst_server_settings.moc"
