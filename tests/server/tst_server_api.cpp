// Behavioural tests of purser-server against the real binary, over HTTPS that trusts exactly
// the server's certificate: health, sign-in and sessions, malformed and oversized requests,
// the headers every answer carries, TLS versions, and logs without secrets.
// PURSER_TEST_BACKEND=postgres runs the same tests on PostgreSQL. Who sees which employee
// fields is tst_server_employee_access.
#include "tests/server/ServerApiSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

using purser::test::ServerApiSession;
using purser::test::ServerProcess;

class TestServerApi : public QObject, public ServerApiSession
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void healthz();
    void signInReturnsSessionWithToken();
    void signInFailuresAreIdentical();
    void sessionAndSignOut();
    void oversizedBodyIsRefusedFromHeaders();
    void malformedJsonIsBadRequest();
    void unknownRouteAndMethod();
    void securityHeadersOnEveryAnswer();
    void demoSeedingIsIdempotent();
    void tls11IsRefusedTls12Accepted();
    void plaintextHttpGetsNoHttpAnswer();
    void logNeverContainsSecrets();

private:
    QByteArray rawTls(const QByteArray& request);
};

void TestServerApi::initTestCase()
{
    PURSER_START_SERVER(m_server, m_pg, {});
    QVERIFY(!m_server.certificate().isNull());
}

void TestServerApi::cleanupTestCase()
{
    QCOMPARE(m_server.stop(), 0);
}

QByteArray TestServerApi::rawTls(const QByteArray& request)
{
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_server.certificate()});
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(m_server.host(), static_cast<quint16>(m_server.port()));
    if (!socket.waitForEncrypted(10000)) {
        return "handshake failed: " + socket.errorString().toUtf8();
    }
    socket.write(request);
    socket.flush();
    QByteArray answer;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && !answer.contains("\r\n\r\n")) {
        socket.waitForReadyRead(200);
        answer += socket.readAll();
    }
    // Read the body too when Content-Length says there is one.
    while (!deadline.hasExpired() && socket.waitForReadyRead(200)) {
        answer += socket.readAll();
    }
    return answer;
}

void TestServerApi::healthz()
{
    const Reply reply = send("GET", QStringLiteral("/api/v1/healthz"));
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(!json.value(QStringLiteral("version")).toString().isEmpty());
    QCOMPARE(json.value(QStringLiteral("database")).toString(),
             m_postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite"));
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
}

void TestServerApi::signInReturnsSessionWithToken()
{
    QJsonObject session;
    const QString token = signIn(QStringLiteral("  Admin@ACME.example "), &session);
    QVERIFY(token.startsWith(u"ps_"));
    QVERIFY(token.size() >= 40);
    QCOMPARE(
        session.value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString(),
        QStringLiteral("admin@acme.example"));
    const QJsonArray memberships = session.value(QStringLiteral("memberships")).toArray();
    QCOMPARE(memberships.size(), 1);
    const QJsonObject m = memberships.first().toObject();
    QCOMPARE(m.value(QStringLiteral("organization_name")).toString(),
             QStringLiteral("Acme Pte Ltd"));
    QCOMPARE(m.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    QCOMPARE(session.value(QStringLiteral("active_organization_id")).toString(),
             m.value(QStringLiteral("organization_id")).toString());
    QVERIFY(session.value(QStringLiteral("expires_at")).toString().endsWith(u'Z'));
}

void TestServerApi::signInFailuresAreIdentical()
{
    const Reply unknown =
        send("POST", QStringLiteral("/api/v1/auth/sign-in"),
             R"({"email":"nobody@acme.example","password":"correct horse battery staple"})");
    const Reply wrong =
        send("POST", QStringLiteral("/api/v1/auth/sign-in"),
             R"({"email":"admin@acme.example","password":"wrong horse battery staple"})");
    QCOMPARE(unknown.status, 401);
    QCOMPARE(wrong.status, 401);
    QCOMPARE(unknown.errorCode(), QStringLiteral("invalid_credentials"));
    QCOMPARE(unknown.body, wrong.body);
}

void TestServerApi::sessionAndSignOut()
{
    const QString token = signIn(QStringLiteral("finance@acme.example"));
    QVERIFY(!token.isEmpty());
    const Reply session = send("GET", QStringLiteral("/api/v1/auth/session"), {}, token);
    QCOMPARE(session.status, 200);
    QVERIFY(!session.json().contains(QStringLiteral("token")));
    QCOMPARE(session.json()
                 .value(QStringLiteral("user"))
                 .toObject()
                 .value(QStringLiteral("email"))
                 .toString(),
             QStringLiteral("finance@acme.example"));

    const Reply out = send("POST", QStringLiteral("/api/v1/auth/sign-out"), {}, token);
    QCOMPARE(out.status, 204);
    const Reply after = send("GET", QStringLiteral("/api/v1/auth/session"), {}, token);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.errorCode(), QStringLiteral("unauthenticated"));
    QCOMPARE(employees(token)
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("unauthenticated"));
}

void TestServerApi::oversizedBodyIsRefusedFromHeaders()
{
    // Only the headers are sent: the server must answer 413 without waiting for the body.
    const QByteArray answer =
        rawTls("POST /api/v1/auth/sign-in HTTP/1.1\r\nHost: localhost\r\n"
               "Content-Type: application/json\r\nContent-Length: 70000\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY(answer.contains("\"payload_too_large\""));
    QVERIFY(answer.contains("\"limit_bytes\":65536"));
    QVERIFY(answer.toLower().contains("cache-control: no-store"));

    // The same through a real client sending the whole body.
    const QByteArray big = "{\"email\":\"" + QByteArray(70000, 'a') + "\",\"password\":\"x\"}";
    const Reply reply = send("POST", QStringLiteral("/api/v1/auth/sign-in"), big);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("limit_bytes"))
                 .toInt(),
             65536);
}

void TestServerApi::malformedJsonIsBadRequest()
{
    const Reply reply = send("POST", QStringLiteral("/api/v1/auth/sign-in"), "{\"email\": ");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("bad_request"));
    const Reply array = send("POST", QStringLiteral("/api/v1/auth/sign-in"), "[1,2]");
    QCOMPARE(array.status, 400);
    const Reply types =
        send("POST", QStringLiteral("/api/v1/auth/sign-in"), R"({"email":1,"password":2})");
    QCOMPARE(types.status, 400);
    // Valid JSON, but not Unicode text: refused at the door, never a 500 further in.
    const Reply surrogate = send("POST", QStringLiteral("/api/v1/auth/sign-in"),
                                 R"({"email":"a\uDD0E@acme.example","password":"x"})");
    QCOMPARE(surrogate.status, 400);
    QCOMPARE(surrogate.errorCode(), QStringLiteral("bad_request"));
}

void TestServerApi::unknownRouteAndMethod()
{
    const Reply unknown = send("GET", QStringLiteral("/api/v1/nothing-here"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("not_found"));
    const Reply method = send("DELETE", QStringLiteral("/api/v1/healthz"));
    QCOMPARE(method.status, 405);
    QCOMPARE(method.errorCode(), QStringLiteral("method_not_allowed"));
    QCOMPARE(method.header("Allow"), QByteArray("GET"));
}

void TestServerApi::securityHeadersOnEveryAnswer()
{
    const QString token = signIn(QStringLiteral("admin@acme.example"));
    const QList<Reply> replies = {
        send("GET", QStringLiteral("/api/v1/healthz")),
        send("GET", QStringLiteral("/api/v1/auth/session"), {}, token),
        send("GET", QStringLiteral("/api/v1/auth/session")),
        send("GET", QStringLiteral("/api/v1/nothing")),
        send("POST", QStringLiteral("/api/v1/auth/sign-in"), "not json"),
        send("DELETE", QStringLiteral("/api/v1/healthz")),
    };
    QSet<QByteArray> requestIds;
    for (const Reply& reply : replies) {
        QVERIFY(reply.status != 0);
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(reply.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(reply.header("Strict-Transport-Security"), QByteArray("max-age=31536000"));
        QVERIFY(reply.header("X-Request-Id").size() >= 16);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        requestIds.insert(reply.header("X-Request-Id"));
    }
    QCOMPARE(requestIds.size(), replies.size());
}

void TestServerApi::demoSeedingIsIdempotent()
{
    // A second server on the same data (folder or database) with --demo adds nothing.
    ServerProcess second;
    ServerProcess::Options options;
    options.dataDir = m_server.dataDir();
    if (m_postgres) {
        options.databaseUrl = m_pg->url();
    }
    QVERIFY2(second.start(options), qPrintable(second.errorString()));
    QCOMPARE(second.stop(), 0);
    QVERIFY(second.output().contains("nothing to seed"));

    const QString token = signIn(QStringLiteral("owner@acme.example"));
    QCOMPARE(employees(token, QStringLiteral("?limit=1000"))
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             200);
}

void TestServerApi::tls11IsRefusedTls12Accepted()
{
    auto handshake = [this](const QString& version) {
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("s_client"), QStringLiteral("-connect"),
                       QStringLiteral("127.0.0.1:%1").arg(m_server.port()), version,
                       QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0")});
        openssl.closeWriteChannel(); // like </dev/null
        if (!openssl.waitForFinished(20000)) {
            openssl.kill();
            openssl.waitForFinished();
            return qMakePair(-1, openssl.readAll());
        }
        return qMakePair(openssl.exitCode(), openssl.readAll());
    };
    const auto old = handshake(QStringLiteral("-tls1_1"));
    QVERIFY2(old.first != 0, old.second.constData());
    QVERIFY2(!old.second.contains("New, TLSv1"), old.second.constData());
    const auto current = handshake(QStringLiteral("-tls1_2"));
    QVERIFY2(current.first == 0, current.second.constData());
    QVERIFY2(current.second.contains("TLSv1.2"), current.second.constData());
}

void TestServerApi::plaintextHttpGetsNoHttpAnswer()
{
    QTcpSocket socket;
    socket.connectToHost(m_server.host(), static_cast<quint16>(m_server.port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /api/v1/healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QByteArray answer;
    QDeadlineTimer deadline(3000);
    while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(200);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    QVERIFY2(!answer.contains("HTTP/1."), answer.constData());
}

void TestServerApi::logNeverContainsSecrets()
{
    signIn(QStringLiteral("auditor@acme.example"));
    QVERIFY(!m_tokensIssued.isEmpty());
    QTest::qWait(200);
    const QByteArray log = m_server.output();
    QVERIFY(log.contains("purser.server.http"));
    QVERIFY(!log.contains(kPassword.toUtf8()));
    QVERIFY(!log.contains("wrong horse"));
    for (const QString& token : std::as_const(m_tokensIssued)) {
        QVERIFY(!log.contains(token.toLatin1()));
    }
    QVERIFY(!log.contains("Bearer"));
}

QTEST_MAIN(TestServerApi)
#include "tst_server_api.moc"
