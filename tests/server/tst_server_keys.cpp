// API keys and four eyes through the real server (PURSER_TEST_BACKEND: SQLite or PostgreSQL),
// each test an attack of issue 13: one finance user paying themselves (finding 3), a key's
// writes failing with 500 (4), a removed admin keeping power through a key (5), and secrets
// kept in the Idempotency-Key replay store (6).
#include "tests/support/ApiTestClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using purser::test::ApiReply;
using purser::test::ApiTestClient;
using purser::test::PostgresTestDatabase;
using purser::test::ServerProcess;

namespace {
const QString kOwner = QStringLiteral("owner@acme.example");
const QString kAdmin = QStringLiteral("admin@acme.example");
const QString kFinance = QStringLiteral("finance@acme.example");
const QString kDb = QStringLiteral("keys-test");

QList<QPair<QByteArray, QByteArray>> idempotencyKey()
{
    return {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}};
}
} // namespace

class TestServerKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void financeCannotPayThemselves();
    void payrollPreparerCannotApprove();
    void unlinkingYourOwnRecordNeedsAnotherPerson();
    void moneyIsInTheOrganisationsCurrency();
    void keyIsNotTheSecondPairOfEyesOfItsCreator();
    void keyNeverDoesWhatItsCreatorCannot();
    void keyWritesAreAuditedForTheirMember();
    void removedOrDemotedAdminsKeyStopsAtOnce();
    void keysExpireAndRecordTheirLastUse();
    void replayStoreHoldsNoSecret();
    void keysCannotMintOrRevokeKeys();
    void adminCannotRevokeOwnersKey();

private:
    QString token(const QString& email);
    ApiReply as(const QString& token, const QByteArray& method, const QString& orgPath,
                const QJsonObject& body = {},
                const QList<QPair<QByteArray, QByteArray>>& headers = {});
    QJsonObject createKey(const QString& creatorToken, const QString& role,
                          const QJsonObject& extra = {});
    QString unlinkedEmployee();
    QJsonObject auditEntryOf(const ApiReply& reply);
    QSqlDatabase db() { return ApiTestClient::openDatabase(m_server, m_pg.get(), kDb); }
    void assertNotStored(const QStringList& secrets, const QString& what);

    std::unique_ptr<PostgresTestDatabase> m_pg;
    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_client;
    QHash<QString, QString> m_tokens;
    QString m_acme;
};

void TestServerKeys::initTestCase()
{
    PURSER_START_SERVER(m_server, m_pg, QStringList());
    m_client = std::make_unique<ApiTestClient>(m_server);
    QJsonObject session;
    QVERIFY(!m_client->signIn(kOwner, ApiTestClient::kDemoPassword, &session).isEmpty());
    m_acme = session.value(QStringLiteral("active_organization_id")).toString();
    QVERIFY(!m_acme.isEmpty());
}

void TestServerKeys::cleanupTestCase()
{
    m_client.reset();
    if (QSqlDatabase::contains(kDb)) {
        QSqlDatabase::database(kDb).close();
    }
    QSqlDatabase::removeDatabase(kDb);
    QCOMPARE(m_server.stop(), 0);
}

QString TestServerKeys::token(const QString& email)
{
    if (!m_tokens.contains(email)) {
        m_tokens.insert(email, m_client->signIn(email));
    }
    return m_tokens.value(email);
}

ApiReply TestServerKeys::as(const QString& token, const QByteArray& method, const QString& orgPath,
                            const QJsonObject& body,
                            const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QList<QPair<QByteArray, QByteArray>> all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    const QByteArray bytes = method == "GET" || (method == "DELETE" && body.isEmpty())
                                 ? QByteArray()
                                 : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return m_client->send(method, QStringLiteral("/api/v1/orgs/%1%2").arg(m_acme, orgPath), bytes,
                          token, all);
}

QJsonObject TestServerKeys::createKey(const QString& creatorToken, const QString& role,
                                      const QJsonObject& extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("name"),
                QStringLiteral("%1 sync %2").arg(role).arg(m_tokens.size()));
    body.insert(QStringLiteral("role"), role);
    const ApiReply reply = as(creatorToken, "POST", QStringLiteral("/api-keys"), body);
    if (reply.status != 201) {
        qWarning() << reply.status << reply.body;
    }
    return reply.json();
}

// An Acme employee record that no user is linked to (most of the demo's 200).
QString TestServerKeys::unlinkedEmployee()
{
    const ApiReply list = as(token(kOwner), "GET", QStringLiteral("/employees?limit=1000"));
    for (const QJsonValue& item : list.json().value(QStringLiteral("items")).toArray()) {
        const QJsonObject employee = item.toObject();
        if (employee.value(QStringLiteral("user_id")).isNull() &&
            employee.value(QStringLiteral("status")).toString() == u"active") {
            return employee.value(QStringLiteral("id")).toString();
        }
    }
    return {};
}

// The audit entry written by the request that got this reply (same request id).
QJsonObject TestServerKeys::auditEntryOf(const ApiReply& reply)
{
    const QString requestId = QString::fromLatin1(reply.header("X-Request-Id"));
    qint64 after = 0;
    for (;;) {
        const ApiReply page =
            as(token(kOwner), "GET", QStringLiteral("/audit-log?after=%1&limit=5000").arg(after));
        const QJsonArray items = page.json().value(QStringLiteral("items")).toArray();
        for (const QJsonValue& item : items) {
            const QJsonObject entry = item.toObject();
            if (entry.value(QStringLiteral("request_id")).toString() == requestId) {
                return entry;
            }
            after = entry.value(QStringLiteral("seq")).toInteger();
        }
        if (!page.json().value(QStringLiteral("has_more")).toBool() || items.isEmpty()) {
            return {};
        }
    }
}

void TestServerKeys::financeCannotPayThemselves()
{
    // The attack: one finance user creates, submits, approves and pays a claim for a record
    // that no user is linked to.
    const QString employee = unlinkedEmployee();
    QVERIFY(!employee.isEmpty());
    const QString finance = token(kFinance);
    ApiReply reply =
        as(finance, "POST", QStringLiteral("/claims"),
           {{QStringLiteral("employee_id"), employee},
            {QStringLiteral("category"), QStringLiteral("other")},
            {QStringLiteral("description"), QStringLiteral("Consulting")},
            {QStringLiteral("amount"),
             QJsonObject{{QStringLiteral("amount"), 99900},
                         {QStringLiteral("currency"), QStringLiteral("SGD")}}},
            {QStringLiteral("incurred_on"), QDate::currentDate().toString(Qt::ISODate)}});
    QCOMPARE(reply.status, 201);
    const QString path =
        QStringLiteral("/claims/") + reply.json().value(QStringLiteral("id")).toString();
    QCOMPARE(as(finance, "POST", path + QStringLiteral("/submit")).status, 200);
    reply = as(finance, "POST", path + QStringLiteral("/approve"));
    QCOMPARE(reply.status, 403);
    QVERIFY2(reply.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(u"Four eyes"),
             reply.body.constData());
    QCOMPARE(as(finance, "POST", path + QStringLiteral("/reject"),
                {{QStringLiteral("note"), QStringLiteral("mine")}})
                 .status,
             403);
    QCOMPARE(as(finance, "POST", path + QStringLiteral("/mark-paid")).status, 409);
    // Another person reviews it; then finance may pay it.
    QCOMPARE(as(token(kOwner), "POST", path + QStringLiteral("/approve")).status, 200);
    QCOMPARE(as(finance, "POST", path + QStringLiteral("/mark-paid")).status, 200);

    // Submitting someone else's draft makes you a participant too.
    reply = as(token(kOwner), "POST", QStringLiteral("/claims"),
               {{QStringLiteral("employee_id"), employee},
                {QStringLiteral("category"), QStringLiteral("travel")},
                {QStringLiteral("description"), QStringLiteral("Taxi")},
                {QStringLiteral("amount"),
                 QJsonObject{{QStringLiteral("amount"), 2500},
                             {QStringLiteral("currency"), QStringLiteral("SGD")}}},
                {QStringLiteral("incurred_on"), QDate::currentDate().toString(Qt::ISODate)}});
    QCOMPARE(reply.status, 201);
    const QString second =
        QStringLiteral("/claims/") + reply.json().value(QStringLiteral("id")).toString();
    QCOMPARE(as(finance, "POST", second + QStringLiteral("/submit")).status, 200);
    QCOMPARE(as(finance, "POST", second + QStringLiteral("/approve")).status, 403);
    QCOMPARE(as(token(kOwner), "POST", second + QStringLiteral("/approve")).status, 403);
    QCOMPARE(as(token(kAdmin), "POST", second + QStringLiteral("/approve")).status, 200);
}

void TestServerKeys::payrollPreparerCannotApprove()
{
    // The admin prepares, finance submits: the admin may not approve what they prepared.
    ApiReply reply = as(token(kAdmin), "POST", QStringLiteral("/payroll-runs"),
                        {{QStringLiteral("period_start"), QStringLiteral("2031-01-01")},
                         {QStringLiteral("period_end"), QStringLiteral("2031-01-31")},
                         {QStringLiteral("pay_date"), QStringLiteral("2031-01-26")}});
    QCOMPARE(reply.status, 201);
    const QString path =
        QStringLiteral("/payroll-runs/") + reply.json().value(QStringLiteral("id")).toString();
    QCOMPARE(as(token(kFinance), "POST", path + QStringLiteral("/submit")).status, 200);
    QCOMPARE(as(token(kAdmin), "POST", path + QStringLiteral("/approve")).status, 403);
    QCOMPARE(as(token(kOwner), "POST", path + QStringLiteral("/approve")).status, 200);
}

void TestServerKeys::unlinkingYourOwnRecordNeedsAnotherPerson()
{
    // The attack (issue 13, round two): the admin unlinks their own employee record, finance
    // files a claim for it, and the admin approves a claim that pays them.
    QJsonObject session;
    QVERIFY(!m_client->signIn(kAdmin, ApiTestClient::kDemoPassword, &session).isEmpty());
    const QString adminId =
        session.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(!adminId.isEmpty());
    const QString admin = token(kAdmin);
    const QString owner = token(kOwner);
    QString record;
    const ApiReply list = as(owner, "GET", QStringLiteral("/employees?limit=1000"));
    for (const QJsonValue& item : list.json().value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("user_id")).toString() == adminId) {
            record = item.toObject().value(QStringLiteral("id")).toString();
        }
    }
    if (record.isEmpty()) { // another person links a record to the admin: allowed
        record = unlinkedEmployee();
        QCOMPARE(as(owner, "PATCH", QStringLiteral("/employees/") + record,
                    {{QStringLiteral("user_id"), adminId}})
                     .status,
                 200);
    }
    const QString path = QStringLiteral("/employees/") + record;
    const QJsonObject unlink{{QStringLiteral("user_id"), QJsonValue::Null}};
    ApiReply reply = as(admin, "PATCH", path, unlink);
    QCOMPARE(reply.status, 403);
    QVERIFY2(reply.body.contains("another member"), reply.body.constData());
    // Nor through the admin's API key, which acts for them.
    const QString pk =
        createKey(admin, QStringLiteral("admin")).value(QStringLiteral("key")).toString();
    QVERIFY(pk.startsWith(u"pk_"));
    QCOMPARE(as(pk, "PATCH", path, unlink).status, 403);
    // Another member may unlink it; then the admin may not link it back to themselves.
    QCOMPARE(as(owner, "PATCH", path, unlink).status, 200);
    QCOMPARE(as(admin, "PATCH", path, {{QStringLiteral("user_id"), adminId}}).status, 403);
    QCOMPARE(as(owner, "PATCH", path, {{QStringLiteral("user_id"), adminId}}).status, 200);
    // With the link in place, the admin cannot approve a claim that pays them.
    reply = as(token(kFinance), "POST", QStringLiteral("/claims"),
               {{QStringLiteral("employee_id"), record},
                {QStringLiteral("category"), QStringLiteral("other")},
                {QStringLiteral("description"), QStringLiteral("Bonus")},
                {QStringLiteral("amount"),
                 QJsonObject{{QStringLiteral("amount"), 9999900},
                             {QStringLiteral("currency"), QStringLiteral("SGD")}}},
                {QStringLiteral("incurred_on"), QDate::currentDate().toString(Qt::ISODate)}});
    QCOMPARE(reply.status, 201);
    const QString claim =
        QStringLiteral("/claims/") + reply.json().value(QStringLiteral("id")).toString();
    QCOMPARE(as(token(kFinance), "POST", claim + QStringLiteral("/submit")).status, 200);
    QCOMPARE(as(admin, "PATCH", path, unlink).status, 403);
    reply = as(admin, "POST", claim + QStringLiteral("/approve"));
    QCOMPARE(reply.status, 403);
    QVERIFY2(reply.body.contains("pays you"), reply.body.constData());
}

void TestServerKeys::moneyIsInTheOrganisationsCurrency()
{
    // The attack: a claim in USD in an SGD organisation (reimbursed as if it were SGD).
    const QString employee = unlinkedEmployee();
    const QJsonObject usd{{QStringLiteral("amount"), 50000},
                          {QStringLiteral("currency"), QStringLiteral("USD")}};
    ApiReply reply =
        as(token(kFinance), "POST", QStringLiteral("/claims"),
           {{QStringLiteral("employee_id"), employee},
            {QStringLiteral("category"), QStringLiteral("other")},
            {QStringLiteral("description"), QStringLiteral("Dollars")},
            {QStringLiteral("amount"), usd},
            {QStringLiteral("incurred_on"), QDate::currentDate().toString(Qt::ISODate)}});
    QCOMPARE(reply.status, 422);
    const auto reason = [](const ApiReply& r, const QString& field) {
        return r.json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("fields"))
            .toObject()
            .value(field)
            .toString();
    };
    QVERIFY2(reason(reply, QStringLiteral("amount")).contains(u"SGD"), reply.body.constData());
    // Nor by editing an SGD draft.
    QJsonObject sgd = usd;
    sgd.insert(QStringLiteral("currency"), QStringLiteral("SGD"));
    reply = as(token(kFinance), "POST", QStringLiteral("/claims"),
               {{QStringLiteral("employee_id"), employee},
                {QStringLiteral("category"), QStringLiteral("other")},
                {QStringLiteral("description"), QStringLiteral("Dollars")},
                {QStringLiteral("amount"), sgd},
                {QStringLiteral("incurred_on"), QDate::currentDate().toString(Qt::ISODate)}});
    QCOMPARE(reply.status, 201);
    const QString claim =
        QStringLiteral("/claims/") + reply.json().value(QStringLiteral("id")).toString();
    reply = as(token(kFinance), "PATCH", claim, {{QStringLiteral("amount"), usd}});
    QCOMPARE(reply.status, 422);
    QVERIFY(reason(reply, QStringLiteral("amount")).contains(u"SGD"));
    QCOMPARE(as(token(kFinance), "GET", claim)
                 .json()
                 .value(QStringLiteral("amount"))
                 .toObject()
                 .value(QStringLiteral("currency"))
                 .toString(),
             QStringLiteral("SGD"));
    // A salary in another currency is refused the same way.
    reply = as(token(kOwner), "PATCH", QStringLiteral("/employees/") + employee,
               {{QStringLiteral("base_salary"), usd}});
    QCOMPARE(reply.status, 422);
    QVERIFY(reason(reply, QStringLiteral("base_salary")).contains(u"SGD"));
}

void TestServerKeys::keyIsNotTheSecondPairOfEyesOfItsCreator()
{
    const QJsonObject key = createKey(token(kAdmin), QStringLiteral("admin"));
    const QString pk = key.value(QStringLiteral("key")).toString();
    QVERIFY(pk.startsWith(u"pk_"));
    // The admin submits a claim, then tries to approve it through their own key.
    ApiReply reply =
        as(token(kAdmin), "POST", QStringLiteral("/claims"),
           {{QStringLiteral("employee_id"), unlinkedEmployee()},
            {QStringLiteral("category"), QStringLiteral("meals")},
            {QStringLiteral("description"), QStringLiteral("Team lunch")},
            {QStringLiteral("amount"),
             QJsonObject{{QStringLiteral("amount"), 8800},
                         {QStringLiteral("currency"), QStringLiteral("SGD")}}},
            {QStringLiteral("incurred_on"), QDate::currentDate().toString(Qt::ISODate)}});
    QCOMPARE(reply.status, 201);
    const QString path =
        QStringLiteral("/claims/") + reply.json().value(QStringLiteral("id")).toString();
    QCOMPARE(as(token(kAdmin), "POST", path + QStringLiteral("/submit")).status, 200);
    QCOMPARE(as(pk, "POST", path + QStringLiteral("/approve")).status, 403);
    // And the other way round: what the key prepared, its creator may not approve.
    reply = as(pk, "POST", QStringLiteral("/payroll-runs"),
               {{QStringLiteral("period_start"), QStringLiteral("2031-02-01")},
                {QStringLiteral("period_end"), QStringLiteral("2031-02-28")},
                {QStringLiteral("pay_date"), QStringLiteral("2031-02-25")}});
    QCOMPARE(reply.status, 201);
    const QString run =
        QStringLiteral("/payroll-runs/") + reply.json().value(QStringLiteral("id")).toString();
    QCOMPARE(as(pk, "POST", run + QStringLiteral("/submit")).status, 200);
    QCOMPARE(as(token(kAdmin), "POST", run + QStringLiteral("/approve")).status, 403);
    QCOMPARE(as(token(kOwner), "POST", run + QStringLiteral("/approve")).status, 200);
}

void TestServerKeys::keyNeverDoesWhatItsCreatorCannot()
{
    // Admins may approve but not mark paid; a finance-role key of theirs may not either.
    const QString pk =
        createKey(token(kAdmin), QStringLiteral("finance")).value(QStringLiteral("key")).toString();
    ApiReply reply =
        as(token(kFinance), "POST", QStringLiteral("/claims"),
           {{QStringLiteral("employee_id"), unlinkedEmployee()},
            {QStringLiteral("category"), QStringLiteral("training")},
            {QStringLiteral("description"), QStringLiteral("Course")},
            {QStringLiteral("amount"),
             QJsonObject{{QStringLiteral("amount"), 30000},
                         {QStringLiteral("currency"), QStringLiteral("SGD")}}},
            {QStringLiteral("incurred_on"), QDate::currentDate().toString(Qt::ISODate)}});
    QCOMPARE(reply.status, 201);
    const QString path =
        QStringLiteral("/claims/") + reply.json().value(QStringLiteral("id")).toString();
    QCOMPARE(as(token(kFinance), "POST", path + QStringLiteral("/submit")).status, 200);
    QCOMPARE(as(token(kAdmin), "POST", path + QStringLiteral("/approve")).status, 200);
    QCOMPARE(as(pk, "POST", path + QStringLiteral("/mark-paid")).status, 403);
    QCOMPARE(as(token(kFinance), "POST", path + QStringLiteral("/mark-paid")).status, 200);
}

void TestServerKeys::keyWritesAreAuditedForTheirMember()
{
    const QJsonObject key = createKey(token(kAdmin), QStringLiteral("admin"));
    const QString pk = key.value(QStringLiteral("key")).toString();
    const QString employee = unlinkedEmployee();
    const ApiReply current = as(pk, "GET", QStringLiteral("/employees/") + employee);
    QCOMPARE(current.status, 200);
    const ApiReply reply = as(pk, "PATCH", QStringLiteral("/employees/") + employee,
                              {{QStringLiteral("position"), QStringLiteral("Senior Analyst")}},
                              {{"If-Match", current.header("ETag")}});
    QVERIFY2(reply.status == 200, reply.body.constData());
    const QJsonObject entry = auditEntryOf(reply);
    QVERIFY2(!entry.isEmpty(), "no audit entry for the key's write");
    const QJsonObject actor = entry.value(QStringLiteral("actor")).toObject();
    QCOMPARE(actor.value(QStringLiteral("kind")).toString(), QStringLiteral("api_key"));
    QCOMPARE(actor.value(QStringLiteral("id")).toString(),
             key.value(QStringLiteral("id")).toString());
    const QString display = actor.value(QStringLiteral("display")).toString();
    QVERIFY2(display.contains(key.value(QStringLiteral("name")).toString()) &&
                 display.contains(key.value(QStringLiteral("id")).toString()) &&
                 display.contains(kAdmin),
             qPrintable(display));
    QCOMPARE(entry.value(QStringLiteral("channel")).toString(), QStringLiteral("api"));
}

void TestServerKeys::removedOrDemotedAdminsKeyStopsAtOnce()
{
    // A second admin of our own, so the demo admin stays for the other tests.
    const QString email = QStringLiteral("temp-admin@acme.example");
    ApiReply invite =
        as(token(kOwner), "POST", QStringLiteral("/invitations"),
           {{QStringLiteral("email"), email}, {QStringLiteral("role"), QStringLiteral("admin")}});
    QCOMPARE(invite.status, 201);
    // Accepting needs the invited address's own verified session.
    const QString adminToken = m_client->signUpVerified(
        email, QStringLiteral("temporary admin password"), QStringLiteral("Temp Admin"));
    QVERIFY(!adminToken.isEmpty());
    const ApiReply accepted =
        m_client->send("POST",
                       QStringLiteral("/api/v1/auth/invitations/%1/accept")
                           .arg(invite.json().value(QStringLiteral("token")).toString()),
                       {}, adminToken);
    QVERIFY2(accepted.status == 201, accepted.body.constData());
    const QString userId = accepted.json()
                               .value(QStringLiteral("user"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
    QString pk =
        createKey(adminToken, QStringLiteral("admin")).value(QStringLiteral("key")).toString();
    QCOMPARE(as(pk, "GET", QStringLiteral("/members")).status, 200);

    // Demoted to a role without api_keys.manage: the key stops at once.
    QCOMPARE(as(token(kOwner), "PATCH", QStringLiteral("/members/") + userId,
                {{QStringLiteral("role"), QStringLiteral("finance")}})
                 .status,
             200);
    QCOMPARE(as(pk, "GET", QStringLiteral("/members")).status, 401);
    // Revoked, not only refused: giving the role back does not revive it.
    QCOMPARE(as(token(kOwner), "PATCH", QStringLiteral("/members/") + userId,
                {{QStringLiteral("role"), QStringLiteral("admin")}})
                 .status,
             200);
    QCOMPARE(as(pk, "GET", QStringLiteral("/members")).status, 401);

    // Removed: a fresh key no longer answers, and cannot invite an admin.
    pk = createKey(adminToken, QStringLiteral("admin")).value(QStringLiteral("key")).toString();
    QCOMPARE(as(pk, "GET", QStringLiteral("/members")).status, 200);
    // The check at use is the root: even a key the removal did not revoke (written back into
    // the database here) is refused once its creator is gone.
    QCOMPARE(as(token(kOwner), "DELETE", QStringLiteral("/members/") + userId).status, 204);
    QSqlQuery unrevoke(db());
    unrevoke.prepare(QStringLiteral("UPDATE api_keys SET revoked_at = NULL WHERE created_by = ?"));
    unrevoke.addBindValue(userId);
    QVERIFY2(unrevoke.exec(), qPrintable(unrevoke.lastError().text()));
    QCOMPARE(as(pk, "GET", QStringLiteral("/members")).status, 401);
    const ApiReply attack = as(pk, "POST", QStringLiteral("/invitations"),
                               {{QStringLiteral("email"), QStringLiteral("backdoor@acme.example")},
                                {QStringLiteral("role"), QStringLiteral("admin")}});
    QCOMPARE(attack.status, 401);
}

void TestServerKeys::keysExpireAndRecordTheirLastUse()
{
    QCOMPARE(as(token(kOwner), "POST", QStringLiteral("/api-keys"),
                {{QStringLiteral("name"), QStringLiteral("too long")},
                 {QStringLiteral("role"), QStringLiteral("viewer")},
                 {QStringLiteral("expires_in_days"), 400}})
                 .status,
             422);
    const QJsonObject standard = createKey(token(kOwner), QStringLiteral("viewer"));
    const QDateTime expires = QDateTime::fromString(
        standard.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().addDays(90).secsTo(expires)) < 600);
    QVERIFY(standard.value(QStringLiteral("last_used_at")).isNull());
    const QJsonObject shortKey = createKey(token(kOwner), QStringLiteral("viewer"),
                                           {{QStringLiteral("expires_in_days"), 1}});
    const QString pk = shortKey.value(QStringLiteral("key")).toString();
    QCOMPARE(as(pk, "GET", QStringLiteral("/employees?limit=1")).status, 200);

    // The list shows expiry and last use (never the key).
    const ApiReply list = as(token(kOwner), "GET", QStringLiteral("/api-keys"));
    QJsonObject listed;
    for (const QJsonValue& item : list.json().value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("id")) == shortKey.value(QStringLiteral("id"))) {
            listed = item.toObject();
        }
    }
    QVERIFY(!listed.isEmpty());
    QVERIFY(!listed.contains(QStringLiteral("key")));
    QVERIFY(!listed.value(QStringLiteral("last_used_at")).toString().isEmpty());
    QVERIFY(!listed.value(QStringLiteral("expires_at")).toString().isEmpty());
    // At most one write a minute: a second use now leaves last_used_at as it was.
    QCOMPARE(as(pk, "GET", QStringLiteral("/employees?limit=1")).status, 200);
    for (const QJsonValue& item : as(token(kOwner), "GET", QStringLiteral("/api-keys"))
                                      .json()
                                      .value(QStringLiteral("items"))
                                      .toArray()) {
        if (item.toObject().value(QStringLiteral("id")) == shortKey.value(QStringLiteral("id"))) {
            QCOMPARE(item.toObject().value(QStringLiteral("last_used_at")),
                     listed.value(QStringLiteral("last_used_at")));
        }
    }

    // Once its expiry has passed (moved into the past in the database) the key is refused.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE api_keys SET expires_at = ? WHERE id = ?"));
    q.addBindValue(QDateTime::currentDateTimeUtc().addSecs(-5));
    q.addBindValue(shortKey.value(QStringLiteral("id")).toString());
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QCOMPARE(as(pk, "GET", QStringLiteral("/employees?limit=1")).status, 401);
}

// No row of the replay store holds any of the secrets, in any column.
void TestServerKeys::assertNotStored(const QStringList& secrets, const QString& what)
{
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT scope, caller_id, idem_key, request_hash, content_type, "
                                  "body FROM idempotency_keys")));
    int rows = 0;
    while (q.next()) {
        ++rows;
        for (int i = 0; i < 6; ++i) {
            const QByteArray value = q.value(i).toByteArray();
            for (const QString& secret : secrets) {
                QVERIFY2(!secret.isEmpty(), qPrintable(what));
                if (value.contains(secret.toUtf8())) {
                    QFAIL(qPrintable(what + QStringLiteral(": the replay store holds a secret")));
                }
            }
        }
    }
    QVERIFY(rows > 0);
}

void TestServerKeys::replayStoreHoldsNoSecret()
{
    // An API key.
    QList<QPair<QByteArray, QByteArray>> key = idempotencyKey();
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("replayed key")},
                           {QStringLiteral("role"), QStringLiteral("viewer")}};
    ApiReply first = as(token(kOwner), "POST", QStringLiteral("/api-keys"), body, key);
    QCOMPARE(first.status, 201);
    const QString pk = first.json().value(QStringLiteral("key")).toString();
    QVERIFY(pk.startsWith(u"pk_"));
    assertNotStored({pk}, QStringLiteral("api key"));
    ApiReply replay = as(token(kOwner), "POST", QStringLiteral("/api-keys"), body, key);
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QVERIFY(!replay.json().contains(QStringLiteral("key")));
    QCOMPARE(replay.json().value(QStringLiteral("secret_shown_once")).toBool(), true);
    QCOMPARE(replay.json().value(QStringLiteral("id")), first.json().value(QStringLiteral("id")));
    QCOMPARE(replay.json().value(QStringLiteral("prefix")),
             first.json().value(QStringLiteral("prefix")));

    // An invitation token.
    key = idempotencyKey();
    const QJsonObject invitation{{QStringLiteral("email"), QStringLiteral("replay@acme.example")},
                                 {QStringLiteral("role"), QStringLiteral("viewer")}};
    first = as(token(kOwner), "POST", QStringLiteral("/invitations"), invitation, key);
    QCOMPARE(first.status, 201);
    const QString inviteToken = first.json().value(QStringLiteral("token")).toString();
    assertNotStored({inviteToken}, QStringLiteral("invitation"));
    replay = as(token(kOwner), "POST", QStringLiteral("/invitations"), invitation, key);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QVERIFY(!replay.json().contains(QStringLiteral("token")));
    QCOMPARE(replay.json().value(QStringLiteral("secret_shown_once")).toBool(), true);
    QCOMPARE(replay.json().value(QStringLiteral("id")), first.json().value(QStringLiteral("id")));

    // A TOTP secret with its backup codes (an account of our own).
    // Two-factor needs a verified address.
    const QString own = m_client->signUpVerified(QStringLiteral("replay-totp@example.net"),
                                                 QStringLiteral("replay totp password"),
                                                 QStringLiteral("Replay Totp"));
    QVERIFY(!own.isEmpty());
    key = idempotencyKey();
    key.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    const QByteArray enableBody = R"({"password":"replay totp password"})";
    first = m_client->send("POST", QStringLiteral("/api/v1/auth/two-factor/enable"), enableBody,
                           own, key);
    QCOMPARE(first.status, 200);
    QStringList secrets{first.json().value(QStringLiteral("secret")).toString()};
    for (const QJsonValue& code : first.json().value(QStringLiteral("backup_codes")).toArray()) {
        secrets.append(code.toString());
    }
    QCOMPARE(secrets.size(), 11);
    assertNotStored(secrets, QStringLiteral("two-factor"));
    replay = m_client->send("POST", QStringLiteral("/api/v1/auth/two-factor/enable"), enableBody,
                            own, key);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QVERIFY(!replay.json().contains(QStringLiteral("secret")));
    QVERIFY(!replay.json().contains(QStringLiteral("backup_codes")));
    QCOMPARE(replay.json().value(QStringLiteral("secret_shown_once")).toBool(), true);

    // A session token: signing in again while presenting a session.
    key = idempotencyKey();
    key.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    const QByteArray signIn =
        QJsonDocument(QJsonObject{{QStringLiteral("email"), kFinance},
                                  {QStringLiteral("password"), ApiTestClient::kDemoPassword}})
            .toJson(QJsonDocument::Compact);
    first = m_client->send("POST", QStringLiteral("/api/v1/auth/sign-in"), signIn, token(kFinance),
                           key);
    QCOMPARE(first.status, 200);
    const QString session = first.json().value(QStringLiteral("token")).toString();
    QVERIFY(session.startsWith(u"ps_"));
    m_tokens.insert(kFinance, session);
    assertNotStored({session}, QStringLiteral("session"));
}

QTEST_MAIN(TestServerKeys)
// Issue 13, round two: an admin key minted a year-long admin key that outlived its parent's
// revocation. Keys are managed by people, from a signed-in session.
void TestServerKeys::keysCannotMintOrRevokeKeys()
{
    const QJsonObject parent = createKey(token(kAdmin), QStringLiteral("admin"));
    const QString pk = parent.value(QStringLiteral("key")).toString();
    QVERIFY(!pk.isEmpty());
    const ApiReply mint = as(pk, "POST", QStringLiteral("/api-keys"),
                             {{QStringLiteral("name"), QStringLiteral("child")},
                              {QStringLiteral("role"), QStringLiteral("admin")},
                              {QStringLiteral("expires_in_days"), 365}});
    QCOMPARE(mint.status, 403);
    QVERIFY2(mint.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("signed-in session")),
             mint.body.constData());
    const QString sibling =
        createKey(token(kAdmin), QStringLiteral("viewer")).value(QStringLiteral("id")).toString();
    QCOMPARE(as(pk, "DELETE", QStringLiteral("/api-keys/") + sibling).status, 403);
    QCOMPARE(as(pk, "DELETE",
                QStringLiteral("/api-keys/") + parent.value(QStringLiteral("id")).toString())
                 .status,
             403);
    // The admin's session still manages them.
    QCOMPARE(as(token(kAdmin), "DELETE", QStringLiteral("/api-keys/") + sibling).status, 204);
}

// An admin cannot touch owners, and an owner's key is the owner acting.
void TestServerKeys::adminCannotRevokeOwnersKey()
{
    const QString ownersKey =
        createKey(token(kOwner), QStringLiteral("viewer")).value(QStringLiteral("id")).toString();
    QVERIFY(!ownersKey.isEmpty());
    QCOMPARE(as(token(kAdmin), "DELETE", QStringLiteral("/api-keys/") + ownersKey).status, 403);
    QCOMPARE(as(token(kOwner), "DELETE", QStringLiteral("/api-keys/") + ownersKey).status, 204);
}

#include "tst_server_keys.moc"
