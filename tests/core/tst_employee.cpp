#include "core/Employee.h"
#include "core/EmployeeVisibility.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace purser;

class TestEmployee : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip();
    void sensitiveKeysAbsentNotNull();
    void validationNamesEachBadField();
    void visibilityPerRole();
};

static Employee sample()
{
    Employee e;
    e.id = QStringLiteral("0b6f3d1e-8c1a-4c1e-9d2f-1a2b3c4d5e6f");
    e.employeeNo = QStringLiteral("E0001");
    e.fullName = QStringLiteral("Tan Wei Ling");
    e.email = QStringLiteral("weiling.tan@acme.example");
    e.department = QStringLiteral("Finance");
    e.position = QStringLiteral("Accountant");
    e.employmentType = QStringLiteral("full_time");
    e.startDate = QDate(2021, 3, 1);
    e.status = QStringLiteral("active");
    e.version = 3;
    e.updatedAt = QDateTime(QDate(2026, 11, 21), QTime(9, 30, 0, 123), QTimeZone::utc());
    e.nationalId = QStringLiteral("S8812345D");
    e.bankName = QStringLiteral("DBS Bank");
    e.bankAccount = QStringLiteral("012-345678-9");
    e.baseSalary = Money{650000, QStringLiteral("SGD")};
    return e;
}

void TestEmployee::jsonRoundTrip()
{
    const Employee e = sample();
    const QJsonObject json = e.toJson();
    QCOMPARE(json.value(QStringLiteral("updated_at")).toString(),
             QStringLiteral("2026-11-21T09:30:00.123Z"));
    QCOMPARE(json.value(QStringLiteral("start_date")).toString(), QStringLiteral("2021-03-01"));
    const auto back =
        Employee::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
    QVERIFY(back);
    QCOMPARE(*back, e);
}

void TestEmployee::sensitiveKeysAbsentNotNull()
{
    Employee e = sample();
    EmployeeVisibility::forOthers(Role::Viewer).apply(e);
    const QJsonObject json = e.toJson();
    for (const char* key : {"national_id", "bank_name", "bank_account", "base_salary"}) {
        QVERIFY2(!json.contains(QLatin1String(key)), key);
    }
    QVERIFY(!QJsonDocument(json).toJson().contains("S8812345D"));
}

void TestEmployee::validationNamesEachBadField()
{
    QJsonObject json = sample().toJson();
    json.insert(QStringLiteral("employment_type"), QStringLiteral("freelance"));
    json.insert(QStringLiteral("start_date"), QStringLiteral("2021-02-30"));
    json.insert(QStringLiteral("base_salary"), QJsonObject{{QStringLiteral("amount"), 1.5}});
    json.remove(QStringLiteral("full_name"));
    FieldErrors errors;
    QVERIFY(!Employee::fromJson(json, &errors));
    QVERIFY(errors.contains(QStringLiteral("employment_type")));
    QVERIFY(errors.contains(QStringLiteral("start_date")));
    QVERIFY(errors.contains(QStringLiteral("base_salary")));
    QVERIFY(errors.contains(QStringLiteral("full_name")));
    QVERIFY(!errors.contains(QStringLiteral("email")));
}

void TestEmployee::visibilityPerRole()
{
    struct Case
    {
        Role role;
        bool own;
        bool nationalId;
        bool bank;
    };
    const Case cases[] = {
        {Role::Owner, false, true, true},    {Role::Admin, false, true, true},
        {Role::Finance, false, false, true}, {Role::Auditor, false, false, false},
        {Role::Viewer, false, false, false}, {Role::Member, true, true, true},
        {Role::Member, false, false, false},
    };
    for (const Case& c : cases) {
        Employee e = sample();
        const EmployeeVisibility v = EmployeeVisibility::forReader(c.role, c.own);
        v.apply(e);
        QCOMPARE(e.nationalId.has_value(), c.nationalId);
        QCOMPARE(e.bankAccount.has_value(), c.bank);
        QCOMPARE(e.baseSalary.has_value(), c.bank);
    }
    QVERIFY(!EmployeeVisibility::forReader(Role::Member, false).record);
}

QTEST_GUILESS_MAIN(TestEmployee)
#include "tst_employee.moc"
