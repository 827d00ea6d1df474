// Concurrent state changes on one record through the real server: reviewers clicking at the
// same moment, a script retrying in parallel. Exactly one change applies and is audited once;
// every other request gets a plain 409 (or 412 for a stale version), never a 500.
// PURSER_TEST_BACKEND chooses SQLite or PostgreSQL.
#include "tests/support/DomainTestClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>

using purser::test::DomainReply;
using purser::test::DomainTestClient;

namespace {
const QString kAdmin = QStringLiteral("admin@acme.example");
const QString kFinance = QStringLiteral("finance@acme.example");
const QString kAuditor = QStringLiteral("auditor@acme.example");
const QString kMember = QStringLiteral("member@acme.example");
constexpr int kRacers = 8;

struct Outcome
{
    int status = 0;
    QByteArray body;
};
} // namespace

class TestServerRaces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void claimReviewsRaceAppliesOnce();
    void claimPaymentRaceAppliesOnce();
    void employeeEditsWithOneVersionApplyOnce();
    void sameEmployeeNumberIsAddedOnce();
    void oneSessionSlidesUnderParallelRequests();

private:
    // Starts a request as `email` against /api/v1/orgs/{acme}{orgPath}, without waiting.
    QNetworkReply* start(const QString& email, const QByteArray& method, const QString& orgPath,
                         const QByteArray& body = "{}",
                         const QList<QPair<QByteArray, QByteArray>>& headers = {});
    // Waits for every reply (all were in flight together) and collects the answers.
    static QList<Outcome> finish(const QList<QNetworkReply*>& replies);
    // How many of the outcomes had `status`; fails the test on any other status than these.
    static int countApplied(const QList<Outcome>& outcomes, int appliedStatus, int refusedStatus);
    QString submittedClaim();
    int auditCount(const QString& entityType, const QString& action, const QString& entityId);
    DomainTestClient m_client;
};

void TestServerRaces::initTestCase()
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

void TestServerRaces::cleanupTestCase()
{
    QCOMPARE(m_client.stop(), 0);
}

QNetworkReply* TestServerRaces::start(const QString& email, const QByteArray& method,
                                      const QString& orgPath, const QByteArray& body,
                                      const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return m_client.sendAsync(method,
                              QStringLiteral("/api/v1/orgs/%1%2").arg(m_client.acme(), orgPath),
                              body, m_client.token(email), headers);
}

QList<Outcome> TestServerRaces::finish(const QList<QNetworkReply*>& replies)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 60000 &&
           std::any_of(replies.cbegin(), replies.cend(),
                       [](const QNetworkReply* r) { return !r->isFinished(); })) {
        QTest::qWait(20);
    }
    QList<Outcome> outcomes;
    for (QNetworkReply* reply : replies) {
        outcomes.append(
            {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()});
        reply->deleteLater();
    }
    return outcomes;
}

int TestServerRaces::countApplied(const QList<Outcome>& outcomes, int appliedStatus,
                                  int refusedStatus)
{
    int applied = 0;
    for (const Outcome& outcome : outcomes) {
        if (outcome.status != appliedStatus && outcome.status != refusedStatus) {
            qWarning().noquote() << "unexpected answer" << outcome.status << outcome.body;
            return -1;
        }
        applied += outcome.status == appliedStatus;
    }
    return applied;
}

QString TestServerRaces::submittedClaim()
{
    const DomainReply created =
        m_client.as(kMember, "POST", QStringLiteral("/claims"),
                    {{QStringLiteral("category"), QStringLiteral("meals")},
                     {QStringLiteral("description"), QStringLiteral("Team lunch")},
                     {QStringLiteral("amount"),
                      QJsonObject{{QStringLiteral("amount"), 4550},
                                  {QStringLiteral("currency"), QStringLiteral("SGD")}}},
                     {QStringLiteral("incurred_on"), QStringLiteral("2025-12-01")}});
    const QString id = created.json().value(QStringLiteral("id")).toString();
    const DomainReply submitted =
        m_client.as(kMember, "POST", QStringLiteral("/claims/%1/submit").arg(id));
    return created.status == 201 && submitted.status == 200 ? id : QString();
}

int TestServerRaces::auditCount(const QString& entityType, const QString& action,
                                const QString& entityId)
{
    const DomainReply page = m_client.as(
        kAuditor, "GET",
        QStringLiteral("/audit-log?entity_type=%1&action=%2&limit=5000").arg(entityType, action));
    int count = 0;
    for (const QJsonValue& entry : page.json().value(QStringLiteral("items")).toArray()) {
        count += entry.toObject().value(QStringLiteral("entity_id")).toString() == entityId;
    }
    return count;
}

void TestServerRaces::claimReviewsRaceAppliesOnce()
{
    const QString id = submittedClaim();
    QVERIFY(!id.isEmpty());
    // Two reviewers, each clicking approve and reject several times at once.
    QList<QNetworkReply*> replies;
    for (int i = 0; i < kRacers; ++i) {
        const QString& reviewer = i < kRacers / 2 ? kFinance : kAdmin;
        replies << (i % 2 == 0
                        ? start(reviewer, "POST", QStringLiteral("/claims/%1/approve").arg(id))
                        : start(reviewer, "POST", QStringLiteral("/claims/%1/reject").arg(id),
                                R"({"note":"Duplicate"})"));
    }
    QCOMPARE(countApplied(finish(replies), 200, 409), 1);
    QCOMPARE(auditCount(QStringLiteral("claim"), QStringLiteral("approve"), id) +
                 auditCount(QStringLiteral("claim"), QStringLiteral("reject"), id),
             1);
}

void TestServerRaces::claimPaymentRaceAppliesOnce()
{
    const QString id = submittedClaim();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_client.as(kFinance, "POST", QStringLiteral("/claims/%1/approve").arg(id)).status,
             200);
    QList<QNetworkReply*> replies;
    for (int i = 0; i < kRacers; ++i) {
        replies << start(kFinance, "POST", QStringLiteral("/claims/%1/mark-paid").arg(id));
    }
    QCOMPARE(countApplied(finish(replies), 200, 409), 1);
    QCOMPARE(auditCount(QStringLiteral("claim"), QStringLiteral("mark_paid"), id), 1);
}

void TestServerRaces::employeeEditsWithOneVersionApplyOnce()
{
    const QJsonArray employees = m_client.listAll(kAdmin, QStringLiteral("employees"));
    QVERIFY(!employees.isEmpty());
    const QJsonObject employee = employees.first().toObject();
    const QString id = employee.value(QStringLiteral("id")).toString();
    const QByteArray version =
        '"' + QByteArray::number(employee.value(QStringLiteral("version")).toInteger()) + '"';
    const int updatesBefore = auditCount(QStringLiteral("employee"), QStringLiteral("update"), id);
    QList<QNetworkReply*> replies;
    for (int i = 0; i < kRacers; ++i) {
        replies << start(kAdmin, "PATCH", QStringLiteral("/employees/") + id,
                         R"({"position":"Racer )" + QByteArray::number(i) + R"("})",
                         {{"If-Match", version}});
    }
    QCOMPARE(countApplied(finish(replies), 200, 412), 1);
    QCOMPARE(auditCount(QStringLiteral("employee"), QStringLiteral("update"), id),
             updatesBefore + 1);
}

void TestServerRaces::sameEmployeeNumberIsAddedOnce()
{
    // The morning attacker: on PostgreSQL the number checks ran side by side, both passed,
    // and the unique index answered the later creates with 500s.
    QList<QNetworkReply*> replies;
    for (int i = 0; i < kRacers; ++i) {
        const QJsonObject body{
            {QStringLiteral("employee_no"),
             i % 2 == 0 ? QStringLiteral("RACE-0001") : QStringLiteral(" race-0001")},
            {QStringLiteral("full_name"), QStringLiteral("Racer %1").arg(i)},
            {QStringLiteral("email"), QStringLiteral("racer%1@acme.example").arg(i)},
            {QStringLiteral("department"), QStringLiteral("Finance")},
            {QStringLiteral("position"), QStringLiteral("Clerk")},
            {QStringLiteral("employment_type"), QStringLiteral("full_time")},
            {QStringLiteral("start_date"), QStringLiteral("2026-01-05")}};
        replies << start(kAdmin, "POST", QStringLiteral("/employees"),
                         QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    const QList<Outcome> outcomes = finish(replies);
    QCOMPARE(countApplied(outcomes, 201, 422), 1);
    for (const Outcome& outcome : outcomes) {
        if (outcome.status == 422) {
            QVERIFY2(outcome.body.contains("already in use"), outcome.body.constData());
        }
    }
}

void TestServerRaces::oneSessionSlidesUnderParallelRequests()
{
    // The morning attacker: a session last used over a minute ago slides its expiry on the
    // next request; eight at once on SQLite failed with "database is locked" (500), because
    // the slide wrote while the lookup's statement still held its read snapshot.
    const QString token = m_client.token(kMember);
    QVERIFY(!token.isEmpty());
    {
        QSqlDatabase db = m_client.openDatabase(QStringLiteral("races-sessions"));
        QSqlQuery aged(db);
        aged.prepare(QStringLiteral("UPDATE sessions SET last_used_at = ?"));
        aged.addBindValue(QDateTime::currentDateTimeUtc().addSecs(-120));
        QVERIFY2(aged.exec(), qPrintable(aged.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("races-sessions"));
    QList<QNetworkReply*> replies;
    for (int i = 0; i < kRacers; ++i) {
        replies << start(kMember, "GET", QStringLiteral("/employees"), QByteArray());
    }
    QCOMPARE(countApplied(finish(replies), 200, 200), kRacers);
}

QTEST_GUILESS_MAIN(TestServerRaces)
#include "tst_server_races.moc"
