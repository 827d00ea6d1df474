// Pending invitations against the real server: listed for members.manage with expiry, role and
// inviter but never their token; revoked one at a time (audited, the link stops working);
// another organisation's invitation is 404, a role without members.manage 403, and an admin
// cannot revoke an owner's invitation. PURSER_TEST_BACKEND chooses SQLite or PostgreSQL.
#include "tests/support/ApiTestClient.h"

#include "core/Rfc3339.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using purser::test::ApiReply;
using purser::test::ApiTestClient;
using purser::test::PostgresTestDatabase;
using purser::test::ServerProcess;

class TestServerInvitations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void pendingInvitationsAreListedWithoutTheirToken();
    void revokingStopsTheLinkAndIsAudited();
    void anotherOrganisationsInvitationIsNotFound();
    void rolesWithoutMembersManageAreRefused();
    void anAdminCannotRevokeAnOwnersInvitation();

private:
    QString token(const QString& email);
    QString path(const QString& suffix) const
    {
        return QStringLiteral("/api/v1/orgs/%1/%2").arg(m_acme, suffix);
    }
    ApiReply invite(const QString& email, const QString& role, const QString& as);
    QJsonObject listed(const QString& id, const QString& as);

    std::unique_ptr<PostgresTestDatabase> m_pg;
    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_client;
    QString m_acme;
    QHash<QString, QString> m_tokens;
    int m_counter = 0;
};

void TestServerInvitations::initTestCase()
{
    PURSER_START_SERVER(m_server, m_pg, QStringList());
    m_client = std::make_unique<ApiTestClient>(m_server);
    QJsonObject session;
    m_tokens.insert(QStringLiteral("owner@acme.example"),
                    m_client->signIn(QStringLiteral("owner@acme.example"),
                                     ApiTestClient::kDemoPassword, &session));
    m_acme = session.value(QStringLiteral("active_organization_id")).toString();
    QVERIFY(!m_acme.isEmpty());
}

void TestServerInvitations::cleanupTestCase()
{
    m_client.reset();
    QCOMPARE(m_server.stop(), 0);
}

QString TestServerInvitations::token(const QString& email)
{
    if (!m_tokens.contains(email)) {
        m_tokens.insert(email, m_client->signIn(email));
    }
    return m_tokens.value(email);
}

ApiReply TestServerInvitations::invite(const QString& email, const QString& role, const QString& as)
{
    return m_client->sendJson("POST", path(QStringLiteral("invitations")),
                              {{QStringLiteral("email"), email}, {QStringLiteral("role"), role}},
                              as);
}

// The listed invitation with this id, or {} when it is not listed.
QJsonObject TestServerInvitations::listed(const QString& id, const QString& as)
{
    const ApiReply list = m_client->send("GET", path(QStringLiteral("invitations")), {}, as);
    if (list.status != 200) {
        qWarning() << list.status << list.body;
        return {};
    }
    for (const QJsonValue& item : list.json().value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("id")).toString() == id) {
            return item.toObject();
        }
    }
    return {};
}

void TestServerInvitations::pendingInvitationsAreListedWithoutTheirToken()
{
    const QString owner = token(QStringLiteral("owner@acme.example"));
    const QString admin = token(QStringLiteral("admin@acme.example"));
    const ApiReply made =
        invite(QStringLiteral("listed.person@acme.example"), QStringLiteral("finance"), owner);
    QCOMPARE(made.status, 201);
    const QString id = made.json().value(QStringLiteral("id")).toString();
    const QString secret = made.json().value(QStringLiteral("token")).toString();
    QVERIFY(secret.startsWith(QStringLiteral("pi_")));

    const ApiReply list = m_client->send("GET", path(QStringLiteral("invitations")), {}, admin);
    QCOMPARE(list.status, 200);
    QVERIFY2(!list.body.contains(secret.toUtf8()), "the list must never carry a token");
    QVERIFY(!list.body.contains("\"token\""));
    const QJsonObject item = listed(id, admin);
    QCOMPARE(item.value(QStringLiteral("email")).toString(),
             QStringLiteral("listed.person@acme.example"));
    QCOMPARE(item.value(QStringLiteral("role")).toString(), QStringLiteral("finance"));
    QCOMPARE(item.value(QStringLiteral("invited_by")).toString(),
             QStringLiteral("owner@acme.example"));
    const auto expires = purser::fromRfc3339(item.value(QStringLiteral("expires_at")).toString());
    QVERIFY(expires);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(*expires) - 48 * 3600) < 120);
    QVERIFY(purser::fromRfc3339(item.value(QStringLiteral("created_at")).toString()));

    // An accepted invitation is no longer pending.
    const QString hire = m_client->signUpVerified(QStringLiteral("listed.person@acme.example"),
                                                  QStringLiteral("listed person password"),
                                                  QStringLiteral("Listed Person"));
    QCOMPARE(m_client
                 ->send("POST", QStringLiteral("/api/v1/auth/invitations/%1/accept").arg(secret),
                        {}, hire)
                 .status,
             201);
    QVERIFY(listed(id, admin).isEmpty());
}

void TestServerInvitations::revokingStopsTheLinkAndIsAudited()
{
    const QString admin = token(QStringLiteral("admin@acme.example"));
    const QString email = QStringLiteral("revoked.person@acme.example");
    const ApiReply made = invite(email, QStringLiteral("member"), admin);
    QCOMPARE(made.status, 201);
    const QString id = made.json().value(QStringLiteral("id")).toString();
    const QString secret = made.json().value(QStringLiteral("token")).toString();
    QVERIFY(!listed(id, admin).isEmpty());

    const ApiReply revoked =
        m_client->send("DELETE", path(QStringLiteral("invitations/") + id), {}, admin);
    QCOMPARE(revoked.status, 204);
    QVERIFY(listed(id, admin).isEmpty());
    QCOMPARE(m_client->send("DELETE", path(QStringLiteral("invitations/") + id), {}, admin).status,
             404);

    // The invited person can no longer join with the link.
    const QString person = m_client->signUpVerified(email, QStringLiteral("revoked person pw"),
                                                    QStringLiteral("Revoked Person"));
    QCOMPARE(m_client
                 ->send("POST", QStringLiteral("/api/v1/auth/invitations/%1/accept").arg(secret),
                        {}, person)
                 .status,
             404);

    const ApiReply log =
        m_client->send("GET", path(QStringLiteral("audit-log?entity_type=invitation&limit=5000")),
                       {}, token(QStringLiteral("owner@acme.example")));
    QCOMPARE(log.status, 200);
    QVERIFY(!log.body.contains(secret.toUtf8()));
    bool found = false;
    for (const QJsonValue& value : log.json().value(QStringLiteral("items")).toArray()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("entity_id")).toString() == id &&
            entry.value(QStringLiteral("action")).toString() == u"revoke") {
            found = true;
            QVERIFY(entry.value(QStringLiteral("summary")).toString().contains(email));
            QCOMPARE(entry.value(QStringLiteral("actor"))
                         .toObject()
                         .value(QStringLiteral("display"))
                         .toString()
                         .contains(QStringLiteral("admin@acme.example")),
                     true);
        }
    }
    QVERIFY2(found, "the revocation is in the audit log");
}

void TestServerInvitations::anotherOrganisationsInvitationIsNotFound()
{
    QJsonObject globexSession;
    const QString globexOwner = m_client->signIn(QStringLiteral("owner@globex.example"),
                                                 ApiTestClient::kDemoPassword, &globexSession);
    const QString globex = globexSession.value(QStringLiteral("active_organization_id")).toString();
    QVERIFY(!globex.isEmpty() && globex != m_acme);
    const ApiReply made =
        m_client->sendJson("POST", QStringLiteral("/api/v1/orgs/%1/invitations").arg(globex),
                           {{QStringLiteral("email"), QStringLiteral("globex.hire@globex.example")},
                            {QStringLiteral("role"), QStringLiteral("viewer")}},
                           globexOwner);
    QCOMPARE(made.status, 201);
    const QString id = made.json().value(QStringLiteral("id")).toString();
    const QString acmeOwner = token(QStringLiteral("owner@acme.example"));

    // Acme's owner, through Acme's organisation with Globex's id, and through Globex's.
    QCOMPARE(
        m_client->send("DELETE", path(QStringLiteral("invitations/") + id), {}, acmeOwner).status,
        404);
    QCOMPARE(m_client
                 ->send("DELETE", QStringLiteral("/api/v1/orgs/%1/invitations/%2").arg(globex, id),
                        {}, acmeOwner)
                 .status,
             404);
    QCOMPARE(
        m_client
            ->send("GET", QStringLiteral("/api/v1/orgs/%1/invitations").arg(globex), {}, acmeOwner)
            .status,
        404);
    const ApiReply acmeList =
        m_client->send("GET", path(QStringLiteral("invitations")), {}, acmeOwner);
    QVERIFY(!acmeList.body.contains(id.toUtf8()));
    QVERIFY(!acmeList.body.contains("globex.hire"));
    // Still there for Globex.
    const ApiReply globexList = m_client->send(
        "GET", QStringLiteral("/api/v1/orgs/%1/invitations").arg(globex), {}, globexOwner);
    QVERIFY(globexList.body.contains(id.toUtf8()));
    QCOMPARE(m_client->send("DELETE", path(QStringLiteral("invitations/not-a-uuid")), {}, acmeOwner)
                 .status,
             404);
}

void TestServerInvitations::rolesWithoutMembersManageAreRefused()
{
    const ApiReply made =
        invite(QStringLiteral("refused.%1@acme.example").arg(++m_counter), QStringLiteral("viewer"),
               token(QStringLiteral("admin@acme.example")));
    QCOMPARE(made.status, 201);
    const QString id = made.json().value(QStringLiteral("id")).toString();
    for (const QString& role : {QStringLiteral("finance"), QStringLiteral("auditor"),
                                QStringLiteral("member"), QStringLiteral("viewer")}) {
        const QString as = token(role + QStringLiteral("@acme.example"));
        const ApiReply list = m_client->send("GET", path(QStringLiteral("invitations")), {}, as);
        QVERIFY2(list.status == 403, qPrintable(role));
        QCOMPARE(list.errorCode(), QStringLiteral("forbidden"));
        QVERIFY2(!list.body.contains("@acme.example"), qPrintable(role));
        QVERIFY2(
            m_client->send("DELETE", path(QStringLiteral("invitations/") + id), {}, as).status ==
                403,
            qPrintable(role));
    }
    QVERIFY(!listed(id, token(QStringLiteral("owner@acme.example"))).isEmpty());
}

void TestServerInvitations::anAdminCannotRevokeAnOwnersInvitation()
{
    const QString owner = token(QStringLiteral("owner@acme.example"));
    const ApiReply made =
        invite(QStringLiteral("second.owner@acme.example"), QStringLiteral("owner"), owner);
    QCOMPARE(made.status, 201);
    const QString id = made.json().value(QStringLiteral("id")).toString();
    const QString admin = token(QStringLiteral("admin@acme.example"));
    QVERIFY(!listed(id, admin).isEmpty()); // an admin sees it
    const ApiReply refused =
        m_client->send("DELETE", path(QStringLiteral("invitations/") + id), {}, admin);
    QCOMPARE(refused.status, 403);
    QVERIFY(!listed(id, owner).isEmpty());
    QCOMPARE(m_client->send("DELETE", path(QStringLiteral("invitations/") + id), {}, owner).status,
             204);
}

QTEST_MAIN(TestServerInvitations)
#include "tst_server_invitations.moc"
