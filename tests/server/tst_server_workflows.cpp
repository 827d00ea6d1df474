// Payroll runs and claims through the real server: every state transition allowed and
// refused, four eyes, locked runs, own-claim rules, stale versions. PURSER_TEST_BACKEND
// chooses SQLite or PostgreSQL.
#include "tests/support/DomainTestClient.h"

#include <QTest>

using purser::test::DomainReply;
using purser::test::DomainTestClient;

namespace {
const QString kOwner = QStringLiteral("owner@acme.example");
const QString kAdmin = QStringLiteral("admin@acme.example");
const QString kFinance = QStringLiteral("finance@acme.example");
const QString kAuditor = QStringLiteral("auditor@acme.example");
const QString kMember = QStringLiteral("member@acme.example");
const QString kViewer = QStringLiteral("viewer@acme.example");

QList<QPair<QByteArray, QByteArray>> ifMatch(qint64 version)
{
    return {{"If-Match", '"' + QByteArray::number(version) + '"'}};
}
} // namespace

class TestServerWorkflows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void demoHasRunsAndClaims();
    void payrollDraftHasPayslipsAndDeductions();
    void payrollFullLifecycleWithFourEyes();
    void payrollReturnAndDelete();
    void payrollRefusedTransitions();
    void payrollRolesAndPayslipVisibility();
    void claimLifecycle();
    void claimRefusals();
    void claimMemberRules();
    void claimPayeeIsFixedAtCreation();

private:
    QJsonObject newRun(const QString& email, const QString& start);
    QJsonObject newClaim(const QString& email, const QJsonObject& extra = {});
    DomainTestClient m_client;
};

void TestServerWorkflows::initTestCase()
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

void TestServerWorkflows::cleanupTestCase()
{
    QCOMPARE(m_client.stop(), 0);
}

QJsonObject TestServerWorkflows::newRun(const QString& email, const QString& start)
{
    const QDate s = QDate::fromString(start, Qt::ISODate);
    const DomainReply reply = m_client.as(
        email, "POST", QStringLiteral("/payroll-runs"),
        {{QStringLiteral("period_start"), start},
         {QStringLiteral("period_end"), s.addMonths(1).addDays(-1).toString(Qt::ISODate)},
         {QStringLiteral("pay_date"), s.addDays(25).toString(Qt::ISODate)}});
    if (reply.status != 201) {
        qWarning() << reply.status << reply.body;
    }
    return reply.json();
}

QJsonObject TestServerWorkflows::newClaim(const QString& email, const QJsonObject& extra)
{
    QJsonObject body{{QStringLiteral("category"), QStringLiteral("meals")},
                     {QStringLiteral("description"), QStringLiteral("Lunch with a customer")},
                     {QStringLiteral("amount"),
                      QJsonObject{{QStringLiteral("amount"), 4550},
                                  {QStringLiteral("currency"), QStringLiteral("SGD")}}},
                     {QStringLiteral("incurred_on"), QStringLiteral("2025-12-01")}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        body.insert(it.key(), it.value());
    }
    const DomainReply reply = m_client.as(email, "POST", QStringLiteral("/claims"), body);
    if (reply.status != 201) {
        qWarning() << reply.status << reply.body;
    }
    return reply.json();
}

void TestServerWorkflows::demoHasRunsAndClaims()
{
    const QJsonArray runs = m_client.listAll(kOwner, QStringLiteral("payroll-runs"));
    QStringList statuses;
    for (const QJsonValue& run : runs) {
        statuses.append(run.toObject().value(QStringLiteral("status")).toString());
    }
    QVERIFY2(statuses.contains(QStringLiteral("paid")), qPrintable(statuses.join(u',')));
    QVERIFY(statuses.contains(QStringLiteral("draft")));
    const QJsonArray claims = m_client.listAll(kOwner, QStringLiteral("claims"));
    QVERIFY(claims.size() >= 240);
    QSet<QString> claimStates;
    int withReceipts = 0;
    for (const QJsonValue& claim : claims) {
        claimStates.insert(claim.toObject().value(QStringLiteral("status")).toString());
        withReceipts +=
            claim.toObject().value(QStringLiteral("receipts")).toArray().isEmpty() ? 0 : 1;
    }
    QCOMPARE(claimStates.size(), 5);
    QVERIFY(withReceipts > 100);
    const QJsonArray globexClaims =
        m_client.listAll(QStringLiteral("owner@globex.example"), QStringLiteral("claims"));
    QCOMPARE(claims.size() + globexClaims.size(), 300);
}

void TestServerWorkflows::payrollDraftHasPayslipsAndDeductions()
{
    const QJsonObject run = newRun(kFinance, QStringLiteral("2026-03-01"));
    QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    const int count = run.value(QStringLiteral("employee_count")).toInt();
    QVERIFY(count > 100);
    const QJsonObject totals = run.value(QStringLiteral("totals")).toObject();
    const qint64 gross = totals.value(QStringLiteral("gross"))
                             .toObject()
                             .value(QStringLiteral("amount"))
                             .toInteger();
    const qint64 deductions = totals.value(QStringLiteral("deductions"))
                                  .toObject()
                                  .value(QStringLiteral("amount"))
                                  .toInteger();
    const qint64 net =
        totals.value(QStringLiteral("net")).toObject().value(QStringLiteral("amount")).toInteger();
    QCOMPARE(gross - deductions, net);
    QVERIFY(deductions > gross / 6 && deductions <= gross / 5); // 20% CPF, rounded down

    const DomainReply slips = m_client.as(kFinance, "GET",
                                          QStringLiteral("/payroll-runs/%1/payslips")
                                              .arg(run.value(QStringLiteral("id")).toString()));
    QCOMPARE(slips.status, 200);
    const QJsonArray items = slips.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), count);
    const QJsonObject slip = items.first().toObject();
    const QJsonArray lines = slip.value(QStringLiteral("deductions")).toArray();
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first().toObject().value(QStringLiteral("label")).toString().contains(u"CPF"));
    const qint64 slipGross =
        slip.value(QStringLiteral("gross")).toObject().value(QStringLiteral("amount")).toInteger();
    QCOMPARE(lines.first()
                 .toObject()
                 .value(QStringLiteral("amount"))
                 .toObject()
                 .value(QStringLiteral("amount"))
                 .toInteger(),
             slipGross * 2000 / 10000);

    // Globex pays EPF at 11% in MYR.
    const QJsonObject glx =
        newRun(QStringLiteral("admin@globex.example"), QStringLiteral("2026-03-01"));
    QCOMPARE(glx.value(QStringLiteral("totals"))
                 .toObject()
                 .value(QStringLiteral("gross"))
                 .toObject()
                 .value(QStringLiteral("currency"))
                 .toString(),
             QStringLiteral("MYR"));
}

void TestServerWorkflows::payrollFullLifecycleWithFourEyes()
{
    QJsonObject run = newRun(kAdmin, QStringLiteral("2026-04-01"));
    const QString path =
        QStringLiteral("/payroll-runs/") + run.value(QStringLiteral("id")).toString();
    qint64 version = run.value(QStringLiteral("version")).toInteger();

    DomainReply reply =
        m_client.as(kAdmin, "POST", path + QStringLiteral("/submit"), {}, ifMatch(version));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
    version = reply.json().value(QStringLiteral("version")).toInteger();

    // The submitter cannot approve: 403 saying why.
    reply = m_client.as(kAdmin, "POST", path + QStringLiteral("/approve"), {}, ifMatch(version));
    QCOMPARE(reply.status, 403);
    QVERIFY(reply.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(u"Four eyes"));
    // Finance may not approve at all.
    QCOMPARE(m_client.as(kFinance, "POST", path + QStringLiteral("/approve")).status, 403);
    // A stale version is 412 with the current one.
    reply =
        m_client.as(kOwner, "POST", path + QStringLiteral("/approve"), {}, ifMatch(version - 1));
    QCOMPARE(reply.status, 412);
    QCOMPARE(reply.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("current_version"))
                 .toInteger(),
             version);

    reply = m_client.as(kOwner, "POST", path + QStringLiteral("/approve"), {}, ifMatch(version));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("approved_by")).toString(), m_client.userId(kOwner));

    // Locked: no delete, no return, no second approve.
    QCOMPARE(m_client.as(kOwner, "DELETE", path).status, 409);
    QCOMPARE(m_client
                 .as(kOwner, "POST", path + QStringLiteral("/return"),
                     {{QStringLiteral("note"), QStringLiteral("x")}})
                 .status,
             409);
    QCOMPARE(m_client.as(kOwner, "POST", path + QStringLiteral("/approve")).status, 409);
    // Admin may not mark paid; finance may.
    QCOMPARE(m_client.as(kAdmin, "POST", path + QStringLiteral("/mark-paid")).status, 403);
    reply = m_client.as(kFinance, "POST", path + QStringLiteral("/mark-paid"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
    QVERIFY(!reply.json().value(QStringLiteral("paid_at")).toString().isEmpty());
    QCOMPARE(m_client.as(kFinance, "POST", path + QStringLiteral("/mark-paid")).status, 409);
    QCOMPARE(m_client.as(kOwner, "DELETE", path).status, 409);
    QCOMPARE(m_client.as(kFinance, "POST", path + QStringLiteral("/submit")).status, 409);
}

void TestServerWorkflows::payrollReturnAndDelete()
{
    const QJsonObject run = newRun(kFinance, QStringLiteral("2026-05-01"));
    const QString path =
        QStringLiteral("/payroll-runs/") + run.value(QStringLiteral("id")).toString();
    QCOMPARE(m_client.as(kFinance, "POST", path + QStringLiteral("/submit")).status, 200);
    // Return needs a note.
    QCOMPARE(m_client
                 .as(kAdmin, "POST", path + QStringLiteral("/return"),
                     {{QStringLiteral("note"), QStringLiteral("")}})
                 .status,
             422);
    DomainReply reply = m_client.as(kAdmin, "POST", path + QStringLiteral("/return"),
                                    {{QStringLiteral("note"), QStringLiteral("Overtime missing")}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(reply.json().value(QStringLiteral("return_note")).toString(),
             QStringLiteral("Overtime missing"));
    // A draft can be deleted, then it is gone.
    QCOMPARE(m_client.as(kFinance, "DELETE", path).status, 204);
    QCOMPARE(m_client.as(kFinance, "GET", path).status, 404);
}

void TestServerWorkflows::payrollRefusedTransitions()
{
    const QJsonObject run = newRun(kFinance, QStringLiteral("2026-06-01"));
    const QString path =
        QStringLiteral("/payroll-runs/") + run.value(QStringLiteral("id")).toString();
    // From draft: only submit (and delete).
    QCOMPARE(m_client.as(kOwner, "POST", path + QStringLiteral("/approve")).status, 409);
    QCOMPARE(m_client.as(kOwner, "POST", path + QStringLiteral("/mark-paid")).status, 409);
    QCOMPARE(m_client
                 .as(kOwner, "POST", path + QStringLiteral("/return"),
                     {{QStringLiteral("note"), QStringLiteral("n")}})
                 .status,
             409);
    QCOMPARE(m_client.as(kFinance, "POST", path + QStringLiteral("/submit")).status, 200);
    // From submitted: no second submit, no mark-paid, no delete.
    QCOMPARE(m_client.as(kFinance, "POST", path + QStringLiteral("/submit")).status, 409);
    QCOMPARE(m_client.as(kFinance, "POST", path + QStringLiteral("/mark-paid")).status, 409);
    QCOMPARE(m_client.as(kFinance, "DELETE", path).status, 409);
    // Validation.
    QCOMPARE(m_client
                 .as(kFinance, "POST", QStringLiteral("/payroll-runs"),
                     {{QStringLiteral("period_start"), QStringLiteral("2026-02-30")}})
                 .status,
             422);
}

void TestServerWorkflows::payrollRolesAndPayslipVisibility()
{
    const QJsonObject run = newRun(kFinance, QStringLiteral("2026-07-01"));
    const QString path =
        QStringLiteral("/payroll-runs/") + run.value(QStringLiteral("id")).toString();
    // Auditor: totals yes, payslip lines no.
    const DomainReply auditorRun = m_client.as(kAuditor, "GET", path);
    QCOMPARE(auditorRun.status, 200);
    QVERIFY(auditorRun.json().contains(QStringLiteral("totals")));
    QCOMPARE(m_client.as(kAuditor, "GET", path + QStringLiteral("/payslips")).status, 403);
    // Viewer: nothing. Auditor, viewer and member never write.
    QCOMPARE(m_client.as(kViewer, "GET", path).status, 403);
    for (const QString& who : {kAuditor, kViewer, kMember}) {
        QCOMPARE(m_client.as(who, "POST", path + QStringLiteral("/submit")).status, 403);
        QCOMPARE(m_client.as(who, "DELETE", path).status, 403);
    }
    // Member: only their own payslip, and no organisation totals.
    const DomainReply mine = m_client.as(kMember, "GET", path + QStringLiteral("/payslips"));
    QCOMPARE(mine.status, 200);
    QCOMPARE(mine.json().value(QStringLiteral("items")).toArray().size(), 1);
    const DomainReply memberRun = m_client.as(kMember, "GET", path);
    QCOMPARE(memberRun.status, 200);
    QVERIFY(!memberRun.json().contains(QStringLiteral("totals")));
}

void TestServerWorkflows::claimLifecycle()
{
    const QJsonObject claim = newClaim(kMember);
    QCOMPARE(claim.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    const QString path = QStringLiteral("/claims/") + claim.value(QStringLiteral("id")).toString();
    qint64 version = claim.value(QStringLiteral("version")).toInteger();

    DomainReply reply =
        m_client.as(kMember, "PATCH", path,
                    {{QStringLiteral("description"), QStringLiteral("Lunch with two customers")}},
                    ifMatch(version));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("version")).toInteger(), version + 1);
    // Stale PATCH.
    reply = m_client.as(kMember, "PATCH", path,
                        {{QStringLiteral("description"), QStringLiteral("x")}}, ifMatch(version));
    QCOMPARE(reply.status, 412);
    QCOMPARE(reply.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("current_version"))
                 .toInteger(),
             version + 1);

    QCOMPARE(m_client.as(kMember, "POST", path + QStringLiteral("/submit")).status, 200);
    // Submitted: no edit, no delete, no second submit; the claimant cannot review.
    QCOMPARE(
        m_client.as(kMember, "PATCH", path, {{QStringLiteral("description"), QStringLiteral("y")}})
            .status,
        409);
    QCOMPARE(m_client.as(kMember, "DELETE", path).status, 409);
    QCOMPARE(m_client.as(kMember, "POST", path + QStringLiteral("/submit")).status, 409);
    QCOMPARE(m_client.as(kMember, "POST", path + QStringLiteral("/approve")).status, 403);
    QCOMPARE(m_client.as(kFinance, "POST", path + QStringLiteral("/mark-paid")).status, 409);
    reply = m_client.as(kFinance, "POST", path + QStringLiteral("/approve"),
                        {{QStringLiteral("note"), QStringLiteral("OK")}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("reviewed_by")).toString(),
             m_client.userId(kFinance));
    QCOMPARE(m_client
                 .as(kFinance, "POST", path + QStringLiteral("/reject"),
                     {{QStringLiteral("note"), QStringLiteral("no")}})
                 .status,
             409);
    QCOMPARE(m_client.as(kAdmin, "POST", path + QStringLiteral("/mark-paid")).status, 403);
    reply = m_client.as(kFinance, "POST", path + QStringLiteral("/mark-paid"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
    QCOMPARE(m_client.as(kFinance, "POST", path + QStringLiteral("/mark-paid")).status, 409);
    QCOMPARE(m_client.as(kFinance, "POST", path + QStringLiteral("/approve")).status, 409);

    // Reject path: a note is required.
    const QJsonObject second = newClaim(kMember);
    const QString p2 = QStringLiteral("/claims/") + second.value(QStringLiteral("id")).toString();
    QCOMPARE(m_client.as(kMember, "POST", p2 + QStringLiteral("/submit")).status, 200);
    QCOMPARE(m_client.as(kAdmin, "POST", p2 + QStringLiteral("/reject"), {}).status, 422);
    reply = m_client.as(kAdmin, "POST", p2 + QStringLiteral("/reject"),
                        {{QStringLiteral("note"), QStringLiteral("Receipt unreadable")}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(m_client.as(kFinance, "POST", p2 + QStringLiteral("/mark-paid")).status, 409);
    QCOMPARE(m_client.as(kFinance, "POST", p2 + QStringLiteral("/approve")).status, 409);

    // A draft can be deleted.
    const QJsonObject third = newClaim(kMember);
    const QString p3 = QStringLiteral("/claims/") + third.value(QStringLiteral("id")).toString();
    QCOMPARE(m_client.as(kMember, "DELETE", p3).status, 204);
    QCOMPARE(m_client.as(kMember, "GET", p3).status, 404);
    // Draft cannot be approved or paid.
    const QJsonObject fourth = newClaim(kMember);
    const QString p4 = QStringLiteral("/claims/") + fourth.value(QStringLiteral("id")).toString();
    QCOMPARE(m_client.as(kFinance, "POST", p4 + QStringLiteral("/approve")).status, 409);
    QCOMPARE(m_client.as(kFinance, "POST", p4 + QStringLiteral("/mark-paid")).status, 409);
}

void TestServerWorkflows::claimRefusals()
{
    // Finance files a claim for itself: it cannot approve it, but the admin can.
    const QJsonObject own = newClaim(kFinance);
    const QString path = QStringLiteral("/claims/") + own.value(QStringLiteral("id")).toString();
    QCOMPARE(m_client.as(kFinance, "POST", path + QStringLiteral("/submit")).status, 200);
    const DomainReply self = m_client.as(kFinance, "POST", path + QStringLiteral("/approve"));
    QCOMPARE(self.status, 403);
    QVERIFY(self.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(u"own"));
    QCOMPARE(m_client.as(kAdmin, "POST", path + QStringLiteral("/approve")).status, 200);
    // Auditor and viewer never write claims.
    QCOMPARE(m_client.as(kAuditor, "POST", QStringLiteral("/claims"), {}).status, 403);
    QCOMPARE(m_client.as(kViewer, "POST", QStringLiteral("/claims"), {}).status, 403);
    // Validation with fields.
    const DomainReply bad = m_client.as(
        kFinance, "POST", QStringLiteral("/claims"),
        {{QStringLiteral("category"), QStringLiteral("yacht")}, {QStringLiteral("amount"), 12.5}});
    QCOMPARE(bad.status, 422);
    const QJsonObject fields = bad.json()
                                   .value(QStringLiteral("error"))
                                   .toObject()
                                   .value(QStringLiteral("fields"))
                                   .toObject();
    QVERIFY(fields.contains(QStringLiteral("category")));
    QVERIFY(fields.contains(QStringLiteral("amount")));
    QVERIFY(fields.contains(QStringLiteral("incurred_on")));
}

void TestServerWorkflows::claimMemberRules()
{
    // Finance may file for another employee (write_any); a member may not.
    const QJsonArray employees = m_client.listAll(kAdmin, QStringLiteral("employees"));
    QString someoneElse;
    for (const QJsonValue& e : employees) {
        if (e.toObject().value(QStringLiteral("user_id")).isNull()) {
            someoneElse = e.toObject().value(QStringLiteral("id")).toString();
            break;
        }
    }
    QVERIFY(!someoneElse.isEmpty());
    const QJsonObject forOther = newClaim(kFinance, {{QStringLiteral("employee_id"), someoneElse}});
    QCOMPARE(forOther.value(QStringLiteral("employee_id")).toString(), someoneElse);
    const DomainReply memberForOther =
        m_client.as(kMember, "POST", QStringLiteral("/claims"),
                    {{QStringLiteral("employee_id"), someoneElse},
                     {QStringLiteral("category"), QStringLiteral("meals")},
                     {QStringLiteral("description"), QStringLiteral("x")},
                     {QStringLiteral("amount"),
                      QJsonObject{{QStringLiteral("amount"), 100},
                                  {QStringLiteral("currency"), QStringLiteral("SGD")}}},
                     {QStringLiteral("incurred_on"), QStringLiteral("2025-12-01")}});
    QCOMPARE(memberForOther.status, 403);
    // A member sees only their own claims, and someone else's is "not found".
    const QString otherPath =
        QStringLiteral("/claims/") + forOther.value(QStringLiteral("id")).toString();
    QCOMPARE(m_client.as(kMember, "GET", otherPath).status, 404);
    QCOMPARE(m_client
                 .as(kMember, "PATCH", otherPath,
                     {{QStringLiteral("description"), QStringLiteral("mine now")}})
                 .status,
             404);
    const QJsonArray mine = m_client.listAll(kMember, QStringLiteral("claims"));
    QVERIFY(!mine.isEmpty());
    QString myEmployee;
    for (const QJsonValue& e : m_client.listAll(kMember, QStringLiteral("employees"))) {
        myEmployee = e.toObject().value(QStringLiteral("id")).toString();
    }
    for (const QJsonValue& c : mine) {
        QCOMPARE(c.toObject().value(QStringLiteral("employee_id")).toString(), myEmployee);
    }
    // Another organisation's claim is not found.
    const QJsonArray globex = m_client.listAll(QStringLiteral("owner@globex.example"),
                                               QStringLiteral("claims"), nullptr, nullptr, 5);
    QVERIFY(!globex.isEmpty());
    QCOMPARE(m_client
                 .as(kOwner, "GET",
                     QStringLiteral("/claims/") +
                         globex.first().toObject().value(QStringLiteral("id")).toString())
                 .status,
             404);
}

// The attack: moving a draft to another payee with PATCH, which would leave the create entry
// (with the first payee's name) on the new payee's claim. The payee is fixed at creation.
void TestServerWorkflows::claimPayeeIsFixedAtCreation()
{
    QString first;
    QString second;
    for (const QJsonValue& e : m_client.listAll(kAdmin, QStringLiteral("employees"))) {
        const QString id = e.toObject().value(QStringLiteral("id")).toString();
        (first.isEmpty() ? first : second) = id;
        if (!second.isEmpty()) {
            break;
        }
    }
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const QJsonObject claim = newClaim(kFinance, {{QStringLiteral("employee_id"), first}});
    const QString path = QStringLiteral("/claims/") + claim.value(QStringLiteral("id")).toString();
    const DomainReply moved =
        m_client.as(kFinance, "PATCH", path, {{QStringLiteral("employee_id"), second}});
    QCOMPARE(moved.status, 422);
    const QString reason = moved.json()
                               .value(QStringLiteral("error"))
                               .toObject()
                               .value(QStringLiteral("fields"))
                               .toObject()
                               .value(QStringLiteral("employee_id"))
                               .toString();
    QVERIFY2(reason.contains(u"delete"), moved.body.constData());
    QVERIFY(!moved.body.contains(second.toUtf8()));
    const DomainReply after = m_client.as(kFinance, "GET", path);
    QCOMPARE(after.json().value(QStringLiteral("employee_id")).toString(), first);
    QCOMPARE(after.json().value(QStringLiteral("version")), claim.value(QStringLiteral("version")));
    // The same payee with another change is an ordinary edit.
    const DomainReply same =
        m_client.as(kFinance, "PATCH", path,
                    {{QStringLiteral("employee_id"), first},
                     {QStringLiteral("description"), QStringLiteral("Dinner with a customer")}});
    QCOMPARE(same.status, 200);
    QCOMPARE(same.json().value(QStringLiteral("employee_id")).toString(), first);
}

QTEST_GUILESS_MAIN(TestServerWorkflows)
#include "tst_server_workflows.moc"
