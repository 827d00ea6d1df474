// Employees writes, incremental sync with tombstones under concurrent writes, and
// Idempotency-Key, through the real server on SQLite or PostgreSQL (PURSER_TEST_BACKEND).
#include "tests/support/DomainTestClient.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTest>

using purser::test::DomainReply;
using purser::test::DomainTestClient;

namespace {
const QString kOwner = QStringLiteral("owner@acme.example");
const QString kAdmin = QStringLiteral("admin@acme.example");
const QString kFinance = QStringLiteral("finance@acme.example");
const QString kViewer = QStringLiteral("viewer@acme.example");
const QString kAuditor = QStringLiteral("auditor@acme.example");

QJsonObject employeeBody(const QString& number)
{
    return {{QStringLiteral("employee_no"), number},
            {QStringLiteral("full_name"), QStringLiteral("Test Person ") + number},
            {QStringLiteral("email"), number.toLower() + QStringLiteral("@acme.example")},
            {QStringLiteral("department"), QStringLiteral("Finance")},
            {QStringLiteral("position"), QStringLiteral("Accountant")},
            {QStringLiteral("employment_type"), QStringLiteral("full_time")},
            {QStringLiteral("start_date"), QStringLiteral("2026-01-05")},
            {QStringLiteral("national_id"), QStringLiteral("S1234567D")},
            {QStringLiteral("bank_name"), QStringLiteral("DBS")},
            {QStringLiteral("bank_account"), QStringLiteral("123-456789-0")},
            {QStringLiteral("base_salary"),
             QJsonObject{{QStringLiteral("amount"), 520000},
                         {QStringLiteral("currency"), QStringLiteral("SGD")}}}};
}
} // namespace

class TestServerRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void membersTakesTheSyncQuery();

    void createReadUpdateDelete();
    void validationNamesFields();
    void sensitiveFieldsFollowRoles();
    void readOnlyRolesCannotWrite();
    void auditRedactsSensitiveValues();
    void deletionsReachIncrementalReader();
    void pagingUnderConcurrentWritesSkipsNothing();
    void idempotentReplay();
    void idempotencyKeyReuseIsRefused();

private:
    DomainTestClient m_client;
};

void TestServerRecords::initTestCase()
{
    QString reason;
    bool skip = false;
    if (!m_client.start(&reason, &skip)) {
        if (skip) {
            QSKIP(qPrintable(reason));
        }
        QFAIL(qPrintable(reason));
    }
}

void TestServerRecords::cleanupTestCase()
{
    QCOMPARE(m_client.stop(), 0);
}

void TestServerRecords::createReadUpdateDelete()
{
    DomainReply reply = m_client.as(kAdmin, "POST", QStringLiteral("/employees"),
                                    employeeBody(QStringLiteral("T-0001")));
    QCOMPARE(reply.status, 201);
    const QJsonObject created = reply.json();
    QCOMPARE(created.value(QStringLiteral("version")).toInteger(), 1);
    QCOMPARE(created.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(created.value(QStringLiteral("national_id")).toString(), QStringLiteral("S1234567D"));
    QCOMPARE(reply.header("ETag"), QByteArray("\"1\""));
    const QString path =
        QStringLiteral("/employees/") + created.value(QStringLiteral("id")).toString();

    reply = m_client.as(kAdmin, "PATCH", path,
                        {{QStringLiteral("position"), QStringLiteral("Senior Accountant")}},
                        {{"If-Match", "\"1\""}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("version")).toInteger(), 2);
    QCOMPARE(reply.json().value(QStringLiteral("position")).toString(),
             QStringLiteral("Senior Accountant"));

    // Stale: 412 with the current version, nothing changed.
    reply =
        m_client.as(kAdmin, "PATCH", path, {{QStringLiteral("position"), QStringLiteral("CFO")}},
                    {{"If-Match", "\"1\""}});
    QCOMPARE(reply.status, 412);
    QCOMPARE(reply.errorCode(), QStringLiteral("precondition_failed"));
    QCOMPARE(reply.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("current_version"))
                 .toInteger(),
             2);
    QCOMPARE(m_client.as(kAdmin, "GET", path).json().value(QStringLiteral("position")).toString(),
             QStringLiteral("Senior Accountant"));
    QCOMPARE(m_client.as(kAdmin, "DELETE", path, {}, {{"If-Match", "\"1\""}}).status, 412);

    QCOMPARE(m_client.as(kAdmin, "DELETE", path, {}, {{"If-Match", "\"2\""}}).status, 204);
    QCOMPARE(m_client.as(kAdmin, "GET", path).status, 404);
    QCOMPARE(m_client.as(kAdmin, "DELETE", path).status, 404);
}

void TestServerRecords::validationNamesFields()
{
    QJsonObject body = employeeBody(QStringLiteral("T-0002"));
    body.insert(QStringLiteral("employment_type"), QStringLiteral("forever"));
    body.insert(QStringLiteral("email"), QStringLiteral("not-an-address"));
    body.insert(QStringLiteral("end_date"), QStringLiteral("2025-01-01"));
    body.insert(QStringLiteral("favourite_colour"), QStringLiteral("blue"));
    body.insert(QStringLiteral("base_salary"),
                QJsonObject{{QStringLiteral("amount"), 100},
                            {QStringLiteral("currency"), QStringLiteral("EUR")}});
    body.remove(QStringLiteral("full_name"));
    DomainReply reply = m_client.as(kAdmin, "POST", QStringLiteral("/employees"), body);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
    const QJsonObject fields = reply.json()
                                   .value(QStringLiteral("error"))
                                   .toObject()
                                   .value(QStringLiteral("fields"))
                                   .toObject();
    for (const char* key : {"employment_type", "full_name", "favourite_colour"}) {
        QVERIFY2(fields.contains(QLatin1String(key)), key);
    }
    // Structural errors first; org checks once those pass.
    body = employeeBody(QStringLiteral("T-0003"));
    body.insert(QStringLiteral("email"), QStringLiteral("not-an-address"));
    body.insert(QStringLiteral("base_salary"),
                QJsonObject{{QStringLiteral("amount"), 100},
                            {QStringLiteral("currency"), QStringLiteral("EUR")}});
    body.insert(QStringLiteral("manager_id"),
                QStringLiteral("00000000-0000-4000-8000-000000000000"));
    reply = m_client.as(kAdmin, "POST", QStringLiteral("/employees"), body);
    QCOMPARE(reply.status, 422);
    const QJsonObject f2 = reply.json()
                               .value(QStringLiteral("error"))
                               .toObject()
                               .value(QStringLiteral("fields"))
                               .toObject();
    QVERIFY(f2.contains(QStringLiteral("email")));
    // Duplicate employee number.
    QCOMPARE(m_client
                 .as(kAdmin, "POST", QStringLiteral("/employees"),
                     employeeBody(QStringLiteral("T-0004")))
                 .status,
             201);
    reply = m_client.as(kAdmin, "POST", QStringLiteral("/employees"),
                        employeeBody(QStringLiteral("T-0004")));
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("fields"))
                .toObject()
                .contains(QStringLiteral("employee_no")));
    QCOMPARE(m_client.as(kAdmin, "POST", QStringLiteral("/employees"), {}).status, 422);
    QCOMPARE(m_client
                 .send("POST", QStringLiteral("/api/v1/orgs/%1/employees").arg(m_client.acme()),
                       "{nope", m_client.token(kAdmin))
                 .status,
             400);
}

void TestServerRecords::sensitiveFieldsFollowRoles()
{
    const DomainReply reply = m_client.as(kOwner, "POST", QStringLiteral("/employees"),
                                          employeeBody(QStringLiteral("T-0005")));
    QCOMPARE(reply.status, 201);
    const QString path =
        QStringLiteral("/employees/") + reply.json().value(QStringLiteral("id")).toString();
    const QJsonObject finance = m_client.as(kFinance, "GET", path).json();
    QVERIFY(!finance.contains(QStringLiteral("national_id")));
    QVERIFY(finance.contains(QStringLiteral("base_salary")));
    const QJsonObject viewer = m_client.as(kViewer, "GET", path).json();
    for (const char* key : {"national_id", "bank_name", "bank_account", "base_salary"}) {
        QVERIFY2(!viewer.contains(QLatin1String(key)), key);
    }
}

void TestServerRecords::readOnlyRolesCannotWrite()
{
    for (const QString& who :
         {kViewer, kAuditor, kFinance, QStringLiteral("member@acme.example")}) {
        QCOMPARE(m_client
                     .as(who, "POST", QStringLiteral("/employees"),
                         employeeBody(QStringLiteral("T-9999")))
                     .status,
                 403);
    }
    // Another organisation's employee is not found, even for its own owner's token elsewhere.
    const QJsonArray globex = m_client.listAll(QStringLiteral("owner@globex.example"),
                                               QStringLiteral("employees"), nullptr, nullptr, 1000);
    const QString foreign = globex.first().toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(m_client
                 .as(kOwner, "PATCH", QStringLiteral("/employees/") + foreign,
                     {{QStringLiteral("position"), QStringLiteral("x")}})
                 .status,
             404);
    QCOMPARE(m_client.as(kOwner, "DELETE", QStringLiteral("/employees/") + foreign).status, 404);
}

void TestServerRecords::auditRedactsSensitiveValues()
{
    const DomainReply created = m_client.as(kAdmin, "POST", QStringLiteral("/employees"),
                                            employeeBody(QStringLiteral("T-0006")));
    const QString id = created.json().value(QStringLiteral("id")).toString();
    QCOMPARE(m_client
                 .as(kAdmin, "PATCH", QStringLiteral("/employees/") + id,
                     {{QStringLiteral("bank_account"), QStringLiteral("999-000000-1")},
                      {QStringLiteral("department"), QStringLiteral("Legal")}})
                 .status,
             200);
    const DomainReply log =
        m_client.as(kAuditor, "GET",
                    QStringLiteral("/audit-log?entity_type=employee&action=update&limit=5000"));
    QCOMPARE(log.status, 200);
    QJsonObject entry;
    for (const QJsonValue& item : log.json().value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("entity_id")).toString() == id) {
            entry = item.toObject();
        }
    }
    QVERIFY(!entry.isEmpty());
    const QJsonObject changes = entry.value(QStringLiteral("changes")).toObject();
    QCOMPARE(changes.value(QStringLiteral("department")).toArray(),
             (QJsonArray{QStringLiteral("Finance"), QStringLiteral("Legal")}));
    QCOMPARE(changes.value(QStringLiteral("bank_account")).toArray(),
             (QJsonArray{QStringLiteral("[redacted]"), QStringLiteral("[redacted]")}));
    QVERIFY(!log.body.contains("999-000000-1"));
    QCOMPARE(entry.value(QStringLiteral("channel")).toString(), QStringLiteral("desktop"));
    QCOMPARE(entry.value(QStringLiteral("actor")).toObject().value(QStringLiteral("id")).toString(),
             m_client.userId(kAdmin));
}

void TestServerRecords::deletionsReachIncrementalReader()
{
    for (const QString& resource :
         {QStringLiteral("employees"), QStringLiteral("claims"), QStringLiteral("payroll-runs")}) {
        QString cursor;
        m_client.listAll(kOwner, resource, nullptr, &cursor);
        QString id;
        if (resource == u"employees") {
            id = m_client
                     .as(kAdmin, "POST", QStringLiteral("/employees"),
                         employeeBody(QStringLiteral("T-01") + QString::number(cursor.size())))
                     .json()
                     .value(QStringLiteral("id"))
                     .toString();
        } else if (resource == u"claims") {
            id = m_client
                     .as(kFinance, "POST", QStringLiteral("/claims"),
                         {{QStringLiteral("category"), QStringLiteral("travel")},
                          {QStringLiteral("description"), QStringLiteral("Taxi")},
                          {QStringLiteral("amount"),
                           QJsonObject{{QStringLiteral("amount"), 1500},
                                       {QStringLiteral("currency"), QStringLiteral("SGD")}}},
                          {QStringLiteral("incurred_on"), QStringLiteral("2025-12-02")}})
                     .json()
                     .value(QStringLiteral("id"))
                     .toString();
        } else {
            id = m_client
                     .as(kFinance, "POST", QStringLiteral("/payroll-runs"),
                         {{QStringLiteral("period_start"), QStringLiteral("2026-09-01")},
                          {QStringLiteral("period_end"), QStringLiteral("2026-09-30")},
                          {QStringLiteral("pay_date"), QStringLiteral("2026-09-28")}})
                     .json()
                     .value(QStringLiteral("id"))
                     .toString();
        }
        QVERIFY2(!id.isEmpty(), qPrintable(resource));
        QString afterCreate = cursor;
        const QJsonArray created = m_client.listAll(kOwner, resource, nullptr, &afterCreate);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().toObject().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(m_client
                     .as(resource == u"employees" ? kAdmin : kFinance, "DELETE",
                         u'/' + resource + u'/' + id)
                     .status,
                 204);
        QStringList deleted;
        const QJsonArray after = m_client.listAll(kOwner, resource, &deleted, &afterCreate);
        QVERIFY(after.isEmpty());
        QCOMPARE(deleted, QStringList{id});
    }
}

void TestServerRecords::pagingUnderConcurrentWritesSkipsNothing()
{
    // Writers create and update employees on parallel connections while a reader pages with a
    // small limit; every created id must reach the reader, by its cursors alone.
    QString cursor;
    m_client.listAll(kOwner, QStringLiteral("employees"), nullptr, &cursor);
    const QString base = QStringLiteral("/api/v1/orgs/%1/employees").arg(m_client.acme());
    const QString token = m_client.token(kAdmin);
    QList<QNetworkReply*> writes;
    for (int i = 0; i < 40; ++i) {
        writes.append(m_client.sendAsync(
            "POST", base,
            QJsonDocument(employeeBody(QStringLiteral("C-%1").arg(i, 3, 10, QLatin1Char('0'))))
                .toJson(QJsonDocument::Compact),
            token));
    }
    QSet<QString> seen;
    auto pending = [&] {
        for (QNetworkReply* r : writes) {
            if (!r->isFinished()) {
                return true;
            }
        }
        return false;
    };
    int pages = 0;
    do {
        const DomainReply page =
            m_client.as(kOwner, "GET", QStringLiteral("/employees?limit=2&since=") + cursor);
        QCOMPARE(page.status, 200);
        for (const QJsonValue& item : page.json().value(QStringLiteral("items")).toArray()) {
            seen.insert(item.toObject().value(QStringLiteral("id")).toString());
        }
        cursor = page.json().value(QStringLiteral("next_cursor")).toString();
        ++pages;
    } while (pending() && pages < 2000);
    for (const QJsonValue& item :
         m_client.listAll(kOwner, QStringLiteral("employees"), nullptr, &cursor, 2)) {
        seen.insert(item.toObject().value(QStringLiteral("id")).toString());
    }
    int created = 0;
    for (QNetworkReply* r : writes) {
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        const QString id =
            QJsonDocument::fromJson(r->readAll()).object().value(QStringLiteral("id")).toString();
        QVERIFY2(seen.contains(id), qPrintable(id));
        ++created;
        r->deleteLater();
    }
    QCOMPARE(created, 40);
    // No assertion on `pages`: how many pages were read while writes were in flight depends on
    // the machine's load (all 40 may land during the first page).
}

void TestServerRecords::idempotentReplay()
{
    const QList<QPair<QByteArray, QByteArray>> key = {
        {"Idempotency-Key", "7b0c1f7e-6a47-4a57-9f8e-1d2b3c4d5e6f"}};
    const QJsonObject body = employeeBody(QStringLiteral("I-0001"));
    const DomainReply first = m_client.as(kAdmin, "POST", QStringLiteral("/employees"), body, key);
    QCOMPARE(first.status, 201);
    QVERIFY(first.header("Idempotent-Replayed").isEmpty());
    const DomainReply again = m_client.as(kAdmin, "POST", QStringLiteral("/employees"), body, key);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(again.json(), first.json());
    // Only one record exists.
    int count = 0;
    for (const QJsonValue& e : m_client.listAll(kAdmin, QStringLiteral("employees"))) {
        count += e.toObject().value(QStringLiteral("employee_no")).toString() == u"I-0001" ? 1 : 0;
    }
    QCOMPARE(count, 1);
    // The same key from another caller is a different key.
    const DomainReply other = m_client.as(kOwner, "POST", QStringLiteral("/employees"),
                                          employeeBody(QStringLiteral("I-0002")), key);
    QCOMPARE(other.status, 201);
    QVERIFY(other.header("Idempotent-Replayed").isEmpty());
    // A state change replays too (and does not move the state twice).
    const QJsonObject run = m_client
                                .as(kFinance, "POST", QStringLiteral("/payroll-runs"),
                                    {{QStringLiteral("period_start"), QStringLiteral("2026-10-01")},
                                     {QStringLiteral("period_end"), QStringLiteral("2026-10-31")},
                                     {QStringLiteral("pay_date"), QStringLiteral("2026-10-28")}})
                                .json();
    const QString submit = QStringLiteral("/payroll-runs/") +
                           run.value(QStringLiteral("id")).toString() + QStringLiteral("/submit");
    const QList<QPair<QByteArray, QByteArray>> key2 = {{"Idempotency-Key", "submit-once-1"}};
    QCOMPARE(m_client.as(kFinance, "POST", submit, {}, key2).status, 200);
    const DomainReply replay = m_client.as(kFinance, "POST", submit, {}, key2);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(m_client.as(kFinance, "POST", submit).status, 409); // without the key: really again
}

void TestServerRecords::idempotencyKeyReuseIsRefused()
{
    const QList<QPair<QByteArray, QByteArray>> key = {{"Idempotency-Key", "reuse-me-please"}};
    QCOMPARE(m_client
                 .as(kAdmin, "POST", QStringLiteral("/employees"),
                     employeeBody(QStringLiteral("I-0003")), key)
                 .status,
             201);
    const DomainReply reused = m_client.as(kAdmin, "POST", QStringLiteral("/employees"),
                                           employeeBody(QStringLiteral("I-0004")), key);
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.errorCode(), QStringLiteral("idempotency_key_reused"));
    const DomainReply otherPath = m_client.as(kAdmin, "POST", QStringLiteral("/claims"),
                                              employeeBody(QStringLiteral("I-0003")), key);
    QCOMPARE(otherPath.errorCode(), QStringLiteral("idempotency_key_reused"));
    QCOMPARE(m_client
                 .as(kAdmin, "POST", QStringLiteral("/employees"),
                     employeeBody(QStringLiteral("I-0005")),
                     {{"Idempotency-Key", "bad key with spaces"}})
                 .status,
             400);
}

void TestServerRecords::membersTakesTheSyncQuery()
{
    // The morning attacker: the member list ignored its query string.
    QCOMPARE(m_client.as(kAdmin, "GET", QStringLiteral("/members?limit=5")).status, 200);
    for (const char* query : {"colour=red", "limit=0", "limit=1001", "since=nonsense"}) {
        QCOMPARE(
            m_client.as(kAdmin, "GET", QStringLiteral("/members?") + QLatin1String(query)).status,
            400);
    }
}

QTEST_GUILESS_MAIN(TestServerRecords)
#include "tst_server_records.moc"
