// Rate limits of api.md against the real server: counted in the database (so shared by every
// process on it), atomic under parallel attempts, keyed on the TCP peer unless the peer is a
// trusted proxy. PURSER_TEST_BACKEND=postgres runs the same tests on PostgreSQL.
#include "tests/support/ApiTestClient.h"

#include <QJsonObject>
#include <QTest>

using purser::test::ApiReply;
using purser::test::ApiTestClient;
using purser::test::PostgresTestDatabase;
using purser::test::ServerProcess;

namespace {

const QStringList kTrustLoopback = {QStringLiteral("--trusted-proxies"),
                                    QStringLiteral("127.0.0.1/32")};

QByteArray signInBody(const QString& email, const QString& password)
{
    return "{\"email\":\"" + email.toUtf8() + "\",\"password\":\"" + password.toUtf8() + "\"}";
}

struct Tally
{
    int verdicts = 0; // 401
    int refusals = 0; // 429
    int other = 0;
};

Tally tally(const QList<ApiReply>& replies)
{
    Tally t;
    for (const ApiReply& reply : replies) {
        if (reply.status == 401) {
            ++t.verdicts;
        } else if (reply.status == 429) {
            ++t.refusals;
            const int header = reply.header("Retry-After").toInt();
            const int body = reply.json()
                                 .value(QStringLiteral("error"))
                                 .toObject()
                                 .value(QStringLiteral("retry_after"))
                                 .toInt();
            if (header < 1 || header > 900 || body != header ||
                reply.errorCode() != u"rate_limited") {
                ++t.other;
            }
        } else {
            ++t.other;
        }
    }
    return t;
}

} // namespace

class TestServerRateLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void parallelWrongSignInsGetExactlyFiveVerdicts();
    void fullBucketRefusesTheRightPasswordToo();
    void successfulSignInsGiveTheirSlotBack();
    void forwardedForIsIgnoredFromAnUntrustedPeer();
    void forwardedForFromATrustedProxyUsesTheRightmostAddress();
    void twoProcessesShareOneLimiter();
    void forgetPasswordIsLimitedPerAddressAndPerEmail();
    void signUpAndResetPasswordAreLimited();

private:
    std::unique_ptr<PostgresTestDatabase> m_pg;
    ServerProcess m_server; // trusts 127.0.0.1 as a proxy: each test names its own client
};

void TestServerRateLimit::initTestCase()
{
    PURSER_START_SERVER(m_server, m_pg, kTrustLoopback);
}

void TestServerRateLimit::cleanupTestCase()
{
    QCOMPARE(m_server.stop(), 0);
}

void TestServerRateLimit::parallelWrongSignInsGetExactlyFiveVerdicts()
{
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("198.51.100.1"));
    QList<ApiTestClient::Request> requests;
    for (int i = 0; i < 20; ++i) {
        requests.append({"POST",
                         QStringLiteral("/api/v1/auth/sign-in"),
                         signInBody(QStringLiteral("admin@acme.example"),
                                    QStringLiteral("wrong password %1").arg(i)),
                         {},
                         {}});
    }
    const Tally t = tally(client.sendParallel(requests));
    QCOMPARE(t.other, 0);
    QCOMPARE(t.verdicts, 5);
    QCOMPARE(t.refusals, 15);
}

void TestServerRateLimit::fullBucketRefusesTheRightPasswordToo()
{
    // The email bucket of admin@acme.example is full after the previous test: from a fresh
    // address the right password is refused as well.
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("198.51.100.2"));
    ApiReply reply;
    QVERIFY(client
                .signIn(QStringLiteral("admin@acme.example"), ApiTestClient::kDemoPassword, nullptr,
                        &reply)
                .isEmpty());
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.errorCode(), QStringLiteral("rate_limited"));
    QVERIFY(reply.header("Retry-After").toInt() > 0);
    // Normalised email: the same bucket whatever the spelling.
    QVERIFY(client
                .signIn(QStringLiteral("  ADMIN@Acme.Example "), ApiTestClient::kDemoPassword,
                        nullptr, &reply)
                .isEmpty());
    QCOMPARE(reply.status, 429);
}

void TestServerRateLimit::successfulSignInsGiveTheirSlotBack()
{
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("198.51.100.3"));
    // An office behind one NAT address: many successful sign-ins never lock it out.
    for (int i = 0; i < 8; ++i) {
        QVERIFY(!client.signIn(QStringLiteral("owner@globex.example")).isEmpty());
    }
    // Failed attempts of this address count: 5 verdicts, then refusals for everyone here.
    for (int i = 0; i < 5; ++i) {
        ApiReply reply;
        client.signIn(QStringLiteral("nobody%1@example.com").arg(i), QStringLiteral("x"), nullptr,
                      &reply);
        QCOMPARE(reply.status, 401);
    }
    ApiReply reply;
    QVERIFY(client
                .signIn(QStringLiteral("owner@globex.example"), ApiTestClient::kDemoPassword,
                        nullptr, &reply)
                .isEmpty());
    QCOMPARE(reply.status, 429);
}

void TestServerRateLimit::forwardedForIsIgnoredFromAnUntrustedPeer()
{
    // A server that trusts no proxy: a client changing X-Forwarded-For gains nothing.
    std::unique_ptr<PostgresTestDatabase> pg;
    ServerProcess untrusting;
    PURSER_START_SERVER(untrusting, pg, QStringList());
    ApiTestClient client(untrusting);
    for (int i = 0; i < 5; ++i) {
        client.setForwardedFor(QStringLiteral("203.0.113.%1").arg(i + 1));
        ApiReply reply;
        client.signIn(QStringLiteral("ghost%1@example.com").arg(i), QStringLiteral("x"), nullptr,
                      &reply);
        QCOMPARE(reply.status, 401);
    }
    client.setForwardedFor(QStringLiteral("203.0.113.99"));
    ApiReply reply;
    client.signIn(QStringLiteral("ghost99@example.com"), QStringLiteral("x"), nullptr, &reply);
    QCOMPARE(reply.status, 429);
    QCOMPARE(untrusting.stop(), 0);
}

void TestServerRateLimit::forwardedForFromATrustedProxyUsesTheRightmostAddress()
{
    ApiTestClient client(m_server);
    // The client forges the left part; the proxy appended the real address on the right.
    for (int i = 0; i < 5; ++i) {
        client.setForwardedFor(QStringLiteral("10.9.9.%1, 192.0.2.50").arg(i));
        ApiReply reply;
        client.signIn(QStringLiteral("phantom%1@example.com").arg(i), QStringLiteral("x"), nullptr,
                      &reply);
        QCOMPARE(reply.status, 401);
    }
    client.setForwardedFor(QStringLiteral("10.9.9.200, 192.0.2.50"));
    ApiReply refused;
    client.signIn(QStringLiteral("phantom9@example.com"), QStringLiteral("x"), nullptr, &refused);
    QCOMPARE(refused.status, 429);
    // Another real client behind the same proxy is its own bucket.
    client.setForwardedFor(QStringLiteral("10.9.9.1, 192.0.2.51"));
    ApiReply other;
    client.signIn(QStringLiteral("phantom9@example.com"), QStringLiteral("x"), nullptr, &other);
    QCOMPARE(other.status, 401);
}

void TestServerRateLimit::twoProcessesShareOneLimiter()
{
    ServerProcess second;
    ServerProcess::Options options;
    options.dataDir = m_server.dataDir();
    options.demo = false;
    options.extraArgs = kTrustLoopback;
    if (ApiTestClient::postgresBackend()) {
        options.databaseUrl = m_pg->url();
    }
    QVERIFY2(second.start(options), qPrintable(second.errorString()));
    ApiTestClient first(m_server);
    ApiTestClient other(second);
    first.setForwardedFor(QStringLiteral("198.51.100.7"));
    other.setForwardedFor(QStringLiteral("198.51.100.8"));
    QList<ApiTestClient::Request> requests;
    for (int i = 0; i < 10; ++i) {
        requests.append(
            {"POST",
             QStringLiteral("/api/v1/auth/sign-in"),
             signInBody(QStringLiteral("auditor@acme.example"), QStringLiteral("wrong %1").arg(i)),
             {},
             {}});
    }
    // Both processes at once: every request is on the wire before any answer is awaited.
    const QList<ApiReply> replies =
        ApiTestClient::sendParallelAcross({{&first, requests}, {&other, requests}});
    const Tally t = tally(replies);
    QCOMPARE(t.other, 0);
    QCOMPARE(t.verdicts, 5);
    QCOMPARE(t.refusals, 15);
    QCOMPARE(second.stop(), 0);
}

void TestServerRateLimit::forgetPasswordIsLimitedPerAddressAndPerEmail()
{
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("198.51.100.20"));
    for (int i = 0; i < 3; ++i) {
        const ApiReply reply = client.sendJson(
            "POST", QStringLiteral("/api/v1/auth/forget-password"),
            {{QStringLiteral("email"), QStringLiteral("someone%1@example.com").arg(i)}});
        QCOMPARE(reply.status, 202);
    }
    const ApiReply perAddress =
        client.sendJson("POST", QStringLiteral("/api/v1/auth/forget-password"),
                        {{QStringLiteral("email"), QStringLiteral("someone9@example.com")}});
    QCOMPARE(perAddress.status, 429);

    for (int i = 0; i < 3; ++i) {
        client.setForwardedFor(QStringLiteral("198.51.100.%1").arg(30 + i));
        QCOMPARE(client
                     .sendJson("POST", QStringLiteral("/api/v1/auth/forget-password"),
                               {{QStringLiteral("email"), QStringLiteral("finance@acme.example")}})
                     .status,
                 202);
    }
    client.setForwardedFor(QStringLiteral("198.51.100.39"));
    const ApiReply perEmail =
        client.sendJson("POST", QStringLiteral("/api/v1/auth/forget-password"),
                        {{QStringLiteral("email"), QStringLiteral(" Finance@ACME.example")}});
    QCOMPARE(perEmail.status, 429);
    QVERIFY(perEmail.header("Retry-After").toInt() > 0);
}

void TestServerRateLimit::signUpAndResetPasswordAreLimited()
{
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("198.51.100.40"));
    const QJsonObject weak{{QStringLiteral("email"), QStringLiteral("new@example.com")},
                           {QStringLiteral("password"), QStringLiteral("short")},
                           {QStringLiteral("name"), QStringLiteral("New")},
                           {QStringLiteral("organization_name"), QStringLiteral("New Co")}};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(client.sendJson("POST", QStringLiteral("/api/v1/auth/sign-up"), weak).status, 422);
    }
    QCOMPARE(client.sendJson("POST", QStringLiteral("/api/v1/auth/sign-up"), weak).status, 429);

    const QJsonObject bogus{
        {QStringLiteral("token"), QStringLiteral("pr_") + QString(43, u'A')},
        {QStringLiteral("new_password"), QStringLiteral("a long enough new password")}};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(
            client.sendJson("POST", QStringLiteral("/api/v1/auth/reset-password"), bogus).status,
            422);
    }
    QCOMPARE(client.sendJson("POST", QStringLiteral("/api/v1/auth/reset-password"), bogus).status,
             429);
}

QTEST_MAIN(TestServerRateLimit)
#include "tst_server_ratelimit.moc"
