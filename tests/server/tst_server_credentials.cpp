// Where passwords and codes are checked (issue 13, findings 1, 7, 9), attacked against the real
// server on SQLite and PostgreSQL: an invitation is no password oracle and grants no session;
// every check behind a session draws on the same budget as sign-in; strangers cannot lock out
// a client that signed in to the account before.
#include "server/auth/Totp.h"
#include "tests/support/ApiTestClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>
#include <algorithm>

using purser::test::ApiReply;
using purser::test::ApiTestClient;
using purser::test::PostgresTestDatabase;
using purser::test::ServerProcess;

namespace {

const QString kPassword = QStringLiteral("an attacker's own password");

QString orgOf(const QJsonObject& session)
{
    return session.value(QStringLiteral("active_organization_id")).toString();
}

int count(const QList<int>& statuses, int status)
{
    return static_cast<int>(std::count(statuses.cbegin(), statuses.cend(), status));
}

} // namespace

class TestServerCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void invitationIsNoPasswordOracle();
    void checksBehindASessionShareTheSignInBudget();
    void codeGuessesBehindASessionAreBudgeted();
    void strangersCannotLockOutAKnownClient();
    void logHoldsNoSecrets();

private:
    std::unique_ptr<PostgresTestDatabase> m_pg;
    ServerProcess m_server;
    QStringList m_secrets;
    QString m_ownerKnownClient; // a real known-client token of another account
};

void TestServerCredentials::initTestCase()
{
    PURSER_START_SERVER(
        m_server, m_pg,
        QStringList({QStringLiteral("--trusted-proxies"), QStringLiteral("127.0.0.0/8")}));
    m_secrets << kPassword << ApiTestClient::kDemoPassword;
}

void TestServerCredentials::cleanupTestCase()
{
    QCOMPARE(m_server.stop(), 0);
}

void TestServerCredentials::invitationIsNoPasswordOracle()
{
    // Anyone signs up, makes an organisation and invites the victim's address.
    ApiTestClient attacker(m_server);
    attacker.setForwardedFor(QStringLiteral("198.51.100.1"));
    const ApiReply signedUp =
        attacker.sendJson("POST", QStringLiteral("/api/v1/auth/sign-up"),
                          {{QStringLiteral("email"), QStringLiteral("mallory@evil.example")},
                           {QStringLiteral("password"), kPassword},
                           {QStringLiteral("name"), QStringLiteral("Mallory")},
                           {QStringLiteral("organization_name"), QStringLiteral("Evil Ltd")}});
    QCOMPARE(signedUp.status, 201);
    const QString mallory = signedUp.json().value(QStringLiteral("token")).toString();
    const QString evilOrg = orgOf(signedUp.json());
    m_secrets << mallory;
    const ApiReply invited =
        attacker.sendJson("POST", QStringLiteral("/api/v1/orgs/%1/invitations").arg(evilOrg),
                          {{QStringLiteral("email"), QStringLiteral("owner@acme.example")},
                           {QStringLiteral("role"), QStringLiteral("viewer")}},
                          mallory);
    QCOMPARE(invited.status, 201);
    const QString inviteToken = invited.json().value(QStringLiteral("token")).toString();
    m_secrets << inviteToken;
    const QString accept = QStringLiteral("/api/v1/auth/invitations/%1/accept").arg(inviteToken);

    // Guessing the victim's password through the accept call: a wrong and the right guess get
    // the same answer, and neither carries a session.
    QList<ApiReply> answers;
    for (const QString& guess :
         {QStringLiteral("wrong guess number one"), ApiTestClient::kDemoPassword}) {
        answers << attacker.sendJson("POST", accept, {{QStringLiteral("password"), guess}});
        answers << attacker.sendJson("POST", accept, {{QStringLiteral("password"), guess}},
                                     mallory);
    }
    for (const ApiReply& answer : std::as_const(answers)) {
        QVERIFY2(answer.status != 201, answer.body.constData());
        QVERIFY(!answer.json().contains(QStringLiteral("token")));
        QVERIFY(answer.header("Set-Cookie").isEmpty());
    }
    QCOMPARE(answers[0].status, answers[2].status); // no session: wrong and right alike
    QCOMPARE(answers[0].body, answers[2].body);
    QCOMPARE(answers[1].status, answers[3].status); // someone else's session: alike too
    QCOMPARE(answers[1].body, answers[3].body);

    // The real owner, signed in normally, accepts with their own session: no new session.
    ApiTestClient owner(m_server);
    owner.setForwardedFor(QStringLiteral("198.51.100.2"));
    QJsonObject ownerSignIn;
    const QString ownerSession = owner.signIn(QStringLiteral("owner@acme.example"),
                                              ApiTestClient::kDemoPassword, &ownerSignIn);
    QVERIFY(!ownerSession.isEmpty());
    m_ownerKnownClient = ownerSignIn.value(QStringLiteral("known_client_token")).toString();
    m_secrets << ownerSession << m_ownerKnownClient;
    const ApiReply joined = owner.send("POST", accept, {}, ownerSession);
    QCOMPARE(joined.status, 201);
    QVERIFY(!joined.json().contains(QStringLiteral("token")));
    QVERIFY(joined.header("Set-Cookie").isEmpty());
    bool member = false;
    for (const QJsonValue& membership :
         joined.json().value(QStringLiteral("memberships")).toArray()) {
        member =
            member || membership.toObject().value(QStringLiteral("organization_id")) == evilOrg;
    }
    QVERIFY(member);
    QCOMPARE(owner.send("POST", accept, {}, ownerSession).status, 404); // single use
}

void TestServerCredentials::checksBehindASessionShareTheSignInBudget()
{
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("198.51.100.10"));
    const ApiReply signedUp =
        client.sendJson("POST", QStringLiteral("/api/v1/auth/sign-up"),
                        {{QStringLiteral("email"), QStringLiteral("stolen-session@example.com")},
                         {QStringLiteral("password"), kPassword},
                         {QStringLiteral("name"), QStringLiteral("Victim")},
                         {QStringLiteral("organization_name"), QStringLiteral("Victim Ltd")}});
    QCOMPARE(signedUp.status, 201);
    const QString session = signedUp.json().value(QStringLiteral("token")).toString();
    m_secrets << session;

    // Someone holding the session guesses the password through two-factor/enable.
    QList<int> statuses;
    for (int i = 0; i < 12; ++i) {
        statuses << client
                        .sendJson("POST", QStringLiteral("/api/v1/auth/two-factor/enable"),
                                  {{QStringLiteral("password"),
                                    QStringLiteral("guess number %1 here").arg(i)}},
                                  session)
                        .status;
    }
    QCOMPARE(count(statuses, 422), 5);
    QCOMPARE(count(statuses, 429), 7);
    // The same budget serves change-password and sign-in from an unknown client.
    const ApiReply change =
        client.sendJson("POST", QStringLiteral("/api/v1/auth/change-password"),
                        {{QStringLiteral("current_password"), kPassword},
                         {QStringLiteral("new_password"), QStringLiteral("a brand new password")}},
                        session);
    QCOMPARE(change.status, 429);
    QVERIFY(change.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("retry_after"))
                .toInteger() > 0);
    ApiTestClient elsewhere(m_server);
    elsewhere.setForwardedFor(QStringLiteral("198.51.100.11"));
    ApiReply refused;
    elsewhere.signIn(QStringLiteral("stolen-session@example.com"), kPassword, nullptr, &refused);
    QCOMPARE(refused.status, 429);
}

void TestServerCredentials::codeGuessesBehindASessionAreBudgeted()
{
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("198.51.100.15"));
    const QString email = QStringLiteral("code-guesser@example.com");
    const QString session = client.signUpVerified(email, kPassword, QStringLiteral("Guesser"));
    QVERIFY(!session.isEmpty());
    m_secrets << session;
    const ApiReply enabled =
        client.sendJson("POST", QStringLiteral("/api/v1/auth/two-factor/enable"),
                        {{QStringLiteral("password"), kPassword}}, session);
    QCOMPARE(enabled.status, 200);
    m_secrets << enabled.json().value(QStringLiteral("secret")).toString();
    // Six-digit codes are guessable in bulk unless every guess costs: five, then 429.
    QList<int> statuses;
    for (int i = 0; i < 7; ++i) {
        statuses << client
                        .sendJson("POST", QStringLiteral("/api/v1/auth/two-factor/verify"),
                                  {{QStringLiteral("code"),
                                    QStringLiteral("%1").arg(100000 + i * 111111 % 900000)}},
                                  session)
                        .status;
    }
    QCOMPARE(count(statuses, 422), 5);
    QCOMPARE(count(statuses, 429), 2);
}

void TestServerCredentials::strangersCannotLockOutAKnownClient()
{
    const QString email = QStringLiteral("auditor@acme.example");
    ApiTestClient laptop(m_server);
    laptop.setForwardedFor(QStringLiteral("198.51.100.20"));
    QJsonObject first;
    QVERIFY(!laptop.signIn(email, ApiTestClient::kDemoPassword, &first).isEmpty());
    const QString knownClient = first.value(QStringLiteral("known_client_token")).toString();
    QVERIFY(knownClient.startsWith(u"pc_"));
    m_secrets << knownClient;

    // Strangers from many addresses fill the account's budget for unknown clients.
    QList<int> statuses;
    for (int i = 0; i < 8; ++i) {
        ApiTestClient stranger(m_server);
        stranger.setForwardedFor(QStringLiteral("203.0.113.%1").arg(10 + i));
        ApiReply reply;
        stranger.signIn(email, QStringLiteral("stranger guess %1 xx").arg(i), nullptr, &reply);
        statuses << reply.status;
    }
    QCOMPARE(count(statuses, 401), 5);
    QCOMPARE(count(statuses, 429), 3);
    ApiTestClient unknown(m_server);
    unknown.setForwardedFor(QStringLiteral("198.51.100.21"));
    ApiReply locked;
    unknown.signIn(email, ApiTestClient::kDemoPassword, nullptr, &locked);
    QCOMPARE(locked.status, 429); // the limit against guessing still holds

    // The laptop that signed in before presents its token and is not locked out.
    laptop.setKnownClientToken(knownClient);
    ApiReply again;
    QVERIFY(!laptop.signIn(email, ApiTestClient::kDemoPassword, nullptr, &again).isEmpty());
    QCOMPARE(again.json().value(QStringLiteral("known_client_token")).toString(), knownClient);
    // Another account's token, or a made-up one, is no known client here.
    QVERIFY(m_ownerKnownClient.startsWith(u"pc_"));
    for (const QString& foreign : {m_ownerKnownClient, QStringLiteral("pc_") + QString(43, u'A')}) {
        unknown.setKnownClientToken(foreign);
        unknown.signIn(email, ApiTestClient::kDemoPassword, nullptr, &locked);
        QCOMPARE(locked.status, 429);
    }
    // The known client has a budget of its own: five failures, then it waits too.
    statuses.clear();
    for (int i = 0; i < 6; ++i) {
        ApiReply reply;
        laptop.signIn(email, QStringLiteral("typo in my password %1").arg(i), nullptr, &reply);
        statuses << reply.status;
    }
    QCOMPARE(count(statuses, 401), 5);
    QCOMPARE(count(statuses, 429), 1);
}

void TestServerCredentials::logHoldsNoSecrets()
{
    QTest::qWait(200);
    const QByteArray log = m_server.output();
    for (const QString& secret : std::as_const(m_secrets)) {
        QVERIFY2(!log.contains(secret.toUtf8()), qPrintable(secret.left(6)));
    }
}

QTEST_MAIN(TestServerCredentials)
#include "tst_server_credentials.moc"
