// Tenancy, generated from the server's own route table (purser-server --list-routes), so a
// route added later is covered without editing this file: every route × (no caller, each
// Acme role, a stranger, a Globex API key) × (Globex's organisation, Acme's organisation with
// Globex's record ids), asserting the status and that no byte of Globex's data (names, ids,
// national IDs, bank accounts, ...) appears in any answer. On PostgreSQL also the second wall:
// row-level security for the role the server serves as.
#include "tests/support/ApiTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using purser::test::ApiReply;
using purser::test::ApiTestClient;
using purser::test::PostgresTestDatabase;
using purser::test::ServerProcess;

namespace {

struct Route
{
    QByteArray method;
    QString pattern;
    bool isOrgRoute() const { return pattern.contains(QStringLiteral("{org}")); }
    bool hasBody() const { return method == "POST" || method == "PUT" || method == "PATCH"; }
    QStringList params() const
    {
        QStringList names;
        for (const QString& segment : pattern.split(u'/')) {
            if (segment.startsWith(u'{') && segment != u"{org}") {
                names.append(segment.mid(1, segment.size() - 2));
            }
        }
        return names;
    }
};

void collectStrings(const QJsonValue& value, QSet<QString>* out)
{
    if (value.isString()) {
        out->insert(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            collectStrings(item, out);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            collectStrings(it.value(), out);
        }
    }
}

const QStringList kAcmeRoles = {QStringLiteral("owner"),   QStringLiteral("admin"),
                                QStringLiteral("finance"), QStringLiteral("auditor"),
                                QStringLiteral("member"),  QStringLiteral("viewer")};

} // namespace

class TestServerTenancy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void routeTableIsExposed();
    void everyRouteKeepsOrganisationsApart();
    void rowLevelSecurityIsASecondWall();

private:
    QString fill(const Route& route, const QString& orgId, bool ownIds);
    QByteArray probeBody() const;
    void checkNoGlobexData(const ApiReply& reply, const QString& what);

    std::unique_ptr<PostgresTestDatabase> m_pg;
    ServerProcess m_server;
    std::unique_ptr<ApiTestClient> m_client;
    QList<Route> m_routes;
    QString m_acme;
    QString m_globex;
    QHash<QString, QString> m_acmeTokens; // role → token
    QString m_globexOwner;
    QString m_globexKey;
    QString m_stranger;
    QHash<QString, QString> m_globexIds; // "employees" / "members" / "api-keys"… → an id
    QString m_globexUserId;
    QString m_globexEmployeeId;
    QSet<QString> m_globexData;
    int m_checked = 0;
};

void TestServerTenancy::initTestCase()
{
    PURSER_START_SERVER(m_server, m_pg, QStringList());
    m_client = std::make_unique<ApiTestClient>(m_server);

    QProcess list;
    QTemporaryDir scratch;
    list.start(ServerProcess::serverBinary(),
               {QStringLiteral("--data-dir"), scratch.path(), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:0"), QStringLiteral("--list-routes")});
    QVERIFY(list.waitForFinished(30000));
    QCOMPARE(list.exitCode(), 0);
    for (const QByteArray& line : list.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2) {
            m_routes.append(Route{parts[0], QString::fromLatin1(parts[1])});
        }
    }

    for (const QString& role : kAcmeRoles) {
        QJsonObject session;
        const QString token = m_client->signIn(role + QStringLiteral("@acme.example"),
                                               ApiTestClient::kDemoPassword, &session);
        QVERIFY2(!token.isEmpty(), qPrintable(role));
        m_acmeTokens.insert(role, token);
        m_acme = session.value(QStringLiteral("active_organization_id")).toString();
    }
    QJsonObject globex;
    m_globexOwner = m_client->signIn(QStringLiteral("owner@globex.example"),
                                     ApiTestClient::kDemoPassword, &globex);
    m_globex = globex.value(QStringLiteral("active_organization_id")).toString();
    m_globexUserId =
        globex.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(!m_acme.isEmpty() && !m_globex.isEmpty() && m_acme != m_globex);
    const ApiReply stranger =
        m_client->sendJson("POST", QStringLiteral("/api/v1/auth/sign-up"),
                           {{QStringLiteral("email"), QStringLiteral("stranger@example.net")},
                            {QStringLiteral("password"), QStringLiteral("stranger danger 123")},
                            {QStringLiteral("name"), QStringLiteral("Stranger")},
                            {QStringLiteral("organization_name"), QStringLiteral("Elsewhere")}});
    QCOMPARE(stranger.status, 201);
    m_stranger = stranger.json().value(QStringLiteral("token")).toString();

    // Real Globex records of every kind the routes name: an API key and an invitation too.
    const ApiReply key =
        m_client->sendJson("POST", QStringLiteral("/api/v1/orgs/%1/api-keys").arg(m_globex),
                           {{QStringLiteral("name"), QStringLiteral("Globex ledger sync")},
                            {QStringLiteral("role"), QStringLiteral("admin")}},
                           m_globexOwner);
    QCOMPARE(key.status, 201);
    m_globexKey = key.json().value(QStringLiteral("key")).toString();
    QCOMPARE(m_client
                 ->sendJson("POST", QStringLiteral("/api/v1/orgs/%1/invitations").arg(m_globex),
                            {{QStringLiteral("email"), QStringLiteral("recruit@globex.example")},
                             {QStringLiteral("role"), QStringLiteral("viewer")}},
                            m_globexOwner)
                 .status,
             201);

    // What Globex's owner can read through every parameterless GET route is Globex data.
    QSet<QString> globexStrings;
    QSet<QString> acmeStrings;
    for (const Route& route : std::as_const(m_routes)) {
        if (route.method != "GET" || !route.isOrgRoute() || !route.params().isEmpty()) {
            continue;
        }
        QString path = route.pattern;
        const ApiReply g = m_client->send(
            "GET", path.replace(QStringLiteral("{org}"), m_globex) + QStringLiteral("?limit=1000"),
            {}, m_globexOwner);
        ApiReply gNoQuery = g;
        if (g.status == 400) { // a route that takes no query parameters
            QString plain = route.pattern;
            gNoQuery = m_client->send("GET", plain.replace(QStringLiteral("{org}"), m_globex), {},
                                      m_globexOwner);
        }
        collectStrings(gNoQuery.json(), &globexStrings);
        // The first id of each list serves as "a Globex record" for {id}-style parameters.
        const QJsonArray items = gNoQuery.json().value(QStringLiteral("items")).toArray();
        if (!items.isEmpty()) {
            const QJsonObject first = items.first().toObject();
            const QString id = first.contains(QStringLiteral("id"))
                                   ? first.value(QStringLiteral("id")).toString()
                                   : first.value(QStringLiteral("user_id")).toString();
            m_globexIds.insert(route.pattern.section(u'/', -1), id);
        }
        QString acmePath = route.pattern;
        const ApiReply a =
            m_client->send("GET",
                           acmePath.replace(QStringLiteral("{org}"), m_acme) +
                               (g.status == 400 ? QString() : QStringLiteral("?limit=1000")),
                           {}, m_acmeTokens.value(QStringLiteral("owner")));
        collectStrings(a.json(), &acmeStrings);
    }
    m_globexEmployeeId = m_globexIds.value(QStringLiteral("employees"));
    QVERIFY(!m_globexEmployeeId.isEmpty());
    // API vocabulary (enum values, entity types, actions: lowercase identifiers such as
    // "invitation") is not Globex's data even when only Globex's answers happen to use it;
    // names, ids, national IDs and bank accounts all have capitals, digits or dashes.
    static const QRegularExpression vocabulary(QStringLiteral("^[a-z][a-z_]*$"));
    for (const QString& s : std::as_const(globexStrings)) {
        // Shared vocabulary (enum values, currencies, dates both have) is not Globex's secret.
        if (s.size() >= 6 && !acmeStrings.contains(s) && !vocabulary.match(s).hasMatch()) {
            m_globexData.insert(s);
        }
    }
    m_globexData.insert(m_globex);
    m_globexData.insert(m_globexKey);
    QVERIFY2(m_globexData.size() > 200, "expected Globex names, ids, national IDs...");
}

void TestServerTenancy::cleanupTestCase()
{
    m_client.reset();
    QSqlDatabase::removeDatabase(QStringLiteral("tenancy-test"));
    QCOMPARE(m_server.stop(), 0);
}

QString TestServerTenancy::fill(const Route& route, const QString& orgId, bool ownIds)
{
    QStringList segments = route.pattern.split(u'/');
    QString previous;
    for (QString& segment : segments) {
        if (segment == u"{org}") {
            segment = orgId;
        } else if (segment.startsWith(u'{')) {
            // Another organisation's record of the kind the previous segment names.
            QString id = m_globexIds.value(previous);
            if (segment == u"{user_id}") {
                id = m_globexUserId;
            }
            if (id.isEmpty()) {
                id = ownIds ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                            : m_globexEmployeeId;
            }
            segment = id;
        }
        previous = segment;
    }
    return segments.join(u'/');
}

QByteArray TestServerTenancy::probeBody() const
{
    // Globex ids in the field names a body is likely to carry.
    return QJsonDocument(QJsonObject{{QStringLiteral("employee_id"), m_globexEmployeeId},
                                     {QStringLiteral("user_id"), m_globexUserId},
                                     {QStringLiteral("organization_id"), m_globex},
                                     {QStringLiteral("manager_id"), m_globexEmployeeId},
                                     {QStringLiteral("id"), m_globexEmployeeId}})
        .toJson(QJsonDocument::Compact);
}

void TestServerTenancy::checkNoGlobexData(const ApiReply& reply, const QString& what)
{
    ++m_checked;
    QVERIFY2(reply.status != 0 && reply.status < 500,
             qPrintable(what + QStringLiteral(" → %1 %2")
                                   .arg(reply.status)
                                   .arg(QString::fromUtf8(reply.body.left(200)))));
    for (const QString& secret : std::as_const(m_globexData)) {
        if (reply.body.contains(secret.toUtf8())) {
            QFAIL(qPrintable(what + QStringLiteral(" leaked Globex data: ") + secret));
        }
    }
}

void TestServerTenancy::routeTableIsExposed()
{
    QVERIFY(m_routes.size() >= 20);
    QStringList patterns;
    for (const Route& route : std::as_const(m_routes)) {
        patterns.append(QString::fromLatin1(route.method) + u' ' + route.pattern);
        if (route.pattern.contains(QStringLiteral("/orgs/"))) {
            QVERIFY2(route.pattern.startsWith(QStringLiteral("/api/v1/orgs/{org}")),
                     qPrintable(route.pattern));
        }
    }
    QVERIFY(patterns.contains(QStringLiteral("GET /api/v1/orgs/{org}/employees/{id}")));
    QVERIFY(patterns.contains(QStringLiteral("DELETE /api/v1/orgs/{org}/api-keys/{id}")));
    QVERIFY(patterns.contains(QStringLiteral("GET /api/v1/orgs/{org}/invitations")));
    QVERIFY(patterns.contains(QStringLiteral("DELETE /api/v1/orgs/{org}/invitations/{id}")));
}

void TestServerTenancy::everyRouteKeepsOrganisationsApart()
{
    const QString acmeOwner = m_acmeTokens.value(QStringLiteral("owner"));
    for (const Route& route : std::as_const(m_routes)) {
        const QString name = QString::fromLatin1(route.method) + u' ' + route.pattern;
        if (route.pattern.endsWith(QStringLiteral("/auth/sign-out"))) {
            // Signing out would end the sessions the rest of the test uses: a spare one.
            const QString spare = m_client->signIn(QStringLiteral("viewer@acme.example"));
            checkNoGlobexData(m_client->send("POST", route.pattern, {}, spare), name);
            continue;
        }
        QList<QByteArray> bodies = {QByteArray()};
        if (route.hasBody()) {
            bodies = {QByteArrayLiteral("{}"), probeBody()};
        }
        if (!route.isOrgRoute()) {
            QList<ApiTestClient::Request> requests;
            for (const QString& token : std::as_const(m_acmeTokens)) {
                for (const QByteArray& body : bodies) {
                    requests.append({route.method, fill(route, m_globex, false), body, token, {}});
                }
            }
            for (const ApiReply& reply : m_client->sendParallel(requests)) {
                checkNoGlobexData(reply, name);
            }
            continue;
        }

        const QString globexPath = fill(route, m_globex, false);
        const QString acmePathGlobexIds = fill(route, m_acme, false);
        struct Case
        {
            QString label;
            QString path;
            QString token;
            QList<int> allowed;
        };
        QList<Case> cases;
        cases.append({QStringLiteral("no caller"), globexPath, QString(), {401}});
        cases.append({QStringLiteral("revoked-looking token"),
                      globexPath,
                      QStringLiteral("ps_") + QString(43, u'A'),
                      {401}});
        cases.append({QStringLiteral("stranger on Globex"), globexPath, m_stranger, {404}});
        cases.append({QStringLiteral("stranger on Acme"), acmePathGlobexIds, m_stranger, {404}});
        cases.append(
            {QStringLiteral("Globex API key on Acme"), acmePathGlobexIds, m_globexKey, {404}});
        for (const QString& role : kAcmeRoles) {
            const QString token = m_acmeTokens.value(role);
            cases.append({QStringLiteral("Acme %1 on Globex").arg(role), globexPath, token, {404}});
            // Own organisation, other organisation's ids: never a success that touches them.
            QList<int> own = {400, 403, 404, 405, 409, 412, 415, 422};
            if (route.params().isEmpty()) {
                own += {200, 201, 202, 204};
            }
            cases.append({QStringLiteral("Acme %1 on Acme with Globex ids").arg(role),
                          acmePathGlobexIds, token, own});
        }
        QList<ApiTestClient::Request> requests;
        QList<const Case*> owners;
        for (const Case& c : std::as_const(cases)) {
            for (const QByteArray& body : bodies) {
                requests.append({route.method, c.path, body, c.token, {}});
                owners.append(&c);
            }
        }
        const QList<ApiReply> replies = m_client->sendParallel(requests);
        for (qsizetype i = 0; i < replies.size(); ++i) {
            const Case& c = *owners[i];
            const QString what = name + QStringLiteral(" [") + c.label + u']';
            QVERIFY2(c.allowed.contains(replies[i].status),
                     qPrintable(what + QStringLiteral(" answered %1: %2")
                                           .arg(replies[i].status)
                                           .arg(QString::fromUtf8(replies[i].body.left(300)))));
            checkNoGlobexData(replies[i], what);
        }
    }
    // Globex's own owner still sees Globex: the data was there to leak.
    const ApiReply own = m_client->send(
        "GET", QStringLiteral("/api/v1/orgs/%1/employees/%2").arg(m_globex, m_globexEmployeeId), {},
        m_globexOwner);
    QCOMPARE(own.status, 200);
    QVERIFY(m_checked > 300);
    qInfo("checked %d answers over %d routes", m_checked, int(m_routes.size()));
    Q_UNUSED(acmeOwner);
}

void TestServerTenancy::rowLevelSecurityIsASecondWall()
{
    if (!ApiTestClient::postgresBackend()) {
        QSKIP("row-level security is a PostgreSQL feature");
    }
    QSqlDatabase db =
        ApiTestClient::openDatabase(m_server, m_pg.get(), QStringLiteral("tenancy-test"));
    QVERIFY(db.isOpen());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles "
                                  "WHERE rolname = 'purser_app'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toBool(), false);
    QCOMPARE(q.value(1).toBool(), false);
    QCOMPARE(q.value(2).toBool(), false);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public' "
                                  "AND tableowner = 'purser_app'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("SET ROLE purser_app")));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM employees")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0); // no organisation named: nothing
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    q.prepare(QStringLiteral("SELECT set_config('app.org_id', ?, true)"));
    q.addBindValue(m_acme);
    QVERIFY(q.exec());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT org_id) FROM employees")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 200);
    QCOMPARE(q.value(1).toInt(), 1);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM employees WHERE org_id = ?"));
    q.addBindValue(m_globex);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // even asking for Globex by name
    q.prepare(QStringLiteral("UPDATE employees SET full_name = 'x' WHERE org_id = ?"));
    q.addBindValue(m_globex);
    QVERIFY(q.exec());
    QCOMPARE(q.numRowsAffected(), 0);
    // Writing a row into another organisation is refused by WITH CHECK.
    q.prepare(QStringLiteral("UPDATE employees SET org_id = ? WHERE id IN (SELECT id FROM "
                             "employees LIMIT 1)"));
    q.addBindValue(m_globex);
    QVERIFY(!q.exec());
    QVERIFY(QSqlQuery(db).exec(QStringLiteral("ROLLBACK")));

    // The audit log: no UPDATE, no DELETE for the serving role (permission, before triggers).
    QSqlQuery audit(db);
    QVERIFY(audit.exec(QStringLiteral("SET ROLE purser_app")));
    QVERIFY(!audit.exec(QStringLiteral("UPDATE audit_log SET summary = 'forged'")));
    QVERIFY2(audit.lastError().text().contains(QStringLiteral("permission denied")),
             qPrintable(audit.lastError().text()));
    QVERIFY(!audit.exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY(audit.lastError().text().contains(QStringLiteral("permission denied")));
    QVERIFY(audit.exec(QStringLiteral("RESET ROLE")));
    // As the owner the rows are there (the superuser bypasses row-level security).
    QVERIFY(audit.exec(QStringLiteral("SELECT COUNT(*) FROM employees")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toInt(), 250);
}

QTEST_MAIN(TestServerTenancy)
#include "tst_server_tenancy.moc"
