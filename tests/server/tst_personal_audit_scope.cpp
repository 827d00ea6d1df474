// PersonalAuditScope, the one rule for which audit entries a personal-data export holds
// (docs/api.md, Personal data), entry by entry: about the person, made by them about
// themselves or the organisation, made by them about someone else (withheld), unrelated; and
// which exports are disclosures of the past 365 days. The server test
// (tst_server_personal_data) runs the same rule through the route on both backends.
#include "server/privacy/PersonalAuditScope.h"

#include <QAnyStringView>
#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using purser::server::PersonalAuditScope;
using Relation = PersonalAuditScope::Relation;

namespace {
const QString kEmployee = QStringLiteral("e-1");
const QString kUser = QStringLiteral("u-1");
const QString kKey = QStringLiteral("k-1");

// Any string (a literal or a QString) for each field of an entry.
QJsonObject entry(QAnyStringView actorKind, QAnyStringView actorId, QAnyStringView entityType,
                  QAnyStringView entityId, QAnyStringView action = "update",
                  QAnyStringView occurredAt = "2026-12-01T10:00:00.000Z")
{
    return {{QStringLiteral("actor"), QJsonObject{{QStringLiteral("kind"), actorKind.toString()},
                                                  {QStringLiteral("id"), actorId.toString()}}},
            {QStringLiteral("action"), action.toString()},
            {QStringLiteral("entity_type"), entityType.toString()},
            {QStringLiteral("entity_id"), entityId.toString()},
            {QStringLiteral("occurred_at"), occurredAt.toString()}};
}

PersonalAuditScope scope()
{
    PersonalAuditScope::Subject subject;
    subject.employeeId = kEmployee;
    subject.userId = kUser;
    subject.claimIds = {QStringLiteral("c-1")};
    subject.receiptIds = {QStringLiteral("r-1")};
    subject.apiKeyIds = {kKey};
    subject.invitationIds = {QStringLiteral("i-9")};
    return PersonalAuditScope(subject);
}
} // namespace

class TestPersonalAuditScope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void withoutAnAccountOnlyTheirRecordsCount();
    void claimsAndReceiptsNamedInTheHistoryAreTheirs();
    void disclosuresAreExportsOfTheirDataInTheLastYear();
};

void TestPersonalAuditScope::classify_data()
{
    QTest::addColumn<QJsonObject>("entry");
    QTest::addColumn<int>("relation");
    const QString admin = QStringLiteral("u-admin");
    const auto row = [](const char* name, const QJsonObject& e, Relation r) {
        QTest::newRow(name) << e << static_cast<int>(r);
    };
    row("admin edits their record", entry("user", admin, "employee", kEmployee),
        Relation::AboutThem);
    row("finance approves their claim", entry("user", admin, "claim", "c-1"), Relation::AboutThem);
    row("their receipt", entry("user", kUser, "receipt", "r-1"), Relation::AboutThem);
    row("their role changed", entry("user", admin, "member", kUser), Relation::AboutThem);
    row("their key revoked by an owner", entry("user", admin, "api_key", kKey),
        Relation::AboutThem);
    row("an invitation to them", entry("user", admin, "invitation", "i-9", "invite"),
        Relation::AboutThem);
    row("their sign-in", entry("user", kUser, "session", "s-9", "sign_in"), Relation::TheirOwn);
    row("a run they prepared", entry("user", kUser, "payroll_run", "p-1"), Relation::TheirOwn);
    row("settings through their key", entry("api_key", kKey, "settings", ""), Relation::TheirOwn);
    row("another's record by them", entry("user", kUser, "employee", "e-2"),
        Relation::AboutOthersByThem);
    row("another's claim by their key", entry("api_key", kKey, "claim", "c-2"),
        Relation::AboutOthersByThem);
    row("another's receipt", entry("user", kUser, "receipt", "r-2"), Relation::AboutOthersByThem);
    row("an invitation they sent", entry("user", kUser, "invitation", "i-1", "invite"),
        Relation::AboutOthersByThem);
    row("another member's role", entry("user", kUser, "member", "u-2"),
        Relation::AboutOthersByThem);
    row("another's key", entry("user", kUser, "api_key", "k-2"), Relation::AboutOthersByThem);
    row("a kind the rule does not know", entry("user", kUser, "timesheet", "t-1"),
        Relation::AboutOthersByThem);
    row("someone else about someone else", entry("user", admin, "employee", "e-2"),
        Relation::Unrelated);
    row("a key with their user's id as name is not theirs", entry("api_key", kUser, "claim", "c-2"),
        Relation::Unrelated);
    row("a user id as a key id is not theirs", entry("user", kKey, "claim", "c-2"),
        Relation::Unrelated);
}

void TestPersonalAuditScope::classify()
{
    QFETCH(QJsonObject, entry);
    QFETCH(int, relation);
    QCOMPARE(static_cast<int>(scope().classify(entry)), relation);
}

void TestPersonalAuditScope::withoutAnAccountOnlyTheirRecordsCount()
{
    PersonalAuditScope::Subject subject;
    subject.employeeId = kEmployee;
    const PersonalAuditScope unlinked(subject);
    QCOMPARE(unlinked.classify(entry("user", kUser, "employee", kEmployee)), Relation::AboutThem);
    QCOMPARE(unlinked.classify(entry("user", kUser, "member", kUser)), Relation::Unrelated);
    QCOMPARE(unlinked.classify(entry("user", kUser, "session", "s-1")), Relation::Unrelated);
    // An entry without an entity id is nobody's record.
    QCOMPARE(unlinked.classify(entry("system", "", "employee", "")), Relation::Unrelated);
}

// A deleted claim is in no table: its entries say whose it was.
void TestPersonalAuditScope::claimsAndReceiptsNamedInTheHistoryAreTheirs()
{
    // changes.<field> = [from, to]; an empty `from` stands for null.
    const auto with = [](QJsonObject e, const char* field, QAnyStringView from, QAnyStringView to) {
        const QJsonValue before = from.isEmpty() ? QJsonValue() : QJsonValue(from.toString());
        e.insert(QStringLiteral("changes"),
                 QJsonObject{{QLatin1String(field), QJsonArray{before, to.toString()}}});
        return e;
    };
    PersonalAuditScope::Subject subject;
    subject.employeeId = kEmployee;
    subject.userId = kUser;
    const QString admin = QStringLiteral("u-admin");
    // Created for them by someone else; created by them; moved to them before payees were fixed.
    subject.addRecordsNamedIn(
        with(entry("user", admin, "claim", "c-9", "create"), "employee_id", "", kEmployee));
    subject.addRecordsNamedIn(
        with(entry("user", kUser, "claim", "c-8", "create"), "employee_id", "", kEmployee));
    subject.addRecordsNamedIn(
        with(entry("user", admin, "claim", "c-7", "update"), "employee_id", "e-2", kEmployee));
    // A receipt on one of them, and one on another person's claim.
    subject.addRecordsNamedIn(
        with(entry("user", admin, "receipt", "r-9", "upload"), "claim_id", "", "c-9"));
    subject.addRecordsNamedIn(
        with(entry("user", kUser, "receipt", "r-2", "upload"), "claim_id", "", "c-2"));
    // Another person's claim, and an employee_id change on something that is not a claim.
    subject.addRecordsNamedIn(
        with(entry("user", kUser, "claim", "c-2", "create"), "employee_id", "", "e-2"));
    subject.addRecordsNamedIn(
        with(entry("user", admin, "payslip", "p-1", "create"), "employee_id", "", kEmployee));
    QCOMPARE(subject.claimIds,
             QSet<QString>({QStringLiteral("c-9"), QStringLiteral("c-8"), QStringLiteral("c-7")}));
    QCOMPARE(subject.receiptIds, QSet<QString>({QStringLiteral("r-9")}));

    const PersonalAuditScope s(subject);
    QCOMPARE(s.classify(entry("user", kUser, "claim", "c-8", "delete")), Relation::AboutThem);
    QCOMPARE(s.classify(entry("user", admin, "claim", "c-9", "delete")), Relation::AboutThem);
    QCOMPARE(s.classify(entry("user", kUser, "claim", "c-2", "delete")),
             Relation::AboutOthersByThem);
}

void TestPersonalAuditScope::disclosuresAreExportsOfTheirDataInTheLastYear()
{
    const QString action = PersonalAuditScope::exportAction();
    const QDateTime at(QDate(2026, 12, 6), QTime(5, 0), QTimeZone::utc());
    const PersonalAuditScope s = scope();
    QVERIFY(s.isDisclosure(
        entry("user", "u-admin", "employee", kEmployee, action, "2026-12-06T05:00:00.500Z"), at));
    QVERIFY(s.isDisclosure(
        entry("user", "u-admin", "employee", kEmployee, action, "2025-12-06T05:00:00.000Z"), at));
    QVERIFY(!s.isDisclosure(
        entry("user", "u-admin", "employee", kEmployee, action, "2025-12-06T04:59:59.999Z"), at));
    QVERIFY(!s.isDisclosure(entry("user", "u-admin", "employee", "e-2", action), at));
    QVERIFY(!s.isDisclosure(entry("user", "u-admin", "employee", kEmployee, "update"), at));
    QVERIFY(
        !s.isDisclosure(entry("user", "u-admin", "employee", kEmployee, action, "yesterday"), at));
}

QTEST_APPLESS_MAIN(TestPersonalAuditScope)
#include "tst_personal_audit_scope.moc"
