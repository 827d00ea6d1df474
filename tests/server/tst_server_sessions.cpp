// Sessions, verified addresses and the mail outbox (issue 13, findings 10, 16 and the outbox
// part of 6) against the real server on SQLite and PostgreSQL. Time moves by restarting the
// server with PURSER_TEST_CLOCK_OFFSET_SECONDS (the server's test clock).
#include "server/auth/Totp.h"
#include "tests/support/ApiTestClient.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using purser::test::ApiReply;
using purser::test::ApiTestClient;
using purser::test::PostgresTestDatabase;
using purser::test::ServerProcess;
namespace Totp = purser::server::Totp;

namespace {

const QString kPassword = QStringLiteral("a sturdy password for tests");
constexpr qint64 kDay = 24 * 3600;

QJsonArray sessionsOf(ApiTestClient& client, const QString& token)
{
    return client.send("GET", QStringLiteral("/api/v1/auth/sessions"), {}, token)
        .json()
        .value(QStringLiteral("items"))
        .toArray();
}

} // namespace

class TestServerSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void usersListAndRevokeTheirOwnSessions();
    void passwordAndTwoFactorChangesRevokeOtherSessions();
    void squattedAddressCannotJoinNorLockOutItsOwner();
    void verificationTokensAreSingleUseAndResendIsLimited();
    void outboxTableHoldsNoUsableToken();
    void sessionsEndThirtyDaysAfterSignIn(); // restarts the server: keep it last
    void logHoldsNoSecrets();

private:
    QSqlDatabase database();
    bool restartAt(qint64 offsetSeconds);
    QStringList mailFiles() const;

    std::unique_ptr<PostgresTestDatabase> m_pg;
    ServerProcess m_server;
    QStringList m_secrets;
    QByteArray m_log; // output of the server processes before a restart
};

void TestServerSessions::initTestCase()
{
    qunsetenv("PURSER_TEST_CLOCK_OFFSET_SECONDS");
    PURSER_START_SERVER(
        m_server, m_pg,
        QStringList({QStringLiteral("--trusted-proxies"), QStringLiteral("127.0.0.0/8")}));
    m_secrets << kPassword << ApiTestClient::kDemoPassword;
}

void TestServerSessions::cleanupTestCase()
{
    qunsetenv("PURSER_TEST_CLOCK_OFFSET_SECONDS");
    QSqlDatabase::removeDatabase(QStringLiteral("sessions-test"));
    QCOMPARE(m_server.stop(), 0);
}

QSqlDatabase TestServerSessions::database()
{
    return ApiTestClient::openDatabase(m_server, m_pg.get(), QStringLiteral("sessions-test"));
}

bool TestServerSessions::restartAt(qint64 offsetSeconds)
{
    const int stopped = m_server.stop();
    m_log += m_server.output();
    if (stopped != 0) {
        return false;
    }
    qputenv("PURSER_TEST_CLOCK_OFFSET_SECONDS", QByteArray::number(offsetSeconds));
    ServerProcess::Options options;
    options.dataDir = m_server.dataDir();
    options.databaseUrl = m_pg && ApiTestClient::postgresBackend() ? m_pg->url() : QString();
    options.extraArgs = {QStringLiteral("--trusted-proxies"), QStringLiteral("127.0.0.0/8")};
    return m_server.start(options);
}

QStringList TestServerSessions::mailFiles() const
{
    return QDir(m_server.dataDir() + QStringLiteral("/mail"))
        .entryList({QStringLiteral("*.eml")}, QDir::Files);
}

void TestServerSessions::usersListAndRevokeTheirOwnSessions()
{
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("192.0.2.40"));
    const QString email = QStringLiteral("member@acme.example");
    const QString laptop = client.signIn(email);
    const QString phone = client.signIn(email);
    QVERIFY(!laptop.isEmpty() && !phone.isEmpty());
    m_secrets << laptop << phone;

    const ApiReply listed = client.send("GET", QStringLiteral("/api/v1/auth/sessions"), {}, phone);
    QCOMPARE(listed.status, 200);
    QVERIFY(!listed.body.contains(laptop.toUtf8()) && !listed.body.contains(phone.toUtf8()));
    QVERIFY(!listed.body.contains("token"));
    const QJsonArray items = listed.json().value(QStringLiteral("items")).toArray();
    QVERIFY(items.size() >= 2);
    QString laptopId;
    int current = 0;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        for (const char* key :
             {"id", "created_at", "last_used_at", "expires_at", "ip", "user_agent", "current"}) {
            QVERIFY2(item.contains(QLatin1String(key)), key);
        }
        QCOMPARE(item.value(QStringLiteral("ip")).toString(), QStringLiteral("192.0.2.40"));
        if (item.value(QStringLiteral("current")).toBool()) {
            ++current;
        } else if (laptopId.isEmpty()) {
            laptopId = item.value(QStringLiteral("id")).toString();
        }
    }
    QCOMPARE(current, 1);
    QSqlQuery hashes(database());
    QVERIFY(hashes.exec(QStringLiteral("SELECT token_hash FROM sessions")));
    while (hashes.next()) {
        QVERIFY(!listed.body.contains(hashes.value(0).toString().toUtf8()));
    }

    // Another user's session id is 404, like an unknown one, and stays alive.
    ApiTestClient other(m_server);
    other.setForwardedFor(QStringLiteral("192.0.2.41"));
    const QString viewer = other.signIn(QStringLiteral("viewer@acme.example"));
    m_secrets << viewer;
    const QString viewerId =
        sessionsOf(other, viewer).first().toObject().value(QStringLiteral("id")).toString();
    const QString revoke = QStringLiteral("/api/v1/auth/sessions/%1");
    QCOMPARE(client.send("DELETE", revoke.arg(viewerId), {}, phone).status, 404);
    QCOMPARE(client.send("DELETE", revoke.arg(QStringLiteral("junk")), {}, phone).status, 404);
    QCOMPARE(other.send("GET", QStringLiteral("/api/v1/auth/session"), {}, viewer).status, 200);
    QCOMPARE(client.send("GET", QStringLiteral("/api/v1/auth/sessions"), {}, {}).status, 401);

    // Their own: revoked at once.
    QVERIFY(!laptopId.isEmpty());
    QCOMPARE(client.send("DELETE", revoke.arg(laptopId), {}, phone).status, 204);
    QCOMPARE(client.send("GET", QStringLiteral("/api/v1/auth/session"), {}, laptop).status, 401);
    QCOMPARE(client.send("GET", QStringLiteral("/api/v1/auth/session"), {}, phone).status, 200);

    // Audited like signing out, in the member's organisation: the session by its id only.
    QSqlQuery audit(database());
    audit.prepare(QStringLiteral("SELECT actor_display, summary, changes FROM audit_log "
                                 "WHERE action = 'revoke' AND entity_type = 'session' "
                                 "AND entity_id = ?"));
    audit.addBindValue(laptopId);
    QVERIFY2(audit.exec(), qPrintable(audit.lastError().text()));
    QVERIFY2(audit.next(), "revoking a session wrote no audit entry");
    QCOMPARE(audit.value(0).toString(), email);
    for (int column = 0; column < 3; ++column) {
        QVERIFY(!audit.value(column).toString().contains(laptop));
    }
}

void TestServerSessions::passwordAndTwoFactorChangesRevokeOtherSessions()
{
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("192.0.2.50"));
    const QString email = QStringLiteral("admin@globex.example");
    const QString first = client.signIn(email);
    QVERIFY(!first.isEmpty());
    const QString second = client.signIn(email);
    m_secrets << first << second;
    const QString session = QStringLiteral("/api/v1/auth/session");

    // A password change keeps the session that made it and ends every other.
    const QString newPassword = QStringLiteral("a password nobody knows");
    m_secrets << newPassword;
    const QString change = QStringLiteral("/api/v1/auth/change-password");
    const ApiReply wrongCurrent =
        client.sendJson("POST", change,
                        {{QStringLiteral("current_password"), QStringLiteral("not the password")},
                         {QStringLiteral("new_password"), newPassword}},
                        second);
    QCOMPARE(wrongCurrent.status, 422);
    QVERIFY(wrongCurrent.fields().contains(QStringLiteral("current_password")));
    const ApiReply tooShort =
        client.sendJson("POST", change,
                        {{QStringLiteral("current_password"), ApiTestClient::kDemoPassword},
                         {QStringLiteral("new_password"), QStringLiteral("short")}},
                        second);
    QCOMPARE(tooShort.status, 422);
    QVERIFY(tooShort.fields().contains(QStringLiteral("new_password")));
    QCOMPARE(client.send("GET", session, {}, first).status, 200); // nothing changed yet
    QCOMPARE(client
                 .sendJson("POST", QStringLiteral("/api/v1/auth/change-password"),
                           {{QStringLiteral("current_password"), ApiTestClient::kDemoPassword},
                            {QStringLiteral("new_password"), newPassword}},
                           second)
                 .status,
             204);
    QCOMPARE(client.send("GET", session, {}, first).status, 401);
    QCOMPARE(client.send("GET", session, {}, second).status, 200);
    ApiReply old;
    client.signIn(email, ApiTestClient::kDemoPassword, nullptr, &old);
    QCOMPARE(old.status, 401);

    // Turning two-factor on ends the sessions that signed in without it.
    const QString bystander = client.signIn(email, newPassword);
    QVERIFY(!bystander.isEmpty());
    const ApiReply enabled =
        client.sendJson("POST", QStringLiteral("/api/v1/auth/two-factor/enable"),
                        {{QStringLiteral("password"), newPassword}}, second);
    QCOMPARE(enabled.status, 200);
    const QString secret = enabled.json().value(QStringLiteral("secret")).toString();
    const QJsonArray backupCodes = enabled.json().value(QStringLiteral("backup_codes")).toArray();
    m_secrets << bystander << secret;
    const auto secretBytes = Totp::base32Decode(secret);
    QVERIFY(secretBytes);
    QCOMPARE(client
                 .sendJson("POST", QStringLiteral("/api/v1/auth/two-factor/verify"),
                           {{QStringLiteral("code"),
                             Totp::codeAt(*secretBytes, QDateTime::currentSecsSinceEpoch())}},
                           second)
                 .status,
             204);
    QCOMPARE(client.send("GET", session, {}, bystander).status, 401);
    QCOMPARE(client.send("GET", session, {}, second).status, 200);

    // Turning it off ends the others too.
    const QString third =
        client.signIn(email, newPassword, nullptr, nullptr, backupCodes.at(0).toString());
    QVERIFY(!third.isEmpty());
    m_secrets << third;
    QCOMPARE(client
                 .sendJson("POST", QStringLiteral("/api/v1/auth/two-factor/disable"),
                           {{QStringLiteral("password"), newPassword},
                            {QStringLiteral("code"), backupCodes.at(1).toString()}},
                           second)
                 .status,
             204);
    QCOMPARE(client.send("GET", session, {}, third).status, 401);
    QCOMPARE(client.send("GET", session, {}, second).status, 200);
}

void TestServerSessions::squattedAddressCannotJoinNorLockOutItsOwner()
{
    // Mallory registers the new hire's address before the invitation is sent.
    const QString victim = QStringLiteral("new.starter@acme.example");
    ApiTestClient mallory(m_server);
    mallory.setForwardedFor(QStringLiteral("192.0.2.60"));
    const ApiReply squatted =
        mallory.sendJson("POST", QStringLiteral("/api/v1/auth/sign-up"),
                         {{QStringLiteral("email"), victim},
                          {QStringLiteral("password"), kPassword},
                          {QStringLiteral("name"), QStringLiteral("Not The Starter")},
                          {QStringLiteral("organization_name"), QStringLiteral("Squat Ltd")}});
    QCOMPARE(squatted.status, 201);
    const QString squatter = squatted.json().value(QStringLiteral("token")).toString();
    m_secrets << squatter;
    // Two-factor on someone else's address would lock its owner out: not before verifying.
    const ApiReply twoFactor =
        mallory.sendJson("POST", QStringLiteral("/api/v1/auth/two-factor/enable"),
                         {{QStringLiteral("password"), kPassword}}, squatter);
    QCOMPARE(twoFactor.status, 403);
    QVERIFY(twoFactor.body.contains("email_unverified"));

    ApiTestClient admin(m_server);
    admin.setForwardedFor(QStringLiteral("192.0.2.61"));
    QJsonObject adminSession;
    const QString adminToken = admin.signIn(QStringLiteral("admin@acme.example"),
                                            ApiTestClient::kDemoPassword, &adminSession);
    m_secrets << adminToken;
    const ApiReply invited = admin.sendJson(
        "POST",
        QStringLiteral("/api/v1/orgs/%1/invitations")
            .arg(adminSession.value(QStringLiteral("active_organization_id")).toString()),
        {{QStringLiteral("email"), victim}, {QStringLiteral("role"), QStringLiteral("finance")}},
        adminToken);
    QCOMPARE(invited.status, 201);
    const QString inviteToken = invited.json().value(QStringLiteral("token")).toString();
    m_secrets << inviteToken;
    const QString accept = QStringLiteral("/api/v1/auth/invitations/%1/accept").arg(inviteToken);
    const ApiReply refused = mallory.send("POST", accept, {}, squatter);
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.body.contains("email_unverified"));

    // The real starter reads the mailbox: a reset proves the address, ends Mallory's session.
    ApiTestClient starter(m_server);
    starter.setForwardedFor(QStringLiteral("192.0.2.62"));
    QCOMPARE(starter
                 .sendJson("POST", QStringLiteral("/api/v1/auth/forget-password"),
                           {{QStringLiteral("email"), victim}})
                 .status,
             202);
    const QString resetToken = starter.mailedToken(QStringLiteral("pr_"), victim);
    QVERIFY(!resetToken.isEmpty());
    const QString ownPassword = QStringLiteral("the starter's own password");
    m_secrets << resetToken << ownPassword;
    QCOMPARE(starter
                 .sendJson("POST", QStringLiteral("/api/v1/auth/reset-password"),
                           {{QStringLiteral("token"), resetToken},
                            {QStringLiteral("new_password"), ownPassword}})
                 .status,
             204);
    QCOMPARE(mallory.send("GET", QStringLiteral("/api/v1/auth/session"), {}, squatter).status, 401);
    const QString own = starter.signIn(victim, ownPassword);
    QVERIFY(!own.isEmpty());
    m_secrets << own;
    QCOMPARE(starter.send("POST", accept, {}, own).status, 201);
}

void TestServerSessions::verificationTokensAreSingleUseAndResendIsLimited()
{
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("192.0.2.70"));
    const QString email = QStringLiteral("verify-me@example.com");
    const ApiReply signedUp =
        client.sendJson("POST", QStringLiteral("/api/v1/auth/sign-up"),
                        {{QStringLiteral("email"), email},
                         {QStringLiteral("password"), kPassword},
                         {QStringLiteral("name"), QStringLiteral("Vera")},
                         {QStringLiteral("organization_name"), QStringLiteral("Vera Ltd")}});
    QCOMPARE(signedUp.status, 201);
    const QString session = signedUp.json().value(QStringLiteral("token")).toString();
    const QString first = client.mailedToken(QStringLiteral("pv_"), email);
    QVERIFY(!first.isEmpty());
    m_secrets << session << first;

    // Resending: 3 per window per account, then 429.
    const QString resend = QStringLiteral("/api/v1/auth/verify-email/resend");
    QList<int> statuses;
    for (int i = 0; i < 4; ++i) {
        statuses << client.send("POST", resend, {}, session).status;
    }
    QCOMPARE(statuses, QList<int>({202, 202, 202, 429}));
    const QString latest = client.mailedToken(QStringLiteral("pv_"), email);
    QVERIFY(latest != first);
    m_secrets << latest;

    const QString verify = QStringLiteral("/api/v1/auth/verify-email");
    QCOMPARE(client
                 .sendJson("POST", verify,
                           {{QStringLiteral("token"), QStringLiteral("pv_") + QString(43, u'x')}})
                 .status,
             422);
    QCOMPARE(client.sendJson("POST", verify, {{QStringLiteral("token"), latest}}).status, 204);
    QCOMPARE(client.sendJson("POST", verify, {{QStringLiteral("token"), latest}}).status, 422);
    QCOMPARE(client.send("POST", resend, {}, session).status, 409);
    // Only hashes at rest.
    QSqlQuery stored(database());
    QVERIFY(stored.exec(QStringLiteral("SELECT token_hash FROM email_verifications")));
    while (stored.next()) {
        QVERIFY(stored.value(0).toString() != first && stored.value(0).toString() != latest);
    }
}

void TestServerSessions::outboxTableHoldsNoUsableToken()
{
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("192.0.2.80"));
    const QString email = QStringLiteral("finance@acme.example");
    const QStringList before = mailFiles();
    QCOMPARE(client
                 .sendJson("POST", QStringLiteral("/api/v1/auth/forget-password"),
                           {{QStringLiteral("email"), email}})
                 .status,
             202);
    const QString token = client.mailedToken(QStringLiteral("pr_"), email);
    QVERIFY(!token.isEmpty());
    m_secrets << token;
    QStringList added = mailFiles();
    for (const QString& name : before) {
        added.removeAll(name);
    }
    QCOMPARE(added.size(), 1);
    const QString file = m_server.dataDir() + QStringLiteral("/mail/") + added.first();
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    QVERIFY(!(QFileInfo(file).permissions() & others));

    // The database holds no usable token: not the outbox, not the reset table.
    const QRegularExpression anyToken(QStringLiteral("p[rv]_[A-Za-z0-9_-]{43}"));
    QSqlQuery outbox(database());
    QVERIFY2(outbox.exec(QStringLiteral("SELECT recipient, subject, body FROM mail_outbox")),
             qPrintable(outbox.lastError().text()));
    int rows = 0;
    while (outbox.next()) {
        ++rows;
        const QString body = outbox.value(2).toString();
        QVERIFY(!body.contains(token));
        QVERIFY2(!anyToken.match(body).hasMatch(), qPrintable(body));
    }
    QVERIFY(rows >= 1);
    QSqlQuery resets(database());
    QVERIFY(resets.exec(QStringLiteral("SELECT token_hash FROM password_resets")));
    while (resets.next()) {
        QVERIFY(resets.value(0).toString() != token);
    }

    // Used: the file goes.
    const QString newPassword = QStringLiteral("finance resets the password");
    m_secrets << newPassword;
    QCOMPARE(client
                 .sendJson("POST", QStringLiteral("/api/v1/auth/reset-password"),
                           {{QStringLiteral("token"), token},
                            {QStringLiteral("new_password"), newPassword}})
                 .status,
             204);
    QVERIFY(!QFileInfo::exists(file));
}

void TestServerSessions::sessionsEndThirtyDaysAfterSignIn()
{
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("192.0.2.90"));
    const QString token = client.signIn(QStringLiteral("auditor@acme.example"));
    QVERIFY(!token.isEmpty());
    m_secrets << token;
    // A reset mail nobody uses: its file goes once the token has expired.
    QCOMPARE(client
                 .sendJson("POST", QStringLiteral("/api/v1/auth/forget-password"),
                           {{QStringLiteral("email"), QStringLiteral("owner@globex.example")}})
                 .status,
             202);
    const QString unused =
        client.mailedToken(QStringLiteral("pr_"), QStringLiteral("owner@globex.example"));
    QVERIFY(!unused.isEmpty());
    m_secrets << unused;

    // Used every six days, the session slides, but not past 30 days from sign-in.
    for (const qint64 day : {6, 12, 18, 24, 29}) {
        QVERIFY2(restartAt(day * kDay), qPrintable(m_server.errorString()));
        ApiTestClient later(m_server);
        later.setForwardedFor(QStringLiteral("192.0.2.91"));
        QCOMPARE(later.send("GET", QStringLiteral("/api/v1/auth/session"), {}, token).status, 200);
    }
    QVERIFY2(restartAt(30 * kDay + 3600), qPrintable(m_server.errorString()));
    ApiTestClient last(m_server);
    last.setForwardedFor(QStringLiteral("192.0.2.92"));
    QCOMPARE(last.send("GET", QStringLiteral("/api/v1/auth/session"), {}, token).status, 401);
    QVERIFY(
        last.mailedToken(QStringLiteral("pr_"), QStringLiteral("owner@globex.example")).isEmpty());
    // A fresh sign-in works.
    const QString fresh = last.signIn(QStringLiteral("auditor@acme.example"));
    QVERIFY(!fresh.isEmpty());
    m_secrets << fresh;
}

void TestServerSessions::logHoldsNoSecrets()
{
    QTest::qWait(200);
    const QByteArray log = m_log + m_server.output();
    for (const QString& secret : std::as_const(m_secrets)) {
        QVERIFY2(!log.contains(secret.toUtf8()), qPrintable(secret.left(6)));
    }
}

QTEST_MAIN(TestServerSessions)
#include "tst_server_sessions.moc"
