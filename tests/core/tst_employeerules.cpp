// The employee value rules the server, the CSV import and the employee form share
// (core/EmployeeRules), and EmployeeInput applying them to a create and a PATCH body.
#include "core/EmployeeInput.h"
#include "core/EmployeeRules.h"

#include <QTest>

using namespace purser;

class TestEmployeeRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formulaLikeText();
    void emailAddresses();
    void employeeNumberKeys();
    void departments();
    void patchJudgesOnlyWhatItSets();
};

void TestEmployeeRules::formulaLikeText()
{
    for (const char* text : {"=1+1", "+1", "-2", "@SUM(A1)", "\t=1", "\r=1", "  =1", " -2"}) {
        QVERIFY2(EmployeeRules::startsLikeFormula(QString::fromLatin1(text)), text);
    }
    for (const char* text : {"", "Anne-Marie", "123-456", "a@b", "Tan + Co", " Tan"}) {
        QVERIFY2(!EmployeeRules::startsLikeFormula(QString::fromLatin1(text)), text);
    }
}

void TestEmployeeRules::emailAddresses()
{
    for (const char* text : {"a@acme.example", "first.last+tag@mail.acme.example"}) {
        QVERIFY2(EmployeeRules::isEmailAddress(QString::fromLatin1(text)), text);
    }
    for (const char* text : {"", "a", "@acme.example", "a@", "a@b@acme.example", "a b@acme.example",
                             "a@localhost", "a@acme.", "a@.acme", "a@acme..example",
                             "=a@acme.example", "<a@acme.example>", "a\x01@acme.example"}) {
        QVERIFY2(!EmployeeRules::isEmailAddress(QString::fromLatin1(text)), text);
    }
    QVERIFY(!EmployeeRules::isEmailAddress(QString(250, u'a') + QStringLiteral("@b.cd")));
}

void TestEmployeeRules::employeeNumberKeys()
{
    QCOMPARE(EmployeeRules::normalisedEmployeeNo(QStringLiteral(" E0001\t")),
             QStringLiteral("E0001"));
    QCOMPARE(EmployeeRules::employeeNoKey(QStringLiteral(" e0001 ")),
             EmployeeRules::employeeNoKey(QStringLiteral("E0001")));
    QVERIFY(EmployeeRules::employeeNoKey(QStringLiteral("E0001")) !=
            EmployeeRules::employeeNoKey(QStringLiteral("E00001")));
}

void TestEmployeeRules::departments()
{
    using EmployeeRules::DepartmentCheck;
    using EmployeeRules::NewDepartment;
    const QStringList known{QStringLiteral("Finance"), QStringLiteral("Sales")};
    QCOMPARE(
        EmployeeRules::checkDepartment(QStringLiteral("Finance"), known, NewDepartment::Refused)
            .result,
        DepartmentCheck::Fits);
    const auto variant =
        EmployeeRules::checkDepartment(QStringLiteral(" finance"), known, NewDepartment::Allowed);
    QCOMPARE(variant.result, DepartmentCheck::OtherSpelling);
    QCOMPARE(variant.knownSpelling, QStringLiteral("Finance"));
    QCOMPARE(EmployeeRules::checkDepartment(QStringLiteral("Legal"), known, NewDepartment::Allowed)
                 .result,
             DepartmentCheck::Fits);
    QCOMPARE(EmployeeRules::checkDepartment(QStringLiteral("Legal"), known, NewDepartment::Refused)
                 .result,
             DepartmentCheck::Unknown);
    QCOMPARE(
        EmployeeRules::checkDepartment(QStringLiteral("Legal"), {}, NewDepartment::Refused).result,
        DepartmentCheck::Fits);
}

void TestEmployeeRules::patchJudgesOnlyWhatItSets()
{
    // A record stored before the rules (a formula-like name) stays correctable field by field.
    Employee stored;
    stored.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    stored.version = 1;
    stored.updatedAt = QDateTime::currentDateTimeUtc();
    stored.employeeNo = QStringLiteral("E0001");
    stored.fullName = QStringLiteral("=Old Name");
    stored.email = QStringLiteral("old@acme.example");
    stored.department = QStringLiteral("Finance");
    stored.position = QStringLiteral("Clerk");
    stored.employmentType = QStringLiteral("full_time");
    stored.startDate = QDate(2026, 1, 5);
    stored.status = QStringLiteral("active");
    FieldErrors errors;
    QVERIFY(EmployeeInput::forPatch({{QStringLiteral("position"), QStringLiteral("Analyst")}},
                                    stored, &errors));
    QVERIFY(errors.isEmpty());
    QVERIFY(!EmployeeInput::forPatch({{QStringLiteral("full_name"), QStringLiteral("+New")}},
                                     stored, &errors));
    QVERIFY(errors.contains(QStringLiteral("full_name")));
    errors = {};
    const auto renamed = EmployeeInput::forPatch(
        {{QStringLiteral("employee_no"), QStringLiteral("  E0002 ")}}, stored, &errors);
    QVERIFY(renamed);
    QCOMPARE(renamed->employeeNo, QStringLiteral("E0002"));
}

QTEST_GUILESS_MAIN(TestEmployeeRules)
#include "tst_employeerules.moc"
