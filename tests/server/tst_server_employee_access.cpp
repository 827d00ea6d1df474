// Who sees which employees and fields through GET /orgs/{org}/employees, against the real
// server over HTTPS: per-role field visibility, members and their own record, other
// organisations (404), missing tokens, paging and bad query parameters.
// PURSER_TEST_BACKEND=postgres runs the same tests on PostgreSQL.
#include "tests/server/ServerApiSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using purser::test::ServerApiSession;

class TestServerEmployeeAccess : public QObject, public ServerApiSession
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void adminSeesNationalIds();
    void viewerSeesNoSensitiveFields();
    void financeSeesBankButNotNationalId();
    void memberSeesOnlyOwnRecord();
    void otherOrganisationIsNotFound();
    void missingTokenIsUnauthenticated();
    void pagingCoversEveryEmployeeOnce();
    void badQueryParametersAreRejected_data();
    void badQueryParametersAreRejected();
};

void TestServerEmployeeAccess::initTestCase()
{
    PURSER_START_SERVER(m_server, m_pg, {});
    QVERIFY(!m_server.certificate().isNull());
}

void TestServerEmployeeAccess::cleanupTestCase()
{
    QCOMPARE(m_server.stop(), 0);
}

void TestServerEmployeeAccess::adminSeesNationalIds()
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

void TestServerEmployeeAccess::viewerSeesNoSensitiveFields()
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

void TestServerEmployeeAccess::financeSeesBankButNotNationalId()
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

void TestServerEmployeeAccess::memberSeesOnlyOwnRecord()
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

void TestServerEmployeeAccess::otherOrganisationIsNotFound()
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

void TestServerEmployeeAccess::missingTokenIsUnauthenticated()
{
    Reply raw;
    employees(QString(), {}, &raw);
    QCOMPARE(raw.status, 401);
    QCOMPARE(raw.errorCode(), QStringLiteral("unauthenticated"));
    employees(QStringLiteral("ps_forgedforgedforgedforgedforgedforgedforged"), {}, &raw);
    QCOMPARE(raw.status, 401);
    QCOMPARE(send("GET", QStringLiteral("/api/v1/auth/session")).status, 401);
}

void TestServerEmployeeAccess::pagingCoversEveryEmployeeOnce()
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

void TestServerEmployeeAccess::badQueryParametersAreRejected_data()
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

void TestServerEmployeeAccess::badQueryParametersAreRejected()
{
    QFETCH(QString, query);
    const QString token = signIn(QStringLiteral("admin@acme.example"));
    Reply raw;
    employees(token, query, &raw);
    QCOMPARE(raw.status, 400);
    QCOMPARE(raw.errorCode(), QStringLiteral("bad_request"));
}

QTEST_MAIN(TestServerEmployeeAccess)
#include "tst_server_employee_access.moc"
