// The employee value rules the server, the CSV import and the employee form share
// (core/EmployeeRules), and EmployeeInput applying them to a create and a PATCH body.
#include "core/EmployeeInput.h"
#include "core/EmployeeRules.h"

#include <QJsonDocument>
#include <QTest>

using namespace purser;

namespace {
Employee storedEmployee()
{
    Employee stored;
    stored.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    stored.version = 1;
    stored.updatedAt = QDateTime::currentDateTimeUtc();
    stored.employeeNo = QStringLiteral("E0001");
    stored.fullName = QStringLiteral("Old Name");
    stored.email = QStringLiteral("old@acme.example");
    stored.department = QStringLiteral("Finance");
    stored.position = QStringLiteral("Clerk");
    stored.employmentType = QStringLiteral("full_time");
    stored.startDate = QDate(2026, 1, 5);
    stored.status = QStringLiteral("active");
    return stored;
}

QJsonObject createBody()
{
    return {{QStringLiteral("employee_no"), QStringLiteral("E0009")},
            {QStringLiteral("full_name"), QStringLiteral("New Person")},
            {QStringLiteral("email"), QStringLiteral("new@acme.example")},
            {QStringLiteral("department"), QStringLiteral("Finance")},
            {QStringLiteral("position"), QStringLiteral("Clerk")},
            {QStringLiteral("employment_type"), QStringLiteral("full_time")},
            {QStringLiteral("start_date"), QStringLiteral("2026-01-05")},
            {QStringLiteral("national_id"), QStringLiteral("S1234567D")},
            {QStringLiteral("bank_name"), QStringLiteral("DBS")},
            {QStringLiteral("bank_account"), QStringLiteral("123-456789-0")}};
}
} // namespace

class TestEmployeeRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formulaLikeText();
    void emailAddresses();
    void employeeNumberKeys();
    void departments();
    void patchJudgesOnlyWhatItSets();
    // Night attacker: rules compared text as typed, not as it looks.
    void lookalikeNumbersAreTheSameNumber();
    void lookalikeDepartmentsAreTheSameDepartment();
    void hiddenAndFullWidthFormulas();
    void oddEmailForms();
    void storedTextIsNormalised();
    void controlCharactersAreRefused();
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
    Employee stored = storedEmployee();
    stored.fullName = QStringLiteral("=Old Name");
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

void TestEmployeeRules::lookalikeNumbersAreTheSameNumber()
{
    const QString key = EmployeeRules::employeeNoKey(QStringLiteral("ACM-0001"));
    for (const QString& lookalike :
         {QStringLiteral("ACM-0001\u200b"), QStringLiteral("\u200dACM-0001"),
          QStringLiteral("\uff21\uff23\uff2d-0001"), QStringLiteral("ACM\u20110001"),
          QStringLiteral("ACM\u20100001"), QStringLiteral("ACM\uff0d0001"),
          QStringLiteral("ACM-\uff10\uff10\uff10\uff11"), QStringLiteral("\u3000ACM-0001\u00a0"),
          QStringLiteral("AC\u00adM-0001"), QStringLiteral("acm-0001\u2060"),
          QStringLiteral("ACM-0001\U000E0041"),
          // default-ignorable but not format characters (the morning attacker): variation
          // selectors, the combining grapheme joiner, Hangul and Mongolian fillers, Khmer
          // inherent vowels; and the braille blank, which shows as a space
          QStringLiteral("ACM-0001\ufe0f"), QStringLiteral("ACM-0001\ufe0e"),
          QStringLiteral("ACM-0001\ufe00"), QStringLiteral("AC\u034fM-0001"),
          QStringLiteral("ACM-0001\u180b"), QStringLiteral("ACM-0001\u3164"),
          QStringLiteral("ACM-0001\u1160"), QStringLiteral("\u115fACM-0001"),
          QStringLiteral("ACM-0001\u17b4"), QStringLiteral("ACM-0001\uffa0"),
          QStringLiteral("ACM-0001\U000E0100"), QStringLiteral("ACM-0001\u2800")}) {
        QVERIFY2(EmployeeRules::employeeNoKey(lookalike) == key, qPrintable(lookalike));
        QVERIFY2(EmployeeRules::normalisedEmployeeNo(lookalike).toUpper() ==
                     QStringLiteral("ACM-0001"),
                 qPrintable(lookalike));
    }
    // An en dash is not a hyphen: it looks different and stays a different number.
    QVERIFY(EmployeeRules::employeeNoKey(QStringLiteral("ACM\u20130001")) != key);
}

void TestEmployeeRules::lookalikeDepartmentsAreTheSameDepartment()
{
    using EmployeeRules::DepartmentCheck;
    using EmployeeRules::NewDepartment;
    const QStringList known{QStringLiteral("Finance"), QStringLiteral("Sales")};
    for (const QString& same : {QStringLiteral("\uff26inance"), QStringLiteral("Fin\u200bance"),
                                QStringLiteral("\u202eFinance"), QStringLiteral("Finance\ufe0f"),
                                QStringLiteral("Fin\u034fance"), QStringLiteral("Finance\u3164")}) {
        QVERIFY2(EmployeeRules::checkDepartment(same, known, NewDepartment::Refused).result ==
                     DepartmentCheck::Fits,
                 qPrintable(same));
    }
    // Variants that show differently from a known one are another spelling of it, never a new
    // department: a letter in another case, a trailing braille blank (shown as a space).
    for (const QString& other : {QStringLiteral("\uff46inance"), QStringLiteral("Finance\u2800")}) {
        const auto variant = EmployeeRules::checkDepartment(other, known, NewDepartment::Allowed);
        QVERIFY2(variant.result == DepartmentCheck::OtherSpelling, qPrintable(other));
        QCOMPARE(variant.knownSpelling, QStringLiteral("Finance"));
    }
    // A department stored before normalisation is the same department.
    QCOMPARE(EmployeeRules::checkDepartment(QStringLiteral("Sales"), {QStringLiteral("\uff33ales")},
                                            NewDepartment::Refused)
                 .result,
             DepartmentCheck::Fits);
}

void TestEmployeeRules::hiddenAndFullWidthFormulas()
{
    for (const QString& text :
         {QStringLiteral("\uff1d1+1"), QStringLiteral("\uff0b1"), QStringLiteral("\uff0d2"),
          QStringLiteral("\uff20SUM(A1)"), QStringLiteral("\ufe661"), QStringLiteral("\u200b=1"),
          QStringLiteral("\u2060+1"), QStringLiteral("\u00a0=1"), QStringLiteral("\u3000-2"),
          QStringLiteral("\u2003@x"), QStringLiteral("\u200b \u00a0\u200b=1"),
          QStringLiteral("\ufeff=1")}) {
        QVERIFY2(EmployeeRules::startsLikeFormula(text), qPrintable(text));
    }
    for (const QString& text : {QStringLiteral("Zo\u00eb"), QStringLiteral("\uff21nne"),
                                QStringLiteral("Tan \uff1d Co")}) {
        QVERIFY2(!EmployeeRules::startsLikeFormula(text), qPrintable(text));
    }
}

void TestEmployeeRules::oddEmailForms()
{
    for (const QString& text :
         {QStringLiteral("first.last@acme.example"), QStringLiteral("zo\u00eb@acme.example"),
          QStringLiteral("a.b.c@mail.acme.example")}) {
        QVERIFY2(EmployeeRules::isEmailAddress(text), qPrintable(text));
    }
    for (const QString& text :
         {QStringLiteral(".a@acme.example"), QStringLiteral("a.@acme.example"),
          QStringLiteral("a..b@acme.example"), QStringLiteral("a@[127.0.0.1]"),
          QStringLiteral("a@[IPv6:::1]"), QStringLiteral("a@127.0.0.1"),
          QStringLiteral("a\u200b@acme.example"), QStringLiteral("a@acme.example\u200b"),
          QStringLiteral("a@acme\u202e.example"), QStringLiteral("a\u0085@acme.example"),
          QStringLiteral("a\u00a0b@acme.example"), QStringLiteral("a\u2028@acme.example")}) {
        QVERIFY2(!EmployeeRules::isEmailAddress(text), qPrintable(text));
    }
}

void TestEmployeeRules::storedTextIsNormalised()
{
    QJsonObject body = createBody();
    body.insert(QStringLiteral("employee_no"), QStringLiteral(" \uff25\u20110009\u200b"));
    body.insert(QStringLiteral("department"), QStringLiteral("\uff26in\u200bance"));
    body.insert(QStringLiteral("email"), QStringLiteral("\uff4eew@acme.example\u200b"));
    body.insert(QStringLiteral("national_id"), QStringLiteral("\uff33\uff11234567D"));
    body.insert(QStringLiteral("bank_account"), QStringLiteral("123\u2011456789\u20110"));
    body.insert(QStringLiteral("position"), QStringLiteral("\uff23lerk\u00a0II"));
    // A name keeps its compatibility characters (NFC only) but loses invisible ones.
    body.insert(QStringLiteral("full_name"),
                QStringLiteral("Zoe\u0301\u200b \ufb01ona\u00a0\uff2b\u2028Lee"));
    FieldErrors errors;
    const auto created = EmployeeInput::forCreate(body, storedEmployee(), &errors);
    QVERIFY2(created, QJsonDocument(errors.toJson()).toJson().constData());
    QCOMPARE(created->employeeNo, QStringLiteral("E-0009"));
    QCOMPARE(created->department, QStringLiteral("Finance"));
    QCOMPARE(created->email, QStringLiteral("new@acme.example"));
    QCOMPARE(*created->nationalId, QStringLiteral("S1234567D"));
    QCOMPARE(*created->bankAccount, QStringLiteral("123-456789-0"));
    QCOMPARE(created->position, QStringLiteral("Clerk II"));
    QCOMPARE(created->fullName, QStringLiteral("Zo\u00e9 \ufb01ona \uff2b Lee"));

    // A PATCH normalises only what it sets: a record stored earlier is not rewritten.
    Employee stored = storedEmployee();
    stored.department = QStringLiteral("\uff26inance");
    const auto patched = EmployeeInput::forPatch(
        {{QStringLiteral("position"), QStringLiteral("\uff21nalyst")}}, stored, &errors);
    QVERIFY(patched);
    QCOMPARE(patched->position, QStringLiteral("Analyst"));
    QCOMPARE(patched->department, QStringLiteral("\uff26inance"));
}

void TestEmployeeRules::controlCharactersAreRefused()
{
    const QList<std::pair<QString, QString>> cases{
        {QStringLiteral("full_name"), QStringLiteral("Ann\u0007Lee")},
        {QStringLiteral("full_name"), QStringLiteral("Ann\nLee")},
        {QStringLiteral("position"), QStringLiteral("Clerk\u001b[31m")},
        {QStringLiteral("department"), QStringLiteral("Fin\u0085ance")},
        {QStringLiteral("bank_name"), QStringLiteral("DBS\u007f")},
        {QStringLiteral("bank_account"), QStringLiteral("123\t456")},
        {QStringLiteral("national_id"), QStringLiteral("S123\u009b4567D")},
        {QStringLiteral("employee_no"), QStringLiteral("E\u00010009")},
        {QStringLiteral("email"), QStringLiteral("new\u0008@acme.example")}};
    for (const auto& [field, value] : cases) {
        QJsonObject body = createBody();
        body.insert(field, value);
        FieldErrors errors;
        QVERIFY2(!EmployeeInput::forCreate(body, storedEmployee(), &errors), qPrintable(field));
        QVERIFY2(errors.contains(field), qPrintable(field));
    }
}

QTEST_GUILESS_MAIN(TestEmployeeRules)
#include "tst_employeerules.moc"
