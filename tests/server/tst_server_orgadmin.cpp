// Organisation administration against the real server: members (an owner always remains,
// admins cannot touch owners), invitations (48 h, exact IDNA domain allowlist), API keys
// (shown once, never owner, revocation at once, channel "api" in the audit log), settings.
#include "tests/support/ApiTestClient.h"

#include "core/Rfc3339.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using purser::test::ApiReply;
using purser::test::ApiTestClient;
using purser::test::PostgresTestDatabase;
using purser::test::ServerProcess;

class TestServerOrgAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void membersAreListedByRole();
    void adminsCannotTouchOwners();
    void anOrganisationKeepsAnOwner();
    void roleChangeTakesEffectOnTheNextRequest();
    void invitationsHonourTheDomainAllowlist();
    void acceptedInvitationJoinsWithItsRole();
    void apiKeysAreShownOnceAndRevokedAtOnce();
    void settingsAreValidated();
    void logHoldsNoSecrets();

private:
    QString token(const QString& email);
    QString userId(const QString& email);
    QString path(const QString& suffix) const
    {
        return QStringLiteral("/api/v1/orgs/%1/%2").arg(m_acme, suffix);
    }

    std::unique_ptr<PostgresTestDatabase> m_pg;
    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_client;
    QString m_acme;
    QHash<QString, QString> m_tokens;
    QHash<QString, QString> m_userIds;
    QStringList m_secrets;
};

void TestServerOrgAdmin::initTestCase()
{
    PURSER_START_SERVER(m_server, m_pg, QStringList());
    m_client = std::make_unique<ApiTestClient>(m_server);
    QJsonObject session;
    m_client->signIn(QStringLiteral("owner@acme.example"), ApiTestClient::kDemoPassword, &session);
    m_acme = session.value(QStringLiteral("active_organization_id")).toString();
    QVERIFY(!m_acme.isEmpty());
}

void TestServerOrgAdmin::cleanupTestCase()
{
    m_client.reset();
    QSqlDatabase::removeDatabase(QStringLiteral("orgadmin-test"));
    QCOMPARE(m_server.stop(), 0);
}

QString TestServerOrgAdmin::token(const QString& email)
{
    if (!m_tokens.contains(email)) {
        QJsonObject session;
        const QString t = m_client->signIn(email, ApiTestClient::kDemoPassword, &session);
        m_tokens.insert(email, t);
        m_userIds.insert(email, session.value(QStringLiteral("user"))
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString());
        m_secrets << t;
    }
    return m_tokens.value(email);
}

QString TestServerOrgAdmin::userId(const QString& email)
{
    token(email);
    return m_userIds.value(email);
}

void TestServerOrgAdmin::membersAreListedByRole()
{
    const ApiReply list = m_client->send("GET", path(QStringLiteral("members")), {},
                                         token(QStringLiteral("viewer@acme.example")));
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.json().value(QStringLiteral("items")).toArray();
    // Acme's six demo roles and the consultant, who is a member of Globex too.
    QCOMPARE(items.size(), 7);
    int consultants = 0;
    for (const QJsonValue& item : items) {
        const QString email = item.toObject().value(QStringLiteral("email")).toString();
        if (email == QStringLiteral("consultant@purser.example")) {
            ++consultants;
            QCOMPARE(item.toObject().value(QStringLiteral("role")).toString(),
                     QStringLiteral("finance"));
        } else {
            QVERIFY2(email.endsWith(u"@acme.example"), qPrintable(email));
        }
        QVERIFY(!item.toObject().contains(QStringLiteral("password_hash")));
    }
    QCOMPARE(consultants, 1);
    QCOMPARE(m_client
                 ->send("GET", path(QStringLiteral("members")), {},
                        token(QStringLiteral("member@acme.example")))
                 .status,
             403);
}

void TestServerOrgAdmin::adminsCannotTouchOwners()
{
    const QString admin = token(QStringLiteral("admin@acme.example"));
    const QString owner =
        path(QStringLiteral("members/") + userId(QStringLiteral("owner@acme.example")));
    const ApiReply demote = m_client->sendJson(
        "PATCH", owner, {{QStringLiteral("role"), QStringLiteral("viewer")}}, admin);
    QCOMPARE(demote.status, 403);
    QCOMPARE(m_client->send("DELETE", owner, {}, admin).status, 403);
    const QString viewer =
        path(QStringLiteral("members/") + userId(QStringLiteral("viewer@acme.example")));
    QCOMPARE(
        m_client
            ->sendJson("PATCH", viewer, {{QStringLiteral("role"), QStringLiteral("owner")}}, admin)
            .status,
        403);
    QCOMPARE(m_client
                 ->sendJson("PATCH", viewer, {{QStringLiteral("role"), QStringLiteral("emperor")}},
                            admin)
                 .status,
             422);
    QCOMPARE(m_client->sendJson("PATCH", viewer, {{QStringLiteral("role"), 3}}, admin).status, 400);
    // Finance may not manage members at all.
    QCOMPARE(m_client
                 ->sendJson("PATCH", viewer, {{QStringLiteral("role"), QStringLiteral("member")}},
                            token(QStringLiteral("finance@acme.example")))
                 .status,
             403);
}

void TestServerOrgAdmin::anOrganisationKeepsAnOwner()
{
    const QString owner = token(QStringLiteral("owner@acme.example"));
    const QString self =
        path(QStringLiteral("members/") + userId(QStringLiteral("owner@acme.example")));
    const ApiReply demote = m_client->sendJson(
        "PATCH", self, {{QStringLiteral("role"), QStringLiteral("admin")}}, owner);
    QCOMPARE(demote.status, 409);
    QCOMPARE(m_client->send("DELETE", self, {}, owner).status, 409);
    QCOMPARE(m_client
                 ->send("DELETE",
                        path(QStringLiteral("members/00000000-0000-4000-8000-000000000000")), {},
                        owner)
                 .status,
             404);
}

void TestServerOrgAdmin::roleChangeTakesEffectOnTheNextRequest()
{
    const QString owner = token(QStringLiteral("owner@acme.example"));
    const QString auditor = token(QStringLiteral("auditor@acme.example"));
    const QString member =
        path(QStringLiteral("members/") + userId(QStringLiteral("auditor@acme.example")));
    QCOMPARE(m_client->send("GET", path(QStringLiteral("members")), {}, auditor).status, 200);
    const ApiReply changed = m_client->sendJson(
        "PATCH", member, {{QStringLiteral("role"), QStringLiteral("member")}}, owner);
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json().value(QStringLiteral("role")).toString(), QStringLiteral("member"));
    QCOMPARE(m_client->send("GET", path(QStringLiteral("members")), {}, auditor).status, 403);
    QCOMPARE(m_client
                 ->sendJson("PATCH", member, {{QStringLiteral("role"), QStringLiteral("auditor")}},
                            owner)
                 .status,
             200);
    // Removing a member: their next request to the organisation is "not found".
    QCOMPARE(m_client->send("DELETE", member, {}, owner).status, 204);
    QCOMPARE(m_client->send("GET", path(QStringLiteral("employees")), {}, auditor).status, 404);
}

void TestServerOrgAdmin::invitationsHonourTheDomainAllowlist()
{
    const QString owner = token(QStringLiteral("owner@acme.example"));
    const ApiReply set = m_client->sendJson(
        "PUT", path(QStringLiteral("settings")),
        {{QStringLiteral("email_domain_allowlist"), QJsonArray{QStringLiteral("Acme.Example")}}},
        owner);
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json().value(QStringLiteral("email_domain_allowlist")).toArray(),
             QJsonArray{QStringLiteral("acme.example")});
    const QString admin = token(QStringLiteral("admin@acme.example"));
    auto invite = [&](const QString& email, const QString& role, const QString& as) {
        return m_client->sendJson(
            "POST", path(QStringLiteral("invitations")),
            {{QStringLiteral("email"), email}, {QStringLiteral("role"), role}}, as);
    };
    for (const QString& email :
         {QStringLiteral("eve@acme.example.evil.io"), QStringLiteral("eve@evil-acme.example"),
          QStringLiteral("eve@sub.acme.example"),
          QStringLiteral("eve@\u0430cme.example")}) { // Cyrillic а: a lookalike
        const ApiReply refused = invite(email, QStringLiteral("member"), admin);
        QVERIFY2(refused.status == 422, qPrintable(email));
        QVERIFY(refused.fields().contains(QStringLiteral("email")));
    }
    QCOMPARE(
        invite(QStringLiteral("new.owner@acme.example"), QStringLiteral("owner"), admin).status,
        403);
    QCOMPARE(invite(QStringLiteral("x@acme.example"), QStringLiteral("superuser"), admin).status,
             422);
    QCOMPARE(invite(QStringLiteral("admin@acme.example"), QStringLiteral("member"), admin).status,
             422);
    QCOMPARE(invite(QStringLiteral("x@acme.example"), QStringLiteral("member"),
                    token(QStringLiteral("viewer@acme.example")))
                 .status,
             403);
}

void TestServerOrgAdmin::acceptedInvitationJoinsWithItsRole()
{
    const QString admin = token(QStringLiteral("admin@acme.example"));
    const ApiReply invited =
        m_client->sendJson("POST", path(QStringLiteral("invitations")),
                           {{QStringLiteral("email"), QStringLiteral(" New.Hire@ACME.example")},
                            {QStringLiteral("role"), QStringLiteral("finance")}},
                           admin);
    QCOMPARE(invited.status, 201);
    const QString inviteToken = invited.json().value(QStringLiteral("token")).toString();
    m_secrets << inviteToken;
    const auto expires =
        purser::fromRfc3339(invited.json().value(QStringLiteral("expires_at")).toString());
    QVERIFY(expires);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(*expires) - 48 * 3600) < 120);
    const QString accept = QStringLiteral("/api/v1/auth/invitations/%1/accept").arg(inviteToken);
    const QString password = QStringLiteral("new hire password");
    m_secrets << password;
    // Accepting needs the invited address's own, verified session; a password is no key.
    QCOMPARE(m_client
                 ->sendJson("POST", accept,
                            {{QStringLiteral("name"), QStringLiteral("New Hire")},
                             {QStringLiteral("password"), password}})
                 .status,
             401);
    const QString hire = m_client->signUpVerified(QStringLiteral("new.hire@acme.example"), password,
                                                  QStringLiteral("New Hire"));
    QVERIFY(!hire.isEmpty());
    m_secrets << hire;
    QCOMPARE(
        m_client->sendJson("POST", accept, {{QStringLiteral("password"), password}}, hire).status,
        422);
    const ApiReply joined = m_client->send("POST", accept, {}, hire);
    QCOMPARE(joined.status, 201);
    QVERIFY(!joined.json().contains(QStringLiteral("token"))); // no new session
    const QJsonObject membership =
        joined.json().value(QStringLiteral("memberships")).toArray().first().toObject();
    QCOMPARE(membership.value(QStringLiteral("role")).toString(), QStringLiteral("finance"));
    QCOMPARE(membership.value(QStringLiteral("organization_id")).toString(), m_acme);
    QCOMPARE(m_client->send("POST", accept, {}, hire).status, 404);
    QCOMPARE(
        m_client
            ->send("POST", QStringLiteral("/api/v1/auth/invitations/pi_nonsense/accept"), {}, hire)
            .status,
        404);
}

void TestServerOrgAdmin::apiKeysAreShownOnceAndRevokedAtOnce()
{
    const QString admin = token(QStringLiteral("admin@acme.example"));
    const QString keys = path(QStringLiteral("api-keys"));
    QCOMPARE(m_client
                 ->sendJson("POST", keys,
                            {{QStringLiteral("name"), QStringLiteral("Boss")},
                             {QStringLiteral("role"), QStringLiteral("owner")}},
                            admin)
                 .status,
             422);
    QCOMPARE(m_client
                 ->sendJson("POST", keys,
                            {{QStringLiteral("name"), QStringLiteral("Reader")},
                             {QStringLiteral("role"), QStringLiteral("viewer")}},
                            token(QStringLiteral("finance@acme.example")))
                 .status,
             403);
    const ApiReply created =
        m_client->sendJson("POST", keys,
                           {{QStringLiteral("name"), QStringLiteral("Payroll export")},
                            {QStringLiteral("role"), QStringLiteral("admin")}},
                           admin);
    QCOMPARE(created.status, 201);
    const QString key = created.json().value(QStringLiteral("key")).toString();
    const QString keyId = created.json().value(QStringLiteral("id")).toString();
    QVERIFY(key.startsWith(u"pk_"));
    QVERIFY(key.size() >= 40);
    QCOMPARE(created.json().value(QStringLiteral("prefix")).toString(), key.left(12));
    m_secrets << key;
    const ApiReply list = m_client->send("GET", keys, {}, admin);
    QCOMPARE(list.status, 200);
    QVERIFY(!list.body.contains(key.toLatin1()));
    QVERIFY(list.body.contains(key.left(12).toLatin1()));

    // The key is a bearer for its organisation only, and not a session.
    QCOMPARE(m_client->send("GET", path(QStringLiteral("employees?limit=1")), {}, key).status, 200);
    QCOMPARE(m_client->send("GET", QStringLiteral("/api/v1/auth/session"), {}, key).status, 401);
    QJsonObject globex;
    m_client->signIn(QStringLiteral("owner@globex.example"), ApiTestClient::kDemoPassword, &globex);
    QCOMPARE(m_client
                 ->send("GET",
                        QStringLiteral("/api/v1/orgs/%1/employees")
                            .arg(globex.value(QStringLiteral("active_organization_id")).toString()),
                        {}, key)
                 .status,
             404);
    // Keys are managed by people: a key cannot mint another.
    QCOMPARE(m_client
                 ->sendJson("POST", keys,
                            {{QStringLiteral("name"), QStringLiteral("Child")},
                             {QStringLiteral("role"), QStringLiteral("viewer")}},
                            key)
                 .status,
             403);
    // What the key does is audited on the "api" channel.
    const ApiReply child = m_client->sendJson(
        "POST", path(QStringLiteral("invitations")),
        {{QStringLiteral("email"), QStringLiteral("invited-by-key@acme.example")},
         {QStringLiteral("role"), QStringLiteral("viewer")}},
        key);
    QCOMPARE(child.status, 201);
    m_secrets << child.json().value(QStringLiteral("token")).toString();
    {
        QSqlDatabase db =
            ApiTestClient::openDatabase(m_server, m_pg.get(), QStringLiteral("orgadmin-test"));
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("SELECT channel, actor_kind, actor_id FROM audit_log WHERE "
                           "org_id = ? AND entity_type = 'invitation' AND entity_id = ?"));
        query.addBindValue(m_acme);
        query.addBindValue(child.json().value(QStringLiteral("id")).toString());
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toString(), QStringLiteral("api"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("api_key"));
        QCOMPARE(query.value(2).toString(), keyId);
        QSqlQuery hashes(db);
        QVERIFY(hashes.exec(QStringLiteral("SELECT key_hash FROM api_keys")));
        while (hashes.next()) {
            QVERIFY(!hashes.value(0).toString().startsWith(u"pk_"));
        }
    }
    // Revoked: refused on the very next request.
    QCOMPARE(m_client->send("DELETE", keys + u'/' + keyId, {}, admin).status, 204);
    QCOMPARE(m_client->send("GET", path(QStringLiteral("employees?limit=1")), {}, key).status, 401);
    QCOMPARE(m_client->send("DELETE", keys + u'/' + keyId, {}, admin).status, 404);
}

void TestServerOrgAdmin::settingsAreValidated()
{
    const QString owner = token(QStringLiteral("owner@acme.example"));
    const QString settings = path(QStringLiteral("settings"));
    const ApiReply read =
        m_client->send("GET", settings, {}, token(QStringLiteral("viewer@acme.example")));
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json().value(QStringLiteral("upload_max_bytes")).toInteger(), 5 * 1024 * 1024);
    QCOMPARE(read.json().value(QStringLiteral("require_two_factor")).toBool(), false);
    QCOMPARE(m_client
                 ->sendJson("PUT", settings, {{QStringLiteral("name"), QStringLiteral("Hijacked")}},
                            token(QStringLiteral("admin@acme.example")))
                 .status,
             403);
    const ApiReply tooBig = m_client->sendJson(
        "PUT", settings, {{QStringLiteral("upload_max_bytes"), 25 * 1024 * 1024 + 1}}, owner);
    QCOMPARE(tooBig.status, 422);
    QVERIFY(tooBig.fields().contains(QStringLiteral("upload_max_bytes")));
    QCOMPARE(m_client
                 ->sendJson("PUT", settings,
                            {{QStringLiteral("require_two_factor"), QStringLiteral("yes")}}, owner)
                 .status,
             400);
    QCOMPARE(m_client
                 ->sendJson("PUT", settings,
                            {{QStringLiteral("email_domain_allowlist"),
                              QJsonArray{QStringLiteral("not a domain")}}},
                            owner)
                 .status,
             422);
    QCOMPARE(m_client->send("PUT", settings, "{\"name\":", owner).status, 400);
    const ApiReply ok =
        m_client->sendJson("PUT", settings,
                           {{QStringLiteral("name"), QStringLiteral("Acme Pte. Ltd.")},
                            {QStringLiteral("upload_max_bytes"), 25 * 1024 * 1024}},
                           owner);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json().value(QStringLiteral("name")).toString(), QStringLiteral("Acme Pte. Ltd."));
    QSqlDatabase db =
        ApiTestClient::openDatabase(m_server, m_pg.get(), QStringLiteral("orgadmin-test"));
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM audit_log WHERE org_id = ? AND entity_type = 'settings'"));
    query.addBindValue(m_acme);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toInt(), 2); // the allowlist, then name + upload limit
}

void TestServerOrgAdmin::logHoldsNoSecrets()
{
    QTest::qWait(200);
    const QByteArray log = m_server.output();
    for (const QString& secret : std::as_const(m_secrets)) {
        QVERIFY2(!log.contains(secret.toUtf8()), qPrintable(secret.left(6)));
    }
}

QTEST_MAIN(TestServerOrgAdmin)
#include "tst_server_orgadmin.moc"
