// Writes authenticated by the session cookie alone, as a page of another site would start
// them (a form post from a sibling subdomain, which the SameSite=Lax cookie accompanies):
// refused with 403 cross_site_request and nothing changes, unless they come as JSON
// (multipart for uploads) from this server's own origin. Bearer tokens are unaffected.
// PURSER_TEST_BACKEND=postgres runs the same tests on PostgreSQL.
#include "tests/support/ApiTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using purser::test::ApiReply;
using purser::test::ApiTestClient;
using purser::test::PostgresTestDatabase;
using purser::test::ServerProcess;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

QByteArray employeeBody(const QString& number)
{
    const QJsonObject body = {
        {QStringLiteral("employee_no"), number},
        {QStringLiteral("full_name"), QStringLiteral("Cookie Person ") + number},
        {QStringLiteral("email"), number.toLower() + QStringLiteral("@acme.example")},
        {QStringLiteral("department"), QStringLiteral("Finance")},
        {QStringLiteral("position"), QStringLiteral("Accountant")},
        {QStringLiteral("employment_type"), QStringLiteral("full_time")},
        {QStringLiteral("start_date"), QStringLiteral("2026-01-05")},
        {QStringLiteral("base_salary"),
         QJsonObject{{QStringLiteral("amount"), 400000},
                     {QStringLiteral("currency"), QStringLiteral("SGD")}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

class TestServerCookieWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void crossSiteFormPostIsRefusedAndChangesNothing();
    void bodilessWriteByCookieMustDeclareJson();
    void foreignOriginIsRefused();
    void sameOriginJsonByCookieWorks();
    void bearerTokenIsUnaffected();
    void uploadByCookieMustBeMultipart();

private:
    Headers cookie(const Headers& more = {}) const;
    int employeeCount();
    QString employeesPath() const
    {
        return QStringLiteral("/api/v1/orgs/%1/employees").arg(m_acme);
    }
    QByteArray ownOrigin() const
    {
        return "https://127.0.0.1:" + QByteArray::number(m_server.port());
    }

    std::unique_ptr<PostgresTestDatabase> m_pg;
    ServerProcess m_server;
    QString m_token;
    QString m_acme;
};

void TestServerCookieWrites::initTestCase()
{
    PURSER_START_SERVER(m_server, m_pg, {});
    ApiTestClient client(m_server);
    QJsonObject session;
    m_token =
        client.signIn(QStringLiteral("admin@acme.example"), ApiTestClient::kDemoPassword, &session);
    QVERIFY(!m_token.isEmpty());
    m_acme = session.value(QStringLiteral("active_organization_id")).toString();
    QVERIFY(!m_acme.isEmpty());
}

void TestServerCookieWrites::cleanupTestCase()
{
    QCOMPARE(m_server.stop(), 0);
}

Headers TestServerCookieWrites::cookie(const Headers& more) const
{
    return Headers{{"Cookie", "__Secure-purser_session=" + m_token.toLatin1()}} + more;
}

int TestServerCookieWrites::employeeCount()
{
    const ApiReply list = ApiTestClient(m_server).send(
        "GET", employeesPath() + QStringLiteral("?limit=1000"), {}, m_token);
    return list.status == 200 ? int(list.json().value(QStringLiteral("items")).toArray().size())
                              : -1;
}

void TestServerCookieWrites::crossSiteFormPostIsRefusedAndChangesNothing()
{
    const int before = employeeCount();
    QVERIFY(before > 0);
    ApiTestClient client(m_server);
    // What an HTML form can send: text/plain, urlencoded or multipart, with the cookie.
    for (const QByteArray& type :
         {QByteArray("text/plain"), QByteArray("application/x-www-form-urlencoded"),
          QByteArray("multipart/form-data; boundary=x")}) {
        const ApiReply reply =
            client.send("POST", employeesPath(), employeeBody(QStringLiteral("X-1")), {},
                        cookie({{"Content-Type", type}, {"Origin", "https://evil.example"}}));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), QStringLiteral("cross_site_request"));
        // Without Origin (older browsers, some redirects) the content type alone refuses it.
        const ApiReply noOrigin =
            client.send("POST", employeesPath(), employeeBody(QStringLiteral("X-2")), {},
                        cookie({{"Content-Type", type}}));
        QCOMPARE(noOrigin.status, 403);
        QCOMPARE(noOrigin.errorCode(), QStringLiteral("cross_site_request"));
    }
    QCOMPARE(employeeCount(), before);
}

void TestServerCookieWrites::bodilessWriteByCookieMustDeclareJson()
{
    ApiTestClient client(m_server);
    const ApiReply out =
        client.send("POST", QStringLiteral("/api/v1/auth/sign-out"), {}, {}, cookie());
    QCOMPARE(out.status, 403);
    QCOMPARE(out.errorCode(), QStringLiteral("cross_site_request"));
    // The session was not ended.
    QCOMPARE(client.send("GET", QStringLiteral("/api/v1/auth/session"), {}, m_token).status, 200);
}

void TestServerCookieWrites::foreignOriginIsRefused()
{
    const int before = employeeCount();
    ApiTestClient client(m_server);
    const QByteArray port = QByteArray::number(m_server.port());
    for (const QByteArray& origin :
         {QByteArray("https://evil.example"), QByteArray("https://sibling.127.0.0.1:") + port,
          QByteArray("http://127.0.0.1:") + port, QByteArray("https://127.0.0.1:1"),
          QByteArray("null")}) {
        const ApiReply reply =
            client.send("POST", employeesPath(), employeeBody(QStringLiteral("X-3")), {},
                        cookie({{"Content-Type", "application/json"}, {"Origin", origin}}));
        QVERIFY2(reply.status == 403, origin.constData());
        QCOMPARE(reply.errorCode(), QStringLiteral("cross_site_request"));
    }
    QCOMPARE(employeeCount(), before);
}

void TestServerCookieWrites::sameOriginJsonByCookieWorks()
{
    ApiTestClient client(m_server);
    const ApiReply created = client.send(
        "POST", employeesPath(), employeeBody(QStringLiteral("C-1")), {},
        cookie({{"Content-Type", "application/json; charset=utf-8"}, {"Origin", ownOrigin()}}));
    QCOMPARE(created.status, 201);
    // No Origin at all (a non-browser client with the cookie) is fine as JSON.
    const ApiReply second =
        client.send("POST", employeesPath(), employeeBody(QStringLiteral("C-2")), {},
                    cookie({{"Content-Type", "application/json"}}));
    QCOMPARE(second.status, 201);
}

void TestServerCookieWrites::bearerTokenIsUnaffected()
{
    ApiTestClient client(m_server);
    const ApiReply created =
        client.send("POST", employeesPath(), employeeBody(QStringLiteral("B-1")), m_token,
                    {{"Content-Type", "text/plain"}, {"Origin", "https://evil.example"}});
    QCOMPARE(created.status, 201);
}

void TestServerCookieWrites::uploadByCookieMustBeMultipart()
{
    ApiTestClient client(m_server);
    const QString upload = QStringLiteral("/api/v1/orgs/%1/claims/%2/receipts")
                               .arg(m_acme, QStringLiteral("00000000-0000-4000-8000-000000000000"));
    const ApiReply json =
        client.send("POST", upload, "{}", {}, cookie({{"Content-Type", "application/json"}}));
    QCOMPARE(json.status, 403);
    QCOMPARE(json.errorCode(), QStringLiteral("cross_site_request"));
    // Multipart from this origin passes the gate (the claim does not exist: 404).
    const ApiReply multipart = client.send(
        "POST", upload, "--x--\r\n", {},
        cookie({{"Content-Type", "multipart/form-data; boundary=x"}, {"Origin", ownOrigin()}}));
    QCOMPARE(multipart.status, 404);
}

QTEST_GUILESS_MAIN(TestServerCookieWrites)
#include "tst_server_cookie_writes.moc"
