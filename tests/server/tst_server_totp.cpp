// Two-factor authentication: RFC 6238 test vectors for the server's TOTP, then the whole flow
// against the real server with codes computed here independently (QMessageAuthenticationCode).
#include "server/auth/Totp.h"
#include "tests/support/ApiTestClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QSet>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using purser::test::ApiReply;
using purser::test::ApiTestClient;
using purser::test::PostgresTestDatabase;
using purser::test::ServerProcess;
namespace Totp = purser::server::Totp;

namespace {

QByteArray base32Decode(const QString& text)
{
    static const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        buffer = (buffer << 5) | static_cast<quint32>(alphabet.indexOf(c.toLatin1()));
        bits += 5;
        if (bits >= 8) {
            out.append(static_cast<char>((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

// RFC 4226/6238 computed independently of the server's code.
QString totp(const QString& base32Secret, qint64 unixSeconds)
{
    quint64 counter = static_cast<quint64>(unixSeconds / 30);
    QByteArray message(8, '\0');
    for (int i = 7; i >= 0; --i) {
        message[i] = static_cast<char>(counter & 0xff);
        counter >>= 8;
    }
    const QByteArray mac = QMessageAuthenticationCode::hash(message, base32Decode(base32Secret),
                                                            QCryptographicHash::Sha1);
    const int offset = mac[19] & 0x0f;
    const quint32 binary = (static_cast<quint32>(mac[offset] & 0x7f) << 24) |
                           (static_cast<quint32>(static_cast<quint8>(mac[offset + 1])) << 16) |
                           (static_cast<quint32>(static_cast<quint8>(mac[offset + 2])) << 8) |
                           static_cast<quint32>(static_cast<quint8>(mac[offset + 3]));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

const QString kPassword = QStringLiteral("a sturdy password for tests");

} // namespace

class TestServerTotp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void rfc6238Vectors_data();
    void rfc6238Vectors();
    void base32RoundTrip();
    void enableVerifyAndSignIn();
    void requireTwoFactorBlocksMembersWithoutIt();
    void disableNeedsPasswordAndCode();
    void logHoldsNoSecrets();

private:
    QString signUp(ApiTestClient& client, const QString& email, QJsonObject* session = nullptr);

    std::unique_ptr<PostgresTestDatabase> m_pg;
    ServerProcess m_server;
    QString m_secret;
    QString m_knownClient; // the known-client token of m_email's first sign-in
    QString m_email;
    QString m_orgId;
    QStringList m_backupCodes;
    QStringList m_secrets; // everything that must never reach the log
};

void TestServerTotp::initTestCase()
{
    PURSER_START_SERVER(
        m_server, m_pg,
        QStringList({QStringLiteral("--trusted-proxies"), QStringLiteral("127.0.0.1")}));
}

void TestServerTotp::cleanupTestCase()
{
    QCOMPARE(m_server.stop(), 0);
}

void TestServerTotp::rfc6238Vectors_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("expected");
    // RFC 6238 appendix B, SHA-1, 8 digits.
    QTest::newRow("59") << qint64(59) << QStringLiteral("94287082");
    QTest::newRow("1111111109") << qint64(1111111109) << QStringLiteral("07081804");
    QTest::newRow("1111111111") << qint64(1111111111) << QStringLiteral("14050471");
    QTest::newRow("1234567890") << qint64(1234567890) << QStringLiteral("89005924");
    QTest::newRow("2000000000") << qint64(2000000000) << QStringLiteral("69279037");
    QTest::newRow("20000000000") << qint64(20000000000) << QStringLiteral("65353130");
}

void TestServerTotp::rfc6238Vectors()
{
    QFETCH(qint64, time);
    QFETCH(QString, expected);
    const QByteArray secret = "12345678901234567890";
    QCOMPARE(Totp::hotp(secret, static_cast<quint64>(time / 30), 8), expected);
    QCOMPARE(Totp::codeAt(secret, time), expected.right(6));
    QCOMPARE(totp(Totp::base32Encode(secret), time), expected.right(6));
    QCOMPARE(Totp::matchingStep(secret, expected.right(6), time), std::optional<qint64>(time / 30));
    QCOMPARE(Totp::matchingStep(secret, expected.right(6), time + 30),
             std::optional<qint64>(time / 30));
    QCOMPARE(Totp::matchingStep(secret, expected.right(6), time + 90), std::nullopt);
}

void TestServerTotp::base32RoundTrip()
{
    QCOMPARE(Totp::base32Encode("12345678901234567890"),
             QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    QCOMPARE(Totp::base32Decode(QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")),
             std::optional<QByteArray>("12345678901234567890"));
    QCOMPARE(Totp::base32Decode(QStringLiteral("not base32!")), std::nullopt);
}

QString TestServerTotp::signUp(ApiTestClient& client, const QString& email, QJsonObject* session)
{
    const ApiReply reply =
        client.sendJson("POST", QStringLiteral("/api/v1/auth/sign-up"),
                        {{QStringLiteral("email"), email},
                         {QStringLiteral("password"), kPassword},
                         {QStringLiteral("name"), QStringLiteral("Test User")},
                         {QStringLiteral("organization_name"), QStringLiteral("Org of ") + email}});
    if (reply.status != 201) {
        qWarning() << "sign-up failed" << reply.status << reply.body;
        return {};
    }
    if (session) {
        *session = reply.json();
    }
    // Two-factor needs a verified address: read the token from the outbox.
    const QString verification = client.mailedToken(QStringLiteral("pv_"), email);
    if (client
            .sendJson("POST", QStringLiteral("/api/v1/auth/verify-email"),
                      {{QStringLiteral("token"), verification}})
            .status != 204) {
        qWarning() << "verify-email failed";
        return {};
    }
    const QString token = reply.json().value(QStringLiteral("token")).toString();
    m_secrets << token << verification;
    return token;
}

void TestServerTotp::enableVerifyAndSignIn()
{
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("192.0.2.10"));
    m_email = QStringLiteral("totp-owner@example.com");
    QJsonObject session;
    const QString token = signUp(client, m_email, &session);
    QVERIFY(!token.isEmpty());
    m_orgId = session.value(QStringLiteral("active_organization_id")).toString();
    m_secrets.append(kPassword);

    const ApiReply wrong =
        client.sendJson("POST", QStringLiteral("/api/v1/auth/two-factor/enable"),
                        {{QStringLiteral("password"), QStringLiteral("not my password")}}, token);
    QCOMPARE(wrong.status, 422);
    const ApiReply enabled =
        client.sendJson("POST", QStringLiteral("/api/v1/auth/two-factor/enable"),
                        {{QStringLiteral("password"), kPassword}}, token);
    QCOMPARE(enabled.status, 200);
    m_secret = enabled.json().value(QStringLiteral("secret")).toString();
    QVERIFY(m_secret.size() >= 32);
    m_secrets.append(m_secret);
    // The URI an authenticator app scans: the "@" of the address is percent-encoded, and no
    // placeholder substitution may touch that encoded text (issue 13, round two).
    const QUrl uri(enabled.json().value(QStringLiteral("otpauth_uri")).toString(),
                   QUrl::StrictMode);
    QVERIFY2(uri.isValid(), qPrintable(uri.errorString()));
    QCOMPARE(uri.scheme(), QStringLiteral("otpauth"));
    QCOMPARE(uri.host(), QStringLiteral("totp"));
    QCOMPARE(uri.path(QUrl::FullyDecoded), QStringLiteral("/Purser:") + m_email);
    const QUrlQuery query(uri);
    QCOMPARE(query.queryItemValue(QStringLiteral("issuer")), QStringLiteral("Purser"));
    QCOMPARE(query.queryItemValue(QStringLiteral("algorithm")), QStringLiteral("SHA1"));
    QCOMPARE(query.queryItemValue(QStringLiteral("digits")), QStringLiteral("6"));
    QCOMPARE(query.queryItemValue(QStringLiteral("period")), QStringLiteral("30"));
    // The codes below, which the server accepts, come from this secret.
    QCOMPARE(query.queryItemValue(QStringLiteral("secret")), m_secret);
    for (const QJsonValue& code : enabled.json().value(QStringLiteral("backup_codes")).toArray()) {
        m_backupCodes.append(code.toString());
    }
    QCOMPARE(m_backupCodes.size(), 10);
    QCOMPARE(QSet<QString>(m_backupCodes.begin(), m_backupCodes.end()).size(), 10);
    m_secrets += m_backupCodes;

    // Not on before verify: sign-in needs no code yet. This client is now a known client: its
    // own failure budget serves the refused codes below (the account's budget already holds
    // the wrong password above and the wrong verify code below).
    QJsonObject plain;
    QVERIFY(!client.signIn(m_email, kPassword, &plain).isEmpty());
    m_knownClient = plain.value(QStringLiteral("known_client_token")).toString();
    QVERIFY(m_knownClient.startsWith(u"pc_"));
    m_secrets.append(m_knownClient);
    client.setKnownClientToken(m_knownClient);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(client
                 .sendJson("POST", QStringLiteral("/api/v1/auth/two-factor/verify"),
                           {{QStringLiteral("code"), QStringLiteral("000000") == totp(m_secret, now)
                                                         ? QStringLiteral("111111")
                                                         : QStringLiteral("000000")}},
                           token)
                 .status,
             422);
    QCOMPARE(client
                 .sendJson("POST", QStringLiteral("/api/v1/auth/two-factor/verify"),
                           {{QStringLiteral("code"), totp(m_secret, now)}}, token)
                 .status,
             204);
    const ApiReply me = client.send("GET", QStringLiteral("/api/v1/auth/session"), {}, token);
    QCOMPARE(me.json()
                 .value(QStringLiteral("user"))
                 .toObject()
                 .value(QStringLiteral("two_factor_enabled"))
                 .toBool(),
             true);

    ApiReply reply;
    QVERIFY(client.signIn(m_email, kPassword, nullptr, &reply).isEmpty());
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("two_factor_required"));
    QVERIFY(client.signIn(m_email, kPassword, nullptr, &reply, QStringLiteral("12345")).isEmpty());
    QCOMPARE(reply.errorCode(), QStringLiteral("two_factor_required"));
    // The verify step is used up; the next step (within the ±1 window) works once.
    QVERIFY(client.signIn(m_email, kPassword, nullptr, &reply, totp(m_secret, now)).isEmpty());
    QCOMPARE(reply.errorCode(), QStringLiteral("two_factor_required"));
    const QString next = totp(m_secret, now + 30);
    QVERIFY(!client.signIn(m_email, kPassword, nullptr, &reply, next).isEmpty());
    QVERIFY(client.signIn(m_email, kPassword, nullptr, &reply, next).isEmpty());
    QCOMPARE(reply.errorCode(), QStringLiteral("two_factor_required"));
    // (Each refused code above used one of the five failed-attempt slots of this email.)
    // Backup codes: each once.
    client.setForwardedFor(QStringLiteral("192.0.2.11"));
    QVERIFY(!client.signIn(m_email, kPassword, nullptr, &reply, m_backupCodes[0]).isEmpty());
    QVERIFY(client.signIn(m_email, kPassword, nullptr, &reply, m_backupCodes[0]).isEmpty());
    QCOMPARE(reply.errorCode(), QStringLiteral("two_factor_required"));
    QVERIFY(
        !client.signIn(m_email, kPassword, nullptr, &reply, m_backupCodes[1].toUpper()).isEmpty());
}

void TestServerTotp::requireTwoFactorBlocksMembersWithoutIt()
{
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("192.0.2.20"));
    client.setKnownClientToken(m_knownClient);
    const QString owner = client.signIn(m_email, kPassword, nullptr, nullptr, m_backupCodes[2]);
    QVERIFY(!owner.isEmpty());
    const QString settings = QStringLiteral("/api/v1/orgs/%1/settings").arg(m_orgId);

    // An owner without two-factor cannot demand it (would lock themselves out).
    const QString plainOwner = signUp(client, QStringLiteral("plain-owner@example.com"));
    QJsonObject plainSession;
    client.signIn(QStringLiteral("plain-owner@example.com"), kPassword, &plainSession);
    const ApiReply refused = client.sendJson(
        "PUT",
        QStringLiteral("/api/v1/orgs/%1/settings")
            .arg(plainSession.value(QStringLiteral("active_organization_id")).toString()),
        {{QStringLiteral("require_two_factor"), true}}, plainOwner);
    QCOMPARE(refused.status, 422);
    QVERIFY(refused.fields().contains(QStringLiteral("require_two_factor")));

    // Invite a member without two-factor, then demand it.
    const ApiReply invited =
        client.sendJson("POST", QStringLiteral("/api/v1/orgs/%1/invitations").arg(m_orgId),
                        {{QStringLiteral("email"), QStringLiteral("no2fa@example.com")},
                         {QStringLiteral("role"), QStringLiteral("admin")}},
                        owner);
    QCOMPARE(invited.status, 201);
    const QString inviteToken = invited.json().value(QStringLiteral("token")).toString();
    m_secrets.append(inviteToken);
    const QString member = client.signUpVerified(QStringLiteral("no2fa@example.com"), kPassword,
                                                 QStringLiteral("No Twofactor"));
    QVERIFY(!member.isEmpty());
    const ApiReply accepted = client.send(
        "POST", QStringLiteral("/api/v1/auth/invitations/%1/accept").arg(inviteToken), {}, member);
    QCOMPARE(accepted.status, 201);
    const QString members = QStringLiteral("/api/v1/orgs/%1/members").arg(m_orgId);
    QCOMPARE(client.send("GET", members, {}, member).status, 200);
    // The member's key acts for them: it must be held to the same policy.
    const ApiReply key =
        client.sendJson("POST", QStringLiteral("/api/v1/orgs/%1/api-keys").arg(m_orgId),
                        {{QStringLiteral("name"), QStringLiteral("no2fa sync")},
                         {QStringLiteral("role"), QStringLiteral("admin")}},
                        member);
    QCOMPARE(key.status, 201);
    const QString memberKey = key.json().value(QStringLiteral("key")).toString();
    m_secrets.append(memberKey);
    QCOMPARE(client.send("GET", members, {}, memberKey).status, 200);

    QCOMPARE(client.sendJson("PUT", settings, {{QStringLiteral("require_two_factor"), true}}, owner)
                 .status,
             200);
    const ApiReply blocked = client.send("GET", members, {}, member);
    QCOMPARE(blocked.status, 403);
    QCOMPARE(blocked.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("two_factor_required"));
    QVERIFY(blocked.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("two-factor")));
    // Not around it with the key either: the same 403 for reading and for inviting.
    for (const ApiReply& byKey :
         {client.send("GET", members, {}, memberKey),
          client.sendJson("POST", QStringLiteral("/api/v1/orgs/%1/invitations").arg(m_orgId),
                          {{QStringLiteral("email"), QStringLiteral("backdoor@example.com")},
                           {QStringLiteral("role"), QStringLiteral("admin")}},
                          memberKey)}) {
        QCOMPARE(byKey.status, 403);
        QCOMPARE(byKey.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("two_factor_required"));
    }
    QCOMPARE(client.send("GET", members, {}, owner).status, 200);
}

void TestServerTotp::disableNeedsPasswordAndCode()
{
    ApiTestClient client(m_server);
    client.setForwardedFor(QStringLiteral("192.0.2.30"));
    client.setKnownClientToken(m_knownClient);
    const QString token = client.signIn(m_email, kPassword, nullptr, nullptr, m_backupCodes[3]);
    QVERIFY(!token.isEmpty());
    const QString path = QStringLiteral("/api/v1/auth/two-factor/disable");
    QCOMPARE(client
                 .sendJson("POST", path,
                           {{QStringLiteral("password"), QStringLiteral("wrong password")},
                            {QStringLiteral("code"), m_backupCodes[4]}},
                           token)
                 .status,
             422);
    QCOMPARE(client
                 .sendJson("POST", path,
                           {{QStringLiteral("password"), kPassword},
                            {QStringLiteral("code"), QStringLiteral("000000")}},
                           token)
                 .status,
             422);
    QCOMPARE(client
                 .sendJson("POST", path,
                           {{QStringLiteral("password"), kPassword},
                            {QStringLiteral("code"), m_backupCodes[4]}},
                           token)
                 .status,
             204);
    QVERIFY(!client.signIn(m_email, kPassword).isEmpty());
}

void TestServerTotp::logHoldsNoSecrets()
{
    QTest::qWait(200);
    const QByteArray log = m_server.output();
    QVERIFY(log.contains("two-factor turned on"));
    for (const QString& secret : std::as_const(m_secrets)) {
        QVERIFY2(!log.contains(secret.toUtf8()), qPrintable(secret.left(6)));
    }
}

QTEST_MAIN(TestServerTotp)
#include "tst_server_totp.moc"
