#include "core/Employee.h"
#include "core/EmployeeJson.h"
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
    void writtenJsonIsWhatQJsonDocumentWrites();
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

// appendEmployeeJson (list pages) against QJsonDocument(toJson()) for every shape a record
// takes and strings a hostile writer could store: quotes, backslashes, every control
// character, DEL, non-BMP, U+2028/U+2029, unpaired surrogates, empty strings.
void TestEmployee::writtenJsonIsWhatQJsonDocumentWrites()
{
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c) {
        controls += QChar(c);
    }
    const QList<QString> hostile{
        QString(),
        QStringLiteral("\"quoted\" \\ back\\slash / solidus"),
        controls,
        QString::fromUtf16(u"\u007f DEL \u0080 \u00ff \u07ff \u0800 \uffff"),
        QString::fromUtf16(u"emoji \U0001F600 \U0010FFFF \u2028 line \u2029 para"),
        QString(QChar(0xd800)) + QStringLiteral("lone high"),
        QStringLiteral("lone low") + QChar(0xdfff),
        QString(QChar(0xdbff)) + QChar(0xdbff) + QChar(0xdc00),
        QStringLiteral("</script><script>alert(1)</script>"),
    };
    int checked = 0;
    for (const QString& text : hostile) {
        for (int shape = 0; shape < 8; ++shape) {
            Employee e = sample();
            e.fullName = text;
            e.department = text;
            e.email = text + QStringLiteral("@x");
            if (shape & 1) {
                e.endDate = QDate(2027, 1, 31);
                e.managerId = text;
                e.userId = QStringLiteral("u-") + text;
            }
            if (shape & 2) {
                e.nationalId.reset();
                e.bankName.reset();
                e.bankAccount.reset();
                e.baseSalary.reset();
            } else {
                e.bankName = text;
                e.baseSalary = Money{-9007199254740991LL, text};
            }
            if (shape & 4) {
                e.integrityErrors = {QStringLiteral("national_id"), text};
                e.version = 9007199254740992LL;
                e.updatedAt = QDateTime();
                e.startDate = QDate();
            }
            QByteArray written;
            appendEmployeeJson(written, e);
            QCOMPARE(written, QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact));
            ++checked;
        }
    }
    QCOMPARE(checked, int(hostile.size()) * 8);
}

QTEST_GUILESS_MAIN(TestEmployee)
#include "tst_employee.moc"
