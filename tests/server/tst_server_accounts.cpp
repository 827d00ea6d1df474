// Accounts and sessions against the real server: sign-up, the session cookie, rotation at
// sign-in, active organisation, password reset through the mail outbox, audit entries, and
// hardening (generic 500s, no secrets in the log). Runs on SQLite and PostgreSQL.
#include "tests/support/ApiTestClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using purser::test::ApiReply;
using purser::test::ApiTestClient;
using purser::test::PostgresTestDatabase;
using purser::test::ServerProcess;

namespace {

const QString kPassword = QStringLiteral("sign-up password 123");

QString orgOf(const QJsonObject& session)
{
    return session.value(QStringLiteral("active_organization_id")).toString();
}

} // namespace

class TestServerAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void signUpCreatesAnOwnerAndASession();
    void signUpValidates_data();
    void signUpValidates();
    void cookieIsAnAlternativeToTheBearer();
    void signInRotatesTheSession();
    void activeOrganizationMustBeAMembership();
    void passwordResetThroughTheMailOutbox();
    void actionsAreAudited();
    void serverErrorsRevealNothing();
    void logHoldsNoSecrets();

private:
    QSqlDatabase database();
    int auditCount(const QString& orgId, const QString& action);

    std::unique_ptr<PostgresTestDatabase> m_pg;
    ServerProcess m_server;
    QString m_orgId;
    QStringList m_secrets;
};

void TestServerAccounts::initTestCase()
{
    PURSER_START_SERVER(
        m_server, m_pg,
        QStringList({QStringLiteral("--trusted-proxies"), QStringLiteral("127.0.0.0/8")}));
    m_secrets << kPassword << ApiTestClient::kDemoPassword;
}

void TestServerAccounts::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(QStringLiteral("accounts-test"));
    QCOMPARE(m_server.stop(), 0);
}

QSqlDatabase TestServerAccounts::database()
{
    if (QSqlDatabase::contains(QStringLiteral("accounts-test"))) {
        return QSqlDatabase::database(QStringLiteral("accounts-test"));
    }
    return ApiTestClient::openDatabase(m_server, m_pg.get(), QStringLiteral("accounts-test"));
}

int TestServerAccounts::auditCount(const QString& orgId, const QString& action)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE org_id = ? AND action = ?"));
    query.addBindValue(orgId);
    query.addBindValue(action);
    if (!query.exec() || !query.next()) {
        qWarning() << query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

void TestServerAccounts::signUpCreatesAnOwnerAndASession()
{
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("192.0.2.1"));
    const ApiReply reply =
        client.sendJson("POST", QStringLiteral("/api/v1/auth/sign-up"),
                        {{QStringLiteral("email"), QStringLiteral("  Founder@Example.COM ")},
                         {QStringLiteral("password"), kPassword},
                         {QStringLiteral("name"), QStringLiteral("Fay Founder")},
                         {QStringLiteral("organization_name"), QStringLiteral("Founders Ltd")}});
    QCOMPARE(reply.status, 201);
    const QJsonObject session = reply.json();
    const QString token = session.value(QStringLiteral("token")).toString();
    QVERIFY(token.startsWith(u"ps_"));
    m_secrets << token;
    QCOMPARE(
        session.value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString(),
        QStringLiteral("founder@example.com"));
    const QJsonObject membership =
        session.value(QStringLiteral("memberships")).toArray().first().toObject();
    QCOMPARE(membership.value(QStringLiteral("role")).toString(), QStringLiteral("owner"));
    QCOMPARE(membership.value(QStringLiteral("organization_name")).toString(),
             QStringLiteral("Founders Ltd"));
    m_orgId = orgOf(session);
    const QByteArray cookie = reply.header("Set-Cookie");
    QVERIFY(cookie.startsWith("__Secure-purser_session=" + token.toLatin1() + ";"));
    for (const char* attribute : {"HttpOnly", "Secure", "SameSite=Lax", "Path=/"}) {
        QVERIFY2(cookie.contains(attribute), attribute);
    }
    // The same address again, any spelling, is taken.
    const ApiReply again =
        client.sendJson("POST", QStringLiteral("/api/v1/auth/sign-up"),
                        {{QStringLiteral("email"), QStringLiteral("founder@example.com")},
                         {QStringLiteral("password"), kPassword},
                         {QStringLiteral("name"), QStringLiteral("Someone")},
                         {QStringLiteral("organization_name"), QStringLiteral("Other")}});
    QCOMPARE(again.status, 422);
    QVERIFY(again.fields().contains(QStringLiteral("email")));
}

void TestServerAccounts::signUpValidates_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("short password")
        << QByteArray(
               R"({"email":"a@example.com","password":"elevenchars","name":"A","organization_name":"O"})")
        << 422 << QStringLiteral("password");
    QTest::newRow("long password")
        << ("{\"email\":\"a@example.com\",\"password\":\"" + QByteArray(129, 'x') +
            "\",\"name\":\"A\",\"organization_name\":\"O\"}")
        << 422 << QStringLiteral("password");
    QTest::newRow("not an email")
        << QByteArray(
               R"({"email":"nobody","password":"twelve chars!","name":"A","organization_name":"O"})")
        << 422 << QStringLiteral("email");
    QTest::newRow("missing name")
        << QByteArray(
               R"({"email":"b@example.com","password":"twelve chars!","organization_name":"O"})")
        << 422 << QStringLiteral("name");
    QTest::newRow("wrong type")
        << QByteArray(
               R"({"email":"b@example.com","password":123456789012,"name":"A","organization_name":"O"})")
        << 400 << QStringLiteral("password");
    QTest::newRow("unknown field")
        << QByteArray(
               R"({"email":"b@example.com","password":"twelve chars!","name":"A","organization_name":"O","role":"owner"})")
        << 422 << QStringLiteral("role");
}

void TestServerAccounts::signUpValidates()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    ApiTestClient client(m_server);
    static int row = 0;
    client.setForwardedFor(QStringLiteral("192.0.2.%1").arg(100 + row++));
    const ApiReply reply = client.send("POST", QStringLiteral("/api/v1/auth/sign-up"), body);
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.fields().contains(field), reply.body.constData());
}

void TestServerAccounts::cookieIsAnAlternativeToTheBearer()
{
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("192.0.2.2"));
    const QString token = client.signIn(QStringLiteral("viewer@acme.example"));
    QVERIFY(!token.isEmpty());
    m_secrets << token;
    const QList<QPair<QByteArray, QByteArray>> cookie = {
        {"Cookie", "theme=dark; __Secure-purser_session=" + token.toLatin1()}};
    const ApiReply session =
        client.send("GET", QStringLiteral("/api/v1/auth/session"), {}, {}, cookie);
    QCOMPARE(session.status, 200);
    // A write by cookie declares JSON even without a body (CookieWriteCheck).
    const ApiReply out = client.send(
        "POST", QStringLiteral("/api/v1/auth/sign-out"), {}, {},
        cookie + QList<QPair<QByteArray, QByteArray>>{{"Content-Type", "application/json"}});
    QCOMPARE(out.status, 204);
    QVERIFY(out.header("Set-Cookie").contains("Max-Age=0"));
    QCOMPARE(client.send("GET", QStringLiteral("/api/v1/auth/session"), {}, {}, cookie).status,
             401);
    // A forged cookie is nothing.
    QCOMPARE(client
                 .send("GET", QStringLiteral("/api/v1/auth/session"), {}, {},
                       {{"Cookie", "__Secure-purser_session=ps_forged"}})
                 .status,
             401);
}

void TestServerAccounts::signInRotatesTheSession()
{
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("192.0.2.3"));
    const QString first = client.signIn(QStringLiteral("finance@acme.example"));
    QVERIFY(!first.isEmpty());
    // Signing in again while presenting the old session replaces it.
    const ApiReply second = client.send(
        "POST", QStringLiteral("/api/v1/auth/sign-in"),
        R"({"email":"finance@acme.example","password":"correct horse battery staple"})", first);
    QCOMPARE(second.status, 200);
    const QString fresh = second.json().value(QStringLiteral("token")).toString();
    QVERIFY(fresh != first);
    m_secrets << first << fresh;
    QCOMPARE(client.send("GET", QStringLiteral("/api/v1/auth/session"), {}, first).status, 401);
    QCOMPARE(client.send("GET", QStringLiteral("/api/v1/auth/session"), {}, fresh).status, 200);
}

void TestServerAccounts::activeOrganizationMustBeAMembership()
{
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("192.0.2.4"));
    QJsonObject globex;
    client.signIn(QStringLiteral("owner@globex.example"), ApiTestClient::kDemoPassword, &globex);
    QJsonObject acme;
    const QString token =
        client.signIn(QStringLiteral("member@acme.example"), ApiTestClient::kDemoPassword, &acme);
    const QString path = QStringLiteral("/api/v1/auth/active-organization");
    const ApiReply foreign =
        client.sendJson("POST", path, {{QStringLiteral("organization_id"), orgOf(globex)}}, token);
    QCOMPARE(foreign.status, 404);
    QCOMPARE(client
                 .sendJson("POST", path,
                           {{QStringLiteral("organization_id"), QStringLiteral("junk")}}, token)
                 .status,
             404);
    const ApiReply own =
        client.sendJson("POST", path, {{QStringLiteral("organization_id"), orgOf(acme)}}, token);
    QCOMPARE(own.status, 200);
    QCOMPARE(orgOf(own.json()), orgOf(acme));
    QVERIFY(!own.json().contains(QStringLiteral("token")));
}

void TestServerAccounts::passwordResetThroughTheMailOutbox()
{
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("192.0.2.5"));
    const QString oldSession = client.signIn(QStringLiteral("founder@example.com"), kPassword);
    QVERIFY(!oldSession.isEmpty());

    const QString forget = QStringLiteral("/api/v1/auth/forget-password");
    const ApiReply known = client.sendJson(
        "POST", forget, {{QStringLiteral("email"), QStringLiteral("Founder@example.com")}});
    const ApiReply unknown = client.sendJson(
        "POST", forget, {{QStringLiteral("email"), QStringLiteral("nobody@example.com")}});
    QCOMPARE(known.status, 202);
    QCOMPARE(unknown.status, 202);
    QCOMPARE(known.body, unknown.body);

    // One file per message in DATA_DIR/mail (the sign-up's verification mail is there too);
    // the outbox table records the message without its token.
    const QDir mail(m_server.dataDir() + QStringLiteral("/mail"));
    QStringList files;
    for (const QString& name : mail.entryList({QStringLiteral("*.eml")}, QDir::Files)) {
        QFile candidate(mail.filePath(name));
        if (candidate.open(QIODevice::ReadOnly) && candidate.readAll().contains("pr_")) {
            files << name;
        }
    }
    QCOMPARE(files.size(), 1);
    QFile file(mail.filePath(files.first()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString message = QString::fromUtf8(file.readAll());
    QVERIFY(message.contains(QStringLiteral("To: founder@example.com")));
    const auto match = QRegularExpression(QStringLiteral("(pr_[A-Za-z0-9_-]{43})")).match(message);
    QVERIFY(match.hasMatch());
    const QString resetToken = match.captured(1);
    m_secrets << resetToken << oldSession;
    QSqlQuery outbox(database());
    QVERIFY(outbox.exec(
        QStringLiteral("SELECT recipient, body FROM mail_outbox WHERE subject LIKE 'Reset%'")));
    QVERIFY(outbox.next());
    QCOMPARE(outbox.value(0).toString(), QStringLiteral("founder@example.com"));
    QVERIFY(!outbox.value(1).toString().contains(resetToken));
    QSqlQuery stored(database());
    QVERIFY(stored.exec(QStringLiteral("SELECT token_hash FROM password_resets")));
    QVERIFY(stored.next());
    QVERIFY(stored.value(0).toString() != resetToken); // hashed

    const QString newPassword = QStringLiteral("my brand new password");
    m_secrets << newPassword;
    const QString reset = QStringLiteral("/api/v1/auth/reset-password");
    QCOMPARE(client
                 .sendJson("POST", reset,
                           {{QStringLiteral("token"), resetToken},
                            {QStringLiteral("new_password"), QStringLiteral("too short")}})
                 .status,
             422);
    QCOMPARE(client
                 .sendJson("POST", reset,
                           {{QStringLiteral("token"), resetToken},
                            {QStringLiteral("new_password"), newPassword}})
                 .status,
             204);
    // Every session of the user is revoked; the token works once; the old password is gone.
    QCOMPARE(client.send("GET", QStringLiteral("/api/v1/auth/session"), {}, oldSession).status,
             401);
    QCOMPARE(
        client
            .sendJson("POST", reset,
                      {{QStringLiteral("token"), resetToken},
                       {QStringLiteral("new_password"), QStringLiteral("yet another password")}})
            .status,
        422);
    ApiReply old;
    client.signIn(QStringLiteral("founder@example.com"), kPassword, nullptr, &old);
    QCOMPARE(old.status, 401);
    QVERIFY(!client.signIn(QStringLiteral("founder@example.com"), newPassword).isEmpty());
}

void TestServerAccounts::actionsAreAudited()
{
    QVERIFY(!m_orgId.isEmpty());
    QCOMPARE(auditCount(m_orgId, QStringLiteral("create")), 1); // the sign-up
    QVERIFY(auditCount(m_orgId, QStringLiteral("sign_in")) >= 2);
    QCOMPARE(auditCount(m_orgId, QStringLiteral("password_reset")), 1);
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("192.0.2.6"));
    QJsonObject session;
    const QString token = client.signIn(QStringLiteral("auditor@acme.example"),
                                        ApiTestClient::kDemoPassword, &session);
    const int before = auditCount(orgOf(session), QStringLiteral("sign_out"));
    QCOMPARE(client.send("POST", QStringLiteral("/api/v1/auth/sign-out"), {}, token).status, 204);
    QCOMPARE(auditCount(orgOf(session), QStringLiteral("sign_out")), before + 1);
    // The audit entry names the forwarded client address, not the proxy.
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT ip FROM audit_log WHERE org_id = ? AND action = 'sign_out' "
                       "ORDER BY seq DESC LIMIT 1"));
    query.addBindValue(orgOf(session));
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("192.0.2.6"));
}

void TestServerAccounts::serverErrorsRevealNothing()
{
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("192.0.2.7"));
    QJsonObject session;
    const QString token =
        client.signIn(QStringLiteral("admin@acme.example"), ApiTestClient::kDemoPassword, &session);
    QSqlQuery rename(database());
    QVERIFY2(rename.exec(QStringLiteral("ALTER TABLE employees RENAME TO employees_hidden")),
             qPrintable(rename.lastError().text()));
    const ApiReply broken = client.send(
        "GET", QStringLiteral("/api/v1/orgs/%1/employees").arg(orgOf(session)), {}, token);
    QSqlQuery restore(database());
    QVERIFY(restore.exec(QStringLiteral("ALTER TABLE employees_hidden RENAME TO employees")));
    QCOMPARE(broken.status, 500);
    QCOMPARE(broken.errorCode(), QStringLiteral("internal"));
    const QByteArray lower = broken.body.toLower();
    for (const char* leak : {"employees", "select", "sql", "table", "/tmp", "purser.db",
                             "error:", "relation", "exception"}) {
        QVERIFY2(!lower.contains(leak), leak);
    }
    // The details are in the server log, under the request id.
    QTest::qWait(200);
    QVERIFY(m_server.output().contains(broken.header("X-Request-Id")));
    QCOMPARE(
        client
            .send("GET", QStringLiteral("/api/v1/orgs/%1/employees").arg(orgOf(session)), {}, token)
            .status,
        200);
}

void TestServerAccounts::logHoldsNoSecrets()
{
    QTest::qWait(200);
    const QByteArray log = m_server.output();
    QVERIFY(log.contains("purser.server.auth"));
    for (const QString& secret : std::as_const(m_secrets)) {
        QVERIFY2(!log.contains(secret.toUtf8()), qPrintable(secret.left(6)));
    }
    QVERIFY(!log.contains("Bearer"));
    QVERIFY(!log.contains("__Secure-purser_session="));
}

QTEST_MAIN(TestServerAccounts)
#include "tst_server_accounts.moc"
