// Behavioural tests of purser-server against the real binary, over HTTPS that trusts exactly
// the server's certificate. PURSER_TEST_BACKEND=postgres runs the same tests on PostgreSQL.
#include "tests/support/PostgresTestDatabase.h"
#include "tests/support/ServerProcess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSet>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <memory>

using purser::test::PostgresTestDatabase;
using purser::test::ServerProcess;

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                return h.second;
            }
        }
        return {};
    }
    QString errorCode() const
    {
        return json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
};

} // namespace

class TestServerApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void healthz();
    void signInReturnsSessionWithToken();
    void signInFailuresAreIdentical();
    void sessionAndSignOut();
    void adminSeesNationalIds();
    void viewerSeesNoSensitiveFields();
    void financeSeesBankButNotNationalId();
    void memberSeesOnlyOwnRecord();
    void otherOrganisationIsNotFound();
    void missingTokenIsUnauthenticated();
    void pagingCoversEveryEmployeeOnce();
    void badQueryParametersAreRejected_data();
    void badQueryParametersAreRejected();
    void oversizedBodyIsRefusedFromHeaders();
    void malformedJsonIsBadRequest();
    void unknownRouteAndMethod();
    void securityHeadersOnEveryAnswer();
    void demoSeedingIsIdempotent();
    void tls11IsRefusedTls12Accepted();
    void plaintextHttpGetsNoHttpAnswer();
    void logNeverContainsSecrets();

private:
    Reply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
               const QString& token = {});
    QString signIn(const QString& email, QJsonObject* session = nullptr);
    QJsonObject employees(const QString& token, const QString& query = {}, Reply* raw = nullptr);
    QByteArray rawTls(const QByteArray& request);
    QString acmeId();

    bool m_postgres = false;
    std::unique_ptr<PostgresTestDatabase> m_pg;
    ServerProcess m_server;
    QNetworkAccessManager m_nam;
    QString m_acmeId;
    QSet<QString> m_tokensIssued;
};

void TestServerApi::initTestCase()
{
    m_postgres = qEnvironmentVariable("PURSER_TEST_BACKEND") == u"postgres";
    ServerProcess::Options options;
    if (m_postgres) {
        m_pg = std::make_unique<PostgresTestDatabase>();
        PURSER_REQUIRE_POSTGRES(*m_pg);
        options.databaseUrl = m_pg->url();
    }
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    QVERIFY(!m_server.certificate().isNull());
}

void TestServerApi::cleanupTestCase()
{
    QCOMPARE(m_server.stop(), 0);
}

Reply TestServerApi::send(const QByteArray& method, const QString& path, const QByteArray& body,
                          const QString& token)
{
    QUrl url = m_server.baseUrl();
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0) {
        url.setQuery(path.mid(q + 1));
    }
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_server.certificate()});
    request.setSslConfiguration(tls);
    // Like the desktop client: the bearer token only, no cookie jar.
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    }
    if (!body.isNull()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    }
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QString TestServerApi::signIn(const QString& email, QJsonObject* session)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                                      {QStringLiteral("password"), kPassword}})
                                .toJson(QJsonDocument::Compact);
    const Reply reply = send("POST", QStringLiteral("/api/v1/auth/sign-in"), body);
    if (reply.status != 200) {
        qWarning() << "sign-in failed for" << email << reply.status << reply.errorString;
        return {};
    }
    if (session) {
        *session = reply.json();
    }
    const QString token = reply.json().value(QStringLiteral("token")).toString();
    m_tokensIssued.insert(token);
    return token;
}

QString TestServerApi::acmeId()
{
    if (m_acmeId.isEmpty()) {
        QJsonObject session;
        signIn(QStringLiteral("owner@acme.example"), &session);
        m_acmeId = session.value(QStringLiteral("active_organization_id")).toString();
    }
    return m_acmeId;
}

QJsonObject TestServerApi::employees(const QString& token, const QString& query, Reply* raw)
{
    const Reply reply =
        send("GET", QStringLiteral("/api/v1/orgs/%1/employees%2").arg(acmeId(), query), {}, token);
    if (raw) {
        *raw = reply;
    }
    return reply.json();
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

void TestServerApi::adminSeesNationalIds()
{
    const QString token = signIn(QStringLiteral("admin@acme.example"));
    const QJsonArray items =
        employees(token, QStringLiteral("?limit=1000")).value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 200);
    for (const QJsonValue& item : items) {
        const QJsonObject e = item.toObject();
        QVERIFY(e.contains(QStringLiteral("national_id")));
        QVERIFY(e.contains(QStringLiteral("bank_account")));
        QVERIFY(e.value(QStringLiteral("base_salary"))
                    .toObject()
                    .value(QStringLiteral("currency"))
                    .toString() == u"SGD");
    }
}

void TestServerApi::viewerSeesNoSensitiveFields()
{
    const QString admin = signIn(QStringLiteral("admin@acme.example"));
    QStringList nationalIds;
    for (const QJsonValue& item :
         employees(admin, QStringLiteral("?limit=1000")).value(QStringLiteral("items")).toArray()) {
        nationalIds.append(item.toObject().value(QStringLiteral("national_id")).toString());
    }
    QCOMPARE(nationalIds.size(), 200);

    const QString viewer = signIn(QStringLiteral("viewer@acme.example"));
    Reply raw;
    const QJsonArray items = employees(viewer, QStringLiteral("?limit=1000"), &raw)
                                 .value(QStringLiteral("items"))
                                 .toArray();
    QCOMPARE(raw.status, 200);
    QCOMPARE(items.size(), 200);
    QVERIFY(!raw.body.contains("\"national_id\""));
    QVERIFY(!raw.body.contains("\"bank_account\""));
    QVERIFY(!raw.body.contains("\"bank_name\""));
    QVERIFY(!raw.body.contains("\"base_salary\""));
    for (const QString& id : nationalIds) {
        QVERIFY2(!raw.body.contains(id.toLatin1()), qPrintable(id));
    }
}

void TestServerApi::financeSeesBankButNotNationalId()
{
    const QString token = signIn(QStringLiteral("finance@acme.example"));
    Reply raw;
    const QJsonArray items = employees(token, QStringLiteral("?limit=1000"), &raw)
                                 .value(QStringLiteral("items"))
                                 .toArray();
    QCOMPARE(items.size(), 200);
    QVERIFY(!raw.body.contains("\"national_id\""));
    for (const QJsonValue& item : items) {
        QVERIFY(item.toObject().contains(QStringLiteral("bank_account")));
        QVERIFY(item.toObject().contains(QStringLiteral("base_salary")));
    }
}

void TestServerApi::memberSeesOnlyOwnRecord()
{
    QJsonObject session;
    const QString token = signIn(QStringLiteral("member@acme.example"), &session);
    const QString userId =
        session.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
    const QJsonObject page = employees(token);
    const QJsonArray items = page.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject own = items.first().toObject();
    QCOMPARE(own.value(QStringLiteral("user_id")).toString(), userId);
    QCOMPARE(own.value(QStringLiteral("email")).toString(), QStringLiteral("member@acme.example"));
    QVERIFY(!own.value(QStringLiteral("national_id")).toString().isEmpty());
    QCOMPARE(page.value(QStringLiteral("has_more")).toBool(), false);

    // Their own record by id works; someone else's is "not found".
    const Reply mine = send("GET",
                            QStringLiteral("/api/v1/orgs/%1/employees/%2")
                                .arg(acmeId(), own.value(QStringLiteral("id")).toString()),
                            {}, token);
    QCOMPARE(mine.status, 200);
    const QString admin = signIn(QStringLiteral("admin@acme.example"));
    const QString otherId = employees(admin, QStringLiteral("?limit=1"))
                                .value(QStringLiteral("items"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toString();
    const Reply other = send(
        "GET", QStringLiteral("/api/v1/orgs/%1/employees/%2").arg(acmeId(), otherId), {}, token);
    QCOMPARE(other.status, 404);
}

void TestServerApi::otherOrganisationIsNotFound()
{
    const QString admin = signIn(QStringLiteral("admin@acme.example"));
    const QString acmeEmployee = employees(admin, QStringLiteral("?limit=1"))
                                     .value(QStringLiteral("items"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toString();
    QJsonObject session;
    const QString globex = signIn(QStringLiteral("owner@globex.example"), &session);
    QCOMPARE(session.value(QStringLiteral("memberships"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("organization_name"))
                 .toString(),
             QStringLiteral("Globex Sdn Bhd"));
    const Reply list =
        send("GET", QStringLiteral("/api/v1/orgs/%1/employees").arg(acmeId()), {}, globex);
    QCOMPARE(list.status, 404);
    QCOMPARE(list.errorCode(), QStringLiteral("not_found"));
    const Reply one =
        send("GET", QStringLiteral("/api/v1/orgs/%1/employees/%2").arg(acmeId(), acmeEmployee), {},
             globex);
    QCOMPARE(one.status, 404);
    // An Acme employee id under Globex's own organisation is not found either.
    const QString globexId = session.value(QStringLiteral("active_organization_id")).toString();
    const Reply cross =
        send("GET", QStringLiteral("/api/v1/orgs/%1/employees/%2").arg(globexId, acmeEmployee), {},
             globex);
    QCOMPARE(cross.status, 404);
    // A malformed and an unknown organisation id look the same.
    QCOMPARE(send("GET", QStringLiteral("/api/v1/orgs/not-a-uuid/employees"), {}, globex).body,
             list.body);
    QCOMPARE(send("GET",
                  QStringLiteral("/api/v1/orgs/00000000-0000-4000-8000-000000000000/employees"), {},
                  globex)
                 .body,
             list.body);
    // Globex's own list is in MYR.
    const QJsonArray items =
        send("GET", QStringLiteral("/api/v1/orgs/%1/employees").arg(globexId), {}, globex)
            .json()
            .value(QStringLiteral("items"))
            .toArray();
    QCOMPARE(items.size(), 50);
    QCOMPARE(items.first()
                 .toObject()
                 .value(QStringLiteral("base_salary"))
                 .toObject()
                 .value(QStringLiteral("currency"))
                 .toString(),
             QStringLiteral("MYR"));
}

void TestServerApi::missingTokenIsUnauthenticated()
{
    Reply raw;
    employees(QString(), {}, &raw);
    QCOMPARE(raw.status, 401);
    QCOMPARE(raw.errorCode(), QStringLiteral("unauthenticated"));
    employees(QStringLiteral("ps_forgedforgedforgedforgedforgedforgedforged"), {}, &raw);
    QCOMPARE(raw.status, 401);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/auth/session")).status, 401);
}

void TestServerApi::pagingCoversEveryEmployeeOnce()
{
    const QString token = signIn(QStringLiteral("owner@acme.example"));
    QSet<QString> seen;
    QString cursor;
    int pages = 0;
    for (;;) {
        const QString query = cursor.isEmpty() ? QStringLiteral("?limit=50")
                                               : QStringLiteral("?limit=50&since=") + cursor;
        Reply raw;
        const QJsonObject page = employees(token, query, &raw);
        QCOMPARE(raw.status, 200);
        const QJsonArray items = page.value(QStringLiteral("items")).toArray();
        for (const QJsonValue& item : items) {
            const QString id = item.toObject().value(QStringLiteral("id")).toString();
            QVERIFY2(!seen.contains(id), "duplicate across pages");
            seen.insert(id);
        }
        QVERIFY(page.value(QStringLiteral("deleted")).isArray());
        cursor = page.value(QStringLiteral("next_cursor")).toString();
        QVERIFY(!cursor.isEmpty());
        ++pages;
        if (!page.value(QStringLiteral("has_more")).toBool()) {
            break;
        }
        QCOMPARE(items.size(), 50);
        QVERIFY(pages < 10);
    }
    QCOMPARE(seen.size(), 200);
    QCOMPARE(pages, 4);
    const QJsonObject last = employees(token, QStringLiteral("?since=") + cursor);
    QCOMPARE(last.value(QStringLiteral("items")).toArray().size(), 0);
    QCOMPARE(last.value(QStringLiteral("has_more")).toBool(), false);
    QCOMPARE(last.value(QStringLiteral("next_cursor")).toString(), cursor);
}

void TestServerApi::badQueryParametersAreRejected_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("limit 0") << QStringLiteral("?limit=0");
    QTest::newRow("limit 1001") << QStringLiteral("?limit=1001");
    QTest::newRow("limit text") << QStringLiteral("?limit=ten");
    QTest::newRow("limit negative") << QStringLiteral("?limit=-5");
    QTest::newRow("bad cursor") << QStringLiteral("?since=garbage!!");
    QTest::newRow("forged cursor") << QStringLiteral("?since=YWJj");
    QTest::newRow("unknown parameter") << QStringLiteral("?sort=name");
}

void TestServerApi::badQueryParametersAreRejected()
{
    QFETCH(QString, query);
    const QString token = signIn(QStringLiteral("admin@acme.example"));
    Reply raw;
    employees(token, query, &raw);
    QCOMPARE(raw.status, 400);
    QCOMPARE(raw.errorCode(), QStringLiteral("bad_request"));
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
