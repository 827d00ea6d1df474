// The command line and start-up of purser-server: help, version, clear one-line errors,
// the TLS identity in the data folder, a port already in use, an unreachable database.
#include "tests/support/ServerProcess.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using purser::test::ServerProcess;

class TestServerCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersion();
    void badArguments_data();
    void badArguments();
    void certificateIsCreatedOnceAndReused();
    void givenCertificateIsUsed();
    void portInUseIsAClearError();
    void unreachableDatabaseIsAClearError();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList& args, int timeoutMs = 30000);
};

TestServerCli::Run TestServerCli::run(const QStringList& args, int timeoutMs)
{
    QProcess process;
    process.start(ServerProcess::serverBinary(), args);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestServerCli::helpAndVersion()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--data-dir"));
    QVERIFY(help.out.contains("--listen"));
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("purser-server "));
}

void TestServerCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("no listen") << QStringList{QStringLiteral("--data-dir"),
                                              QStringLiteral("/tmp/x")}
                               << QByteArray("--listen");
    QTest::newRow("no data dir") << QStringList{QStringLiteral("--listen"),
                                                QStringLiteral("127.0.0.1:0")}
                                 << QByteArray("--data-dir");
    QTest::newRow("bad listen") << QStringList{QStringLiteral("--data-dir"),
                                               QStringLiteral("/tmp/x"), QStringLiteral("--listen"),
                                               QStringLiteral("nowhere")}
                                << QByteArray("--listen");
    QTest::newRow("unknown") << QStringList{QStringLiteral("--frobnicate")}
                             << QByteArray("--frobnicate");
    QTest::newRow("cert without key")
        << QStringList{QStringLiteral("--data-dir"), QStringLiteral("/tmp/x"),
                       QStringLiteral("--listen"),   QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--tls-cert"), QStringLiteral("/tmp/c")}
        << QByteArray("--tls-key");
    QTest::newRow("bad database url")
        << QStringList{QStringLiteral("--data-dir"), QStringLiteral("/tmp/x"),
                       QStringLiteral("--listen"),   QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--database"), QStringLiteral("mysql://x/y")}
        << QByteArray("postgres://");
}

void TestServerCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mentions);
    QTemporaryDir dir;
    for (QString& arg : args) {
        if (arg == u"/tmp/x") {
            arg = dir.path();
        }
    }
    const Run result = run(args);
    QVERIFY(result.exitCode > 0);
    QVERIFY(result.out.isEmpty());
    const QByteArray err = result.err.trimmed();
    QVERIFY2(err.startsWith("purser-server: error: "), err.constData());
    QVERIFY2(!err.contains('\n'), err.constData());
    QVERIFY2(err.contains(mentions), err.constData());
}

void TestServerCli::certificateIsCreatedOnceAndReused()
{
    QTemporaryDir dir;
    ServerProcess::Options options;
    options.dataDir = dir.path();
    options.demo = false;
    ServerProcess first;
    QVERIFY2(first.start(options), qPrintable(first.errorString()));
    const QString fingerprint = first.fingerprint();
    QCOMPARE(first.stop(), 0);
    const QString key = dir.path() + QStringLiteral("/tls/server.key");
    QCOMPARE(QFile::permissions(key) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup |
                                        QFile::WriteOther | QFile::ExeOwner),
             QFile::Permissions());
    QVERIFY(QFile::permissions(key).testFlag(QFile::ReadOwner));

    ServerProcess second;
    QVERIFY2(second.start(options), qPrintable(second.errorString()));
    QCOMPARE(second.fingerprint(), fingerprint);
    const QByteArray digest =
        second.certificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper();
    QCOMPARE(QString::fromLatin1(digest), fingerprint);
    const auto names = second.certificate().subjectAlternativeNames();
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QCOMPARE(second.stop(), 0);
}

void TestServerCli::givenCertificateIsUsed()
{
    // Make a certificate in one folder, then hand it to a server whose folder has none.
    QTemporaryDir source;
    ServerProcess maker;
    ServerProcess::Options makeOptions;
    makeOptions.dataDir = source.path();
    makeOptions.demo = false;
    QVERIFY2(maker.start(makeOptions), qPrintable(maker.errorString()));
    const QString fingerprint = maker.fingerprint();
    QCOMPARE(maker.stop(), 0);

    QTemporaryDir target;
    ServerProcess server;
    ServerProcess::Options options;
    options.dataDir = target.path();
    options.demo = false;
    options.extraArgs = {
        QStringLiteral("--tls-cert"), source.path() + QStringLiteral("/tls/server.crt"),
        QStringLiteral("--tls-key"), source.path() + QStringLiteral("/tls/server.key")};
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    QCOMPARE(server.fingerprint(), fingerprint);
    QVERIFY(!QFile::exists(target.path() + QStringLiteral("/tls/server.crt")));
    QCOMPARE(server.stop(), 0);
}

void TestServerCli::portInUseIsAClearError()
{
    ServerProcess first;
    ServerProcess::Options options;
    options.demo = false;
    QVERIFY2(first.start(options), qPrintable(first.errorString()));
    QTemporaryDir dir;
    const Run second = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:%1").arg(first.port())});
    QVERIFY(second.exitCode > 0);
    QVERIFY(!second.out.contains("listening on"));
    const QByteArray lastLine = second.err.trimmed().split('\n').last();
    QVERIFY2(lastLine.startsWith("purser-server: error: "), second.err.constData());
    QVERIFY2(lastLine.contains("in use"), lastLine.constData());
    QCOMPARE(first.stop(), 0);
}

void TestServerCli::unreachableDatabaseIsAClearError()
{
    QTemporaryDir dir;
    const Run result = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
                            QStringLiteral("postgres://purser:s3cret-pw@127.0.0.1:1/purser")});
    QVERIFY(result.exitCode > 0);
    const QByteArray lastLine = result.err.trimmed().split('\n').last();
    QVERIFY2(lastLine.startsWith("purser-server: error: cannot open the postgres database"),
             result.err.constData());
    QVERIFY(!result.err.contains("s3cret-pw"));
}

QTEST_MAIN(TestServerCli)
#include "tst_server_cli.moc"
