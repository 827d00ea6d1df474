// Watching a running purser-server: GET /metrics (counts by route, loopback only) and JSON logs
// (one line per request, no secrets).
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

class TestServerObservability : public QObject, public ServerOpsHelpers
{
    Q_OBJECT

private Q_SLOTS:
    void metricsCountRequestsByRoute();
    void metricsAreLoopbackOnly();
    void jsonLogsOneLinePerRequestWithoutSecrets();
    void rateLimitRefusalsAreCounted();
    void dataFolderIsOwnerOnly();
};

void TestServerObservability::metricsCountRequestsByRoute()
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

void TestServerObservability::metricsAreLoopbackOnly()
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

void TestServerObservability::jsonLogsOneLinePerRequestWithoutSecrets()
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

QTEST_MAIN(TestServerObservability)
// Issue 13, round two: 429s were served but the refusal counter had no samples.
void TestServerObservability::rateLimitRefusalsAreCounted()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    int refused = 0;
    for (int attempt = 0; attempt < 40 && refused < 2; ++attempt) {
        const int status = send(server, "POST", QStringLiteral("/api/v1/auth/sign-in"),
                                R"({"email":"owner@acme.example","password":"wrong horse"})")
                               .status;
        QVERIFY2(status == 401 || status == 429, qPrintable(QString::number(status)));
        refused += status == 429 ? 1 : 0;
    }
    QCOMPARE(refused, 2);
    const QByteArray m = send(server, "GET", QStringLiteral("/metrics")).body;
    qint64 counted = 0;
    for (const QByteArray& line : m.split('\n')) {
        if (line.startsWith("purser_rate_limit_refusals_total{limit=\"credentials:")) {
            counted += line.mid(line.lastIndexOf(' ') + 1).toLongLong();
        }
    }
    QVERIFY2(counted >= 2, m.constData());
    QCOMPARE(server.stop(), 0);
}

// Issue 13, round two: purser.db, its -wal and -shm were 0644, uploads/ and tls/ 0755. An
// existing folder left loose (as an older version did) is tightened at start too.
void TestServerObservability::dataFolderIsOwnerOnly()
{
    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    const QString dataDir = parent.path() + QStringLiteral("/data");
    QVERIFY(QDir().mkpath(dataDir + QStringLiteral("/uploads")));
    const auto loose = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                       QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                       QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(dataDir, loose));
    QVERIFY(QFile::setPermissions(dataDir + QStringLiteral("/uploads"), loose));
    QFile leftover(dataDir + QStringLiteral("/uploads/old.txt"));
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.close();
    QVERIFY(QFile::setPermissions(leftover.fileName(), QFileDevice::ReadOwner |
                                                           QFileDevice::WriteOwner |
                                                           QFileDevice::ReadOther));

    ServerProcess server;
    ServerProcess::Options options;
    options.dataDir = dataDir;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    QCOMPARE(send(server, "POST", QStringLiteral("/api/v1/auth/sign-in"),
                  R"({"email":"owner@acme.example","password":"wrong horse"})")
                 .status,
             401);
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QStringList open;
    QStringList seen;
    QDirIterator it(dataDir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    open << (QFile::permissions(dataDir) & others ? dataDir : QString());
    while (it.hasNext()) {
        const QString path = it.next();
        seen << QFileInfo(path).fileName();
        if (QFile::permissions(path) & others) {
            open << path;
        }
    }
    open.removeAll(QString());
    QVERIFY(seen.contains(QStringLiteral("purser.db")));
    QVERIFY2(open.isEmpty(), qPrintable(open.join(u' ')));
    QCOMPARE(server.stop(), 0);
}

#include "tst_server_observability.moc"
