// API keys × every mutating route, generated from the server's own route table
// (purser-server --list-routes) like the cross-tenant matrix: for each key role (admin,
// finance, auditor, member, viewer) and each POST/PUT/PATCH/DELETE route of an organisation,
// a real request on a fresh record, asserting the status roles.md documents (403 where the
// role lacks the permission, else the success) and, for every success, the audit entry: actor
// kind `api_key`, the key's id, its name, its id and its creator in the display, channel
// `api`. A new mutating route fails this test until it is given a permission and a fixture
// here. PURSER_TEST_BACKEND chooses SQLite or PostgreSQL.
#include "core/PermissionMatrix.h"
#include "core/Role.h"
#include "core/SignedNote.h"
#include "core/WitnessCosignature.h"
#include "tests/support/DomainTestClient.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using purser::Access;
using purser::Permission;
using purser::Role;
using purser::test::DomainReply;
using purser::test::DomainTestClient;
using purser::test::ServerProcess;

namespace {
const QString kOwner = QStringLiteral("owner@acme.example");
const QString kAdmin = QStringLiteral("admin@acme.example");

// A request ready to send: the path below /orgs/{org}, its body and content type.
struct Prepared
{
    QString path;
    QByteArray body;
    QByteArray contentType = "application/json";
};

struct RouteRule
{
    Permission permission;
    int success;
};

// roles.md, one row per mutating route: the permission it needs and its success status.
const QHash<QString, RouteRule>& rules()
{
    static const QHash<QString, RouteRule> all{
        {QStringLiteral("POST /employees"), {Permission::EmployeesWrite, 201}},
        {QStringLiteral("PATCH /employees/{id}"), {Permission::EmployeesWrite, 200}},
        {QStringLiteral("DELETE /employees/{id}"), {Permission::EmployeesWrite, 204}},
        {QStringLiteral("POST /employees/{id}/personal-data-export"),
         {Permission::PersonalDataExport, 200}},
        {QStringLiteral("POST /payroll-runs"), {Permission::PayrollPrepare, 201}},
        {QStringLiteral("DELETE /payroll-runs/{id}"), {Permission::PayrollPrepare, 204}},
        {QStringLiteral("POST /payroll-runs/{id}/submit"), {Permission::PayrollPrepare, 200}},
        {QStringLiteral("POST /payroll-runs/{id}/return"), {Permission::PayrollApprove, 200}},
        {QStringLiteral("POST /payroll-runs/{id}/approve"), {Permission::PayrollApprove, 200}},
        {QStringLiteral("POST /payroll-runs/{id}/mark-paid"), {Permission::PayrollMarkPaid, 200}},
        {QStringLiteral("POST /claims"), {Permission::ClaimsWriteOwn, 201}},
        {QStringLiteral("PATCH /claims/{id}"), {Permission::ClaimsWriteOwn, 200}},
        {QStringLiteral("DELETE /claims/{id}"), {Permission::ClaimsWriteOwn, 204}},
        {QStringLiteral("POST /claims/{id}/submit"), {Permission::ClaimsWriteOwn, 200}},
        {QStringLiteral("POST /claims/{id}/approve"), {Permission::ClaimsReview, 200}},
        {QStringLiteral("POST /claims/{id}/reject"), {Permission::ClaimsReview, 200}},
        {QStringLiteral("POST /claims/{id}/mark-paid"), {Permission::ClaimsMarkPaid, 200}},
        {QStringLiteral("POST /claims/{id}/receipts"), {Permission::ClaimsWriteOwn, 201}},
        {QStringLiteral("PATCH /members/{user_id}"), {Permission::MembersManage, 200}},
        {QStringLiteral("DELETE /members/{user_id}"), {Permission::MembersManage, 204}},
        {QStringLiteral("POST /invitations"), {Permission::MembersManage, 201}},
        {QStringLiteral("DELETE /invitations/{id}"), {Permission::MembersManage, 204}},
        {QStringLiteral("POST /api-keys"), {Permission::ApiKeysManage, 201}},
        {QStringLiteral("DELETE /api-keys/{id}"), {Permission::ApiKeysManage, 204}},
        {QStringLiteral("PUT /settings"), {Permission::SettingsManage, 200}},
        {QStringLiteral("POST /audit-log/cosignatures"), {Permission::AuditRead, 201}},
    };
    return all;
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject money(qint64 amount)
{
    return {{QStringLiteral("amount"), amount},
            {QStringLiteral("currency"), QStringLiteral("SGD")}};
}
} // namespace

class TestServerKeyMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyMutatingRouteWithEveryKeyRole();

private:
    QString created(const QString& email, const QString& path, const QJsonObject& body);
    QString unlinkedEmployee();
    QString run(const QString& upTo);
    QString claim(const QString& upTo, bool ownOfOwner);
    QString throwawayMember();
    Prepared prepare(const QString& route);
    QJsonObject auditEntry(const QString& requestId);

    DomainTestClient m_client;
    int m_counter = 0;
    qint64 m_auditSeq = 0;
};

void TestServerKeyMatrix::initTestCase()
{
    QString reason;
    bool skip = false;
    if (!m_client.start(&reason, &skip,
                        {QStringLiteral("--trusted-proxies"), QStringLiteral("127.0.0.0/8")})) {
        if (skip) {
            QSKIP(qPrintable(reason));
        }
        QFAIL(qPrintable(reason));
    }
}

void TestServerKeyMatrix::cleanupTestCase()
{
    QCOMPARE(m_client.stop(), 0);
}

// POSTs as a signed-in user and returns the new record's id (or "" with a warning).
QString TestServerKeyMatrix::created(const QString& email, const QString& path,
                                     const QJsonObject& body)
{
    const DomainReply reply = m_client.as(email, "POST", path, body);
    if (reply.status != 201 && reply.status != 200) {
        qWarning() << path << reply.status << reply.body;
        return {};
    }
    return reply.json().value(QStringLiteral("id")).toString();
}

QString TestServerKeyMatrix::unlinkedEmployee()
{
    return created(
        kAdmin, QStringLiteral("/employees"),
        {{QStringLiteral("employee_no"), QStringLiteral("KM-%1").arg(++m_counter)},
         {QStringLiteral("full_name"), QStringLiteral("Matrix Person %1").arg(m_counter)},
         {QStringLiteral("email"), QStringLiteral("km%1@acme.example").arg(m_counter)},
         {QStringLiteral("department"), QStringLiteral("Operations")},
         {QStringLiteral("position"), QStringLiteral("Analyst")},
         {QStringLiteral("employment_type"), QStringLiteral("full_time")},
         {QStringLiteral("start_date"), QStringLiteral("2026-01-05")}});
}

// A payroll run the admin prepared, taken up to a state: draft, submitted (by the admin),
// approved (by the owner's session). The keys act for the owner.
QString TestServerKeyMatrix::run(const QString& upTo)
{
    const QDate start = QDate(2040, 1, 1).addMonths(++m_counter);
    const QString id = created(
        kAdmin, QStringLiteral("/payroll-runs"),
        {{QStringLiteral("period_start"), start.toString(Qt::ISODate)},
         {QStringLiteral("period_end"), start.addMonths(1).addDays(-1).toString(Qt::ISODate)},
         {QStringLiteral("pay_date"), start.addDays(25).toString(Qt::ISODate)}});
    if (upTo != u"draft") {
        m_client.as(kAdmin, "POST", QStringLiteral("/payroll-runs/%1/submit").arg(id));
    }
    if (upTo == u"approved") {
        m_client.as(kOwner, "POST", QStringLiteral("/payroll-runs/%1/approve").arg(id));
    }
    return id;
}

// A claim up to a state. ownOfOwner: the owner's own draft (what a member-role key acting for
// the owner may write); else the admin's claim for an unlinked record, submitted by the admin
// and, for "approved", approved by the owner's session.
QString TestServerKeyMatrix::claim(const QString& upTo, bool ownOfOwner)
{
    QJsonObject body{{QStringLiteral("category"), QStringLiteral("travel")},
                     {QStringLiteral("description"), QStringLiteral("Matrix taxi")},
                     {QStringLiteral("amount"), money(1500 + ++m_counter)},
                     {QStringLiteral("incurred_on"), QDate::currentDate().toString(Qt::ISODate)}};
    if (ownOfOwner) {
        return created(kOwner, QStringLiteral("/claims"), body);
    }
    body.insert(QStringLiteral("employee_id"), unlinkedEmployee());
    const QString id = created(kAdmin, QStringLiteral("/claims"), body);
    if (upTo != u"draft") {
        m_client.as(kAdmin, "POST", QStringLiteral("/claims/%1/submit").arg(id));
    }
    if (upTo == u"approved") {
        m_client.as(kOwner, "POST", QStringLiteral("/claims/%1/approve").arg(id));
    }
    return id;
}

// A viewer of our own, invited by the owner, to change or remove.
QString TestServerKeyMatrix::throwawayMember()
{
    const QString email = QStringLiteral("matrix-member-%1@acme.example").arg(++m_counter);
    const DomainReply invite = m_client.as(
        kOwner, "POST", QStringLiteral("/invitations"),
        {{QStringLiteral("email"), email}, {QStringLiteral("role"), QStringLiteral("viewer")}});
    // Accepting needs the invited address's own verified session (no password, no new session).
    // Each from its own address (the server trusts the loopback proxy): more sign-ups than one
    // address may make in a window.
    const QByteArray from = "203.0.113." + QByteArray::number(m_counter % 250 + 1);
    const QJsonObject session =
        m_client.signUpVerified(email, QStringLiteral("matrix member password"),
                                QStringLiteral("Matrix Member"), {{"X-Forwarded-For", from}});
    const QString memberToken = session.value(QStringLiteral("token")).toString();
    m_client.send("POST",
                  QStringLiteral("/api/v1/auth/invitations/%1/accept")
                      .arg(invite.json().value(QStringLiteral("token")).toString()),
                  {}, memberToken);
    return session.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
}

// A fresh record in the state the route needs, and a valid body.
Prepared TestServerKeyMatrix::prepare(const QString& route)
{
    const QString pattern = route.section(u' ', 1);
    Prepared p;
    p.path = pattern;
    p.body = "{}";
    if (route == u"POST /employees") {
        p.body =
            json({{QStringLiteral("employee_no"), QStringLiteral("KN-%1").arg(++m_counter)},
                  {QStringLiteral("full_name"), QStringLiteral("Key Made %1").arg(m_counter)},
                  {QStringLiteral("email"), QStringLiteral("kn%1@acme.example").arg(m_counter)},
                  {QStringLiteral("department"), QStringLiteral("Operations")},
                  {QStringLiteral("position"), QStringLiteral("Analyst")},
                  {QStringLiteral("employment_type"), QStringLiteral("full_time")},
                  {QStringLiteral("start_date"), QStringLiteral("2026-01-05")}});
    } else if (pattern.startsWith(u"/employees/{id}")) {
        p.path.replace(QStringLiteral("{id}"), unlinkedEmployee());
        p.body = route.startsWith(u"PATCH")
                     ? json({{QStringLiteral("position"), QStringLiteral("Senior Analyst")}})
                     : QByteArray();
    } else if (route == u"POST /payroll-runs") {
        const QDate start = QDate(2060, 1, 1).addMonths(++m_counter);
        p.body = json(
            {{QStringLiteral("period_start"), start.toString(Qt::ISODate)},
             {QStringLiteral("period_end"), start.addMonths(1).addDays(-1).toString(Qt::ISODate)},
             {QStringLiteral("pay_date"), start.addDays(25).toString(Qt::ISODate)}});
    } else if (pattern.startsWith(u"/payroll-runs/{id}")) {
        const QString state = pattern.endsWith(u"/mark-paid") ? QStringLiteral("approved")
                              : pattern.endsWith(u"/return") || pattern.endsWith(u"/approve")
                                  ? QStringLiteral("submitted")
                                  : QStringLiteral("draft");
        p.path.replace(QStringLiteral("{id}"), run(state));
        p.body = pattern.endsWith(u"/return")
                     ? json({{QStringLiteral("note"), QStringLiteral("Redo")}})
                 : route.startsWith(u"DELETE") ? QByteArray()
                                               : QByteArray("{}");
    } else if (route == u"POST /claims") {
        p.body =
            json({{QStringLiteral("category"), QStringLiteral("meals")},
                  {QStringLiteral("description"), QStringLiteral("Key lunch")},
                  {QStringLiteral("amount"), money(2100)},
                  {QStringLiteral("incurred_on"), QDate::currentDate().toString(Qt::ISODate)}});
    } else if (pattern.startsWith(u"/claims/{id}")) {
        const bool review = pattern.endsWith(u"/approve") || pattern.endsWith(u"/reject");
        const bool paying = pattern.endsWith(u"/mark-paid");
        p.path.replace(QStringLiteral("{id}"), claim(paying   ? QStringLiteral("approved")
                                                     : review ? QStringLiteral("submitted")
                                                              : QStringLiteral("draft"),
                                                     !review && !paying));
        if (route.startsWith(u"PATCH")) {
            p.body = json({{QStringLiteral("description"), QStringLiteral("Edited by a key")}});
        } else if (pattern.endsWith(u"/reject")) {
            p.body = json({{QStringLiteral("note"), QStringLiteral("No receipt")}});
        } else if (pattern.endsWith(u"/receipts")) {
            const QByteArray png =
                QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(64, 'x');
            p.body = DomainTestClient::multipart("file", QStringLiteral("r.png"), "image/png", png,
                                                 &p.contentType);
        } else if (route.startsWith(u"DELETE")) {
            p.body.clear();
        }
    } else if (pattern.startsWith(u"/members/{user_id}")) {
        p.path.replace(QStringLiteral("{user_id}"), throwawayMember());
        p.body = route.startsWith(u"PATCH")
                     ? json({{QStringLiteral("role"), QStringLiteral("member")}})
                     : QByteArray();
    } else if (route == u"POST /invitations") {
        p.body = json({{QStringLiteral("email"),
                        QStringLiteral("km-invite-%1@acme.example").arg(++m_counter)},
                       {QStringLiteral("role"), QStringLiteral("viewer")}});
    } else if (route == u"DELETE /invitations/{id}") {
        p.path.replace(QStringLiteral("{id}"),
                       created(kOwner, QStringLiteral("/invitations"),
                               {{QStringLiteral("email"),
                                 QStringLiteral("km-revoke-%1@acme.example").arg(++m_counter)},
                                {QStringLiteral("role"), QStringLiteral("viewer")}}));
        p.body.clear();
    } else if (route == u"POST /api-keys") {
        p.body = json({{QStringLiteral("name"), QStringLiteral("made by a key")},
                       {QStringLiteral("role"), QStringLiteral("viewer")}});
    } else if (route == u"DELETE /api-keys/{id}") {
        p.path.replace(QStringLiteral("{id}"),
                       created(kOwner, QStringLiteral("/api-keys"),
                               {{QStringLiteral("name"), QStringLiteral("to revoke")},
                                {QStringLiteral("role"), QStringLiteral("viewer")}}));
        p.body.clear();
    } else if (route == u"PUT /settings") {
        p.body = m_client.as(kOwner, "GET", QStringLiteral("/settings")).body;
    } else if (route == u"POST /audit-log/cosignatures") {
        // The newest checkpoint, cosigned by a new witness key each time.
        const QJsonObject checkpoint =
            m_client.as(kOwner, "GET", QStringLiteral("/audit-log/checkpoint")).json();
        const auto note = purser::SignedNote::parse(
            checkpoint.value(QStringLiteral("note")).toString().toUtf8(), nullptr);
        const auto cosignature = purser::WitnessCosignature::make(
            QStringLiteral("matrix-witness"), purser::WitnessCosignature::newSecretKey(),
            note ? note->text : QByteArray(), quint64(QDateTime::currentSecsSinceEpoch()));
        p.body = json(
            {{QStringLiteral("tree_size"), checkpoint.value(QStringLiteral("tree_size"))},
             {QStringLiteral("public_key"), QString::fromLatin1(cosignature.publicKey.toBase64())},
             {QStringLiteral("cosignature"), QString::fromUtf8(cosignature.line())}});
    }
    return p;
}

QJsonObject TestServerKeyMatrix::auditEntry(const QString& requestId)
{
    for (int guard = 0; guard < 100; ++guard) {
        const DomainReply page = m_client.as(
            kOwner, "GET", QStringLiteral("/audit-log?after=%1&limit=5000").arg(m_auditSeq));
        const QJsonArray items = page.json().value(QStringLiteral("items")).toArray();
        for (const QJsonValue& item : items) {
            const QJsonObject entry = item.toObject();
            if (entry.value(QStringLiteral("request_id")).toString() == requestId) {
                return entry;
            }
        }
        if (!page.json().value(QStringLiteral("has_more")).toBool() || items.isEmpty()) {
            return {};
        }
        m_auditSeq = items.last().toObject().value(QStringLiteral("seq")).toInteger();
    }
    return {};
}

void TestServerKeyMatrix::everyMutatingRouteWithEveryKeyRole()
{
    QProcess list;
    QTemporaryDir scratch;
    list.start(ServerProcess::serverBinary(),
               {QStringLiteral("--data-dir"), scratch.path(), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:0"), QStringLiteral("--list-routes")});
    QVERIFY(list.waitForFinished(30000));
    QStringList routes;
    const QString prefix = QStringLiteral("/api/v1/orgs/{org}");
    for (const QByteArray& line : list.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2 && parts[0] != "GET" && parts[1].startsWith(prefix.toLatin1())) {
            routes.append(QString::fromLatin1(parts[0]) + u' ' +
                          QString::fromLatin1(parts[1]).mid(prefix.size()));
        }
    }
    QVERIFY(routes.size() >= 20);
    for (const QString& route : std::as_const(routes)) {
        QVERIFY2(rules().contains(route),
                 qPrintable(route + QStringLiteral(": a new mutating route; give it its "
                                                   "permission and a fixture here")));
    }

    const QString ownerId = m_client.userId(kOwner);
    int successes = 0;
    for (const char* roleName : {"admin", "finance", "auditor", "member", "viewer"}) {
        const Role role = *purser::roleFromName(QString::fromLatin1(roleName));
        const DomainReply made = m_client.as(
            kOwner, "POST", QStringLiteral("/api-keys"),
            {{QStringLiteral("name"), QStringLiteral("matrix %1").arg(QLatin1String(roleName))},
             {QStringLiteral("role"), QString::fromLatin1(roleName)}});
        QCOMPARE(made.status, 201);
        const QString keyId = made.json().value(QStringLiteral("id")).toString();
        const QString keyName = made.json().value(QStringLiteral("name")).toString();
        const QString pk = made.json().value(QStringLiteral("key")).toString();
        for (const QString& route : std::as_const(routes)) {
            const RouteRule rule = rules().value(route);
            // API keys are managed from a signed-in session: no key may mint or revoke one.
            const bool keyManagement =
                route == u"POST /api-keys" || route == u"DELETE /api-keys/{id}";
            const bool allowed =
                !keyManagement && purser::access(role, rule.permission) != Access::None;
            Prepared p = allowed ? prepare(route) : Prepared{route.section(u' ', 1), "{}"};
            if (!allowed) {
                // Refused before any record is read: any well-formed id will do.
                for (const QString& param : {QStringLiteral("{id}"), QStringLiteral("{user_id}")}) {
                    p.path.replace(param, QUuid::createUuid().toString(QUuid::WithoutBraces));
                }
            }
            const QByteArray method = route.section(u' ', 0, 0).toLatin1();
            const DomainReply reply = m_client.send(
                method, QStringLiteral("/api/v1/orgs/%1%2").arg(m_client.acme(), p.path), p.body,
                pk, {}, p.contentType);
            const QString what = QStringLiteral("%1 key on %2 → %3 %4")
                                     .arg(QLatin1String(roleName), route)
                                     .arg(reply.status)
                                     .arg(QString::fromUtf8(reply.body.left(300)));
            QVERIFY2(reply.status == (allowed ? rule.success : 403), qPrintable(what));
            if (!allowed) {
                continue;
            }
            ++successes;
            const QJsonObject entry = auditEntry(QString::fromLatin1(reply.header("X-Request-Id")));
            QVERIFY2(!entry.isEmpty(), qPrintable(what + QStringLiteral(": no audit entry")));
            const QJsonObject actor = entry.value(QStringLiteral("actor")).toObject();
            const QString display = actor.value(QStringLiteral("display")).toString();
            QVERIFY2(
                actor.value(QStringLiteral("kind")).toString() == u"api_key" &&
                    actor.value(QStringLiteral("id")).toString() == keyId &&
                    display.contains(keyName) && display.contains(keyId) &&
                    display.contains(kOwner) &&
                    entry.value(QStringLiteral("channel")).toString() == u"api",
                qPrintable(what + QStringLiteral(": audit actor ") +
                           QString::fromUtf8(QJsonDocument(actor).toJson(QJsonDocument::Compact))));
        }
    }
    QVERIFY(successes > 30);
    qInfo("%d routes × 5 key roles, %d successes audited", int(routes.size()), successes);
    Q_UNUSED(ownerId);
}

QTEST_GUILESS_MAIN(TestServerKeyMatrix)
#include "tst_server_key_matrix.moc"
