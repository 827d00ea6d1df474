// The server and its PostgreSQL connection: a restart of PostgreSQL while the server runs
// (every request afterwards gets 2xx, or 503 with Retry-After for a write, never 500; reads
// succeed), and the options of a postgres:// URL (sslmode reaches libpq; unknown options are
// refused at start, exit code 2, without echoing the URL). The restart test runs its own
// throwaway cluster (scripts/postgres-throwaway), so it can stop and start it.
#include "tests/support/ApiTestClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using purser::test::ApiReply;
using purser::test::ApiTestClient;
using purser::test::PostgresTestDatabase;
using purser::test::ServerProcess;

namespace {

QString throwawayScript()
{
    return QStringLiteral(PURSER_SOURCE_DIR "/scripts/postgres-throwaway");
}

// Runs purser-server serve with a database URL until it exits (it must not start serving).
struct Refusal
{
    int exitCode = -1;
    QByteArray output;
};

Refusal serveWith(const QString& databaseUrl)
{
    QTemporaryDir dir;
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(ServerProcess::serverBinary(),
                 {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), databaseUrl});
    Refusal result;
    if (!server.waitForFinished(30000)) {
        server.kill();
        server.waitForFinished();
    }
    result.exitCode = server.exitStatus() == QProcess::NormalExit ? server.exitCode() : -1;
    result.output = server.readAll();
    return result;
}

QString withOption(const QString& url, const QString& query)
{
    return url + (url.contains(u'?') ? u'&' : u'?') + query;
}

} // namespace

class TestServerDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownUrlOptionIsRefusedAtStart();
    void sslmodeRequireReachesLibpq();
    void sslmodeDisableWorks();
    void survivesPostgresRestart();
    void cleanupTestCase();

private:
    QString m_clusterDir; // the restart test's own cluster, stopped in cleanupTestCase
};

void TestServerDatabase::unknownUrlOptionIsRefusedAtStart()
{
    const Refusal refusal = serveWith(QStringLiteral(
        "postgres://purser:s3cret-pass@127.0.0.1:1/purser?sslmode=verify-full&sslmodee=require"));
    QCOMPARE(refusal.exitCode, 2);
    QVERIFY2(refusal.output.contains("\"sslmodee\" is not supported"), refusal.output.constData());
    QVERIFY2(!refusal.output.contains("s3cret-pass"), refusal.output.constData());
    QVERIFY2(!refusal.output.contains("postgres://purser"), refusal.output.constData());
    const Refusal badMode = serveWith(
        QStringLiteral("postgres://purser:s3cret-pass@127.0.0.1:1/purser?sslmode=verify"));
    QCOMPARE(badMode.exitCode, 2);
    QVERIFY2(badMode.output.contains("sslmode must be one of"), badMode.output.constData());
    QVERIFY2(!badMode.output.contains("s3cret-pass"), badMode.output.constData());
}

void TestServerDatabase::sslmodeRequireReachesLibpq()
{
    if (!ApiTestClient::postgresBackend()) {
        QSKIP("PostgreSQL only");
    }
    PostgresTestDatabase pg;
    PURSER_REQUIRE_POSTGRES(pg);
    // The throwaway cluster has no TLS: with the option honoured, libpq must refuse.
    const Refusal refusal = serveWith(withOption(pg.url(), QStringLiteral("sslmode=require")));
    QCOMPARE(refusal.exitCode, 1);
    QVERIFY2(refusal.output.contains("SSL"), refusal.output.constData());
    QVERIFY2(!refusal.output.contains("postgres://"), refusal.output.constData());
}

void TestServerDatabase::sslmodeDisableWorks()
{
    if (!ApiTestClient::postgresBackend()) {
        QSKIP("PostgreSQL only");
    }
    PostgresTestDatabase pg;
    PURSER_REQUIRE_POSTGRES(pg);
    ServerProcess server;
    ServerProcess::Options options;
    options.demo = false;
    options.databaseUrl = withOption(pg.url(), QStringLiteral("sslmode=disable"));
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    QCOMPARE(ApiTestClient(server).send("GET", QStringLiteral("/api/v1/healthz")).status, 200);
    QCOMPARE(server.stop(), 0);
}

void TestServerDatabase::survivesPostgresRestart()
{
    if (!ApiTestClient::postgresBackend()) {
        QSKIP("PostgreSQL only");
    }
    QProcess start;
    start.start(throwawayScript(), {QStringLiteral("start")});
    QVERIFY(start.waitForFinished(120000));
    QCOMPARE(start.exitCode(), 0);
    const QString exports = QString::fromUtf8(start.readAllStandardOutput());
    const auto url = QRegularExpression(QStringLiteral("PURSER_TEST_POSTGRES_URL=(\\S+)"))
                         .match(exports)
                         .captured(1);
    m_clusterDir =
        QRegularExpression(QStringLiteral("PURSER_PG_DIR=(\\S+)")).match(exports).captured(1);
    QVERIFY2(!url.isEmpty() && !m_clusterDir.isEmpty(), qPrintable(exports));
    const QByteArray sharedCluster = qgetenv("PURSER_TEST_POSTGRES_URL");
    qputenv("PURSER_TEST_POSTGRES_URL", url.toUtf8());
    std::unique_ptr<PostgresTestDatabase> pg;
    ServerProcess server;
    QString error;
    bool skipped = false;
    const bool started = ApiTestClient::startServer(
        server, pg, {QStringLiteral("--threads"), QStringLiteral("4")}, &error, &skipped);
    qputenv("PURSER_TEST_POSTGRES_URL", sharedCluster);
    QVERIFY2(started, qPrintable(error));

    ApiTestClient client(server);
    QJsonObject session;
    const QString token =
        client.signIn(QStringLiteral("admin@acme.example"), ApiTestClient::kDemoPassword, &session);
    QVERIFY(!token.isEmpty());
    const QString employees =
        QStringLiteral("/api/v1/orgs/%1/employees")
            .arg(session.value(QStringLiteral("active_organization_id")).toString());
    // Every server thread holds a database connection before the restart.
    QList<ApiTestClient::Request> warm;
    for (int i = 0; i < 16; ++i) {
        warm.append({"GET", employees, {}, token, {}});
    }
    for (const ApiReply& reply : client.sendParallel(warm)) {
        QCOMPARE(reply.status, 200);
    }

    QProcess restart;
    restart.start(throwawayScript(), {QStringLiteral("restart"), m_clusterDir});
    QVERIFY(restart.waitForFinished(120000));
    QCOMPARE(restart.exitCode(), 0);

    // Reads and writes at once, on every thread: reads succeed, a write may be told to come
    // back (503 with Retry-After), nothing answers 500.
    for (int round = 0; round < 2; ++round) {
        QList<ApiTestClient::Request> requests;
        for (int i = 0; i < 16; ++i) {
            requests.append({"GET", employees, {}, token, {}});
            const QJsonObject body = {
                {QStringLiteral("employee_no"), QStringLiteral("R-%1-%2").arg(round).arg(i)},
                {QStringLiteral("full_name"), QStringLiteral("Restart Person")},
                {QStringLiteral("email"), QStringLiteral("r%1-%2@acme.example").arg(round).arg(i)},
                {QStringLiteral("department"), QStringLiteral("Finance")},
                {QStringLiteral("position"), QStringLiteral("Clerk")},
                {QStringLiteral("employment_type"), QStringLiteral("full_time")},
                {QStringLiteral("start_date"), QStringLiteral("2026-01-05")}};
            requests.append({"POST", employees, QJsonDocument(body).toJson(), token, {}});
        }
        const QList<ApiReply> replies = client.sendParallel(requests);
        for (qsizetype i = 0; i < replies.size(); ++i) {
            const ApiReply& reply = replies[i];
            const bool read = requests[i].method == "GET";
            const QByteArray what = requests[i].method + " " + QByteArray::number(reply.status) +
                                    " " + reply.body.left(300);
            if (read) {
                QVERIFY2(reply.status == 200, what.constData());
            } else {
                QVERIFY2((reply.status >= 200 && reply.status < 300) ||
                             (reply.status == 503 && reply.header("Retry-After").toInt() > 0 &&
                              reply.errorCode() == u"unavailable"),
                         what.constData());
            }
        }
    }
    QCOMPARE(server.stop(), 0);
    pg.reset(); // drops its database while the cluster still runs
}

void TestServerDatabase::cleanupTestCase()
{
    if (!m_clusterDir.isEmpty()) {
        QProcess::execute(throwawayScript(), {QStringLiteral("stop"), m_clusterDir});
    }
}

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_server_database.moc"
