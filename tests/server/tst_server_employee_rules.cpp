// The employee rules an outside attacker found the API checked less strictly than the CSV
// import (core's EmployeeInput is now the one set): employee numbers unique whatever their
// letter case and surrounding spaces, no text a spreadsheet would run as a formula, real email
// addresses, departments spelled as the organisation spells them, whole minor units. Through
// the real server on SQLite or PostgreSQL (PURSER_TEST_BACKEND).
#include "tests/support/DomainTestClient.h"

#include <QTest>

using purser::test::DomainReply;
using purser::test::DomainTestClient;

namespace {
const QString kAdmin = QStringLiteral("admin@acme.example");

QJsonObject employeeBody(const QString& number)
{
    return {{QStringLiteral("employee_no"), number},
            {QStringLiteral("full_name"), QStringLiteral("Rule Person ") + number.trimmed()},
            {QStringLiteral("email"),
             number.trimmed().toLower() + QStringLiteral("@rules.acme.example")},
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

QJsonObject fieldsOf(const DomainReply& reply)
{
    return reply.json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("fields"))
        .toObject();
}
} // namespace

class TestServerEmployeeRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void employeeNumbersIgnoreCaseAndSpaces();
    void patchToACaseVariantIsRefused();
    void formulaLikeTextIsRefused_data();
    void formulaLikeTextIsRefused();
    void legitimateTextIsAccepted();
    void looseEmailsAreRefused_data();
    void looseEmailsAreRefused();
    void departmentsAreSpelledAsTheOrganisationSpellsThem();
    void nonIntegralMinorUnitsAreRefused();
    void textThatDoesNotComeBackAsItWentIsRefused();

private:
    DomainReply create(const QJsonObject& body)
    {
        return m_client.as(kAdmin, "POST", QStringLiteral("/employees"), body);
    }
    DomainTestClient m_client;
    int m_serial = 0;
};

void TestServerEmployeeRules::initTestCase()
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

void TestServerEmployeeRules::cleanupTestCase()
{
    QCOMPARE(m_client.stop(), 0);
}

void TestServerEmployeeRules::employeeNumbersIgnoreCaseAndSpaces()
{
    QCOMPARE(create(employeeBody(QStringLiteral("RULE-0001"))).status, 201);
    for (const QString& variant : {QStringLiteral("RULE-0001 "), QStringLiteral(" RULE-0001"),
                                   QStringLiteral("rule-0001"), QStringLiteral("Rule-0001\t")}) {
        const DomainReply reply = create(employeeBody(variant));
        QVERIFY2(reply.status == 422, qPrintable(variant));
        QVERIFY2(fieldsOf(reply).contains(QStringLiteral("employee_no")), qPrintable(variant));
    }
    // Stored without the surrounding spaces.
    const DomainReply spaced = create(employeeBody(QStringLiteral("  RULE-0002 ")));
    QCOMPARE(spaced.status, 201);
    QCOMPARE(spaced.json().value(QStringLiteral("employee_no")).toString(),
             QStringLiteral("RULE-0002"));
}

void TestServerEmployeeRules::patchToACaseVariantIsRefused()
{
    QCOMPARE(create(employeeBody(QStringLiteral("RULE-0010"))).status, 201);
    const DomainReply other = create(employeeBody(QStringLiteral("RULE-0011")));
    QCOMPARE(other.status, 201);
    const QString path =
        QStringLiteral("/employees/") + other.json().value(QStringLiteral("id")).toString();
    DomainReply reply = m_client.as(kAdmin, "PATCH", path,
                                    {{QStringLiteral("employee_no"), QStringLiteral("rule-0010")}},
                                    {{"If-Match", "\"1\""}});
    QCOMPARE(reply.status, 422);
    QVERIFY(fieldsOf(reply).contains(QStringLiteral("employee_no")));
    // Its own number in another case is not someone else's.
    reply = m_client.as(kAdmin, "PATCH", path,
                        {{QStringLiteral("employee_no"), QStringLiteral("rule-0011")}},
                        {{"If-Match", "\"1\""}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("employee_no")).toString(),
             QStringLiteral("rule-0011"));
}

void TestServerEmployeeRules::formulaLikeTextIsRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("name =") << "full_name"
                            << "=HYPERLINK(\"http://evil.example\",\"x\")";
    QTest::newRow("name +") << "full_name"
                            << "+1+cmd|' /C calc'!A0";
    QTest::newRow("name -") << "full_name"
                            << "-2+3";
    QTest::newRow("name @") << "full_name"
                            << "@SUM(1+1)";
    QTest::newRow("name tab") << "full_name"
                              << "\t=1+1";
    QTest::newRow("name CR") << "full_name"
                             << "\r=1+1";
    QTest::newRow("name spaced =") << "full_name"
                                   << "  =1+1";
    QTest::newRow("national id") << "national_id"
                                 << "=S1234567D";
    QTest::newRow("bank account") << "bank_account"
                                  << "+123456";
    QTest::newRow("bank name") << "bank_name"
                               << "@DBS";
    QTest::newRow("position") << "position"
                              << "=cmd";
    QTest::newRow("department") << "department"
                                << "=Finance";
    QTest::newRow("employee no") << "employee_no"
                                 << "=RULE";
}

void TestServerEmployeeRules::formulaLikeTextIsRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QJsonObject body = employeeBody(QStringLiteral("RULE-F%1").arg(++m_serial));
    body.insert(field, value);
    const DomainReply reply = create(body);
    QCOMPARE(reply.status, 422);
    QVERIFY2(fieldsOf(reply).contains(field), reply.body.constData());
}

void TestServerEmployeeRules::legitimateTextIsAccepted()
{
    // Hyphens, plus signs and at signs inside a value are not formulas.
    QJsonObject body = employeeBody(QStringLiteral("RULE-0020"));
    body.insert(QStringLiteral("full_name"), QStringLiteral("Anne-Marie O'Neil + Co @ Home"));
    body.insert(QStringLiteral("bank_account"), QStringLiteral("123-456-789"));
    QCOMPARE(create(body).status, 201);
}

void TestServerEmployeeRules::looseEmailsAreRefused_data()
{
    QTest::addColumn<QString>("email");
    QTest::newRow("two at signs") << "a@b@acme.example";
    QTest::newRow("space") << "a b@acme.example";
    QTest::newRow("no local part") << "@acme.example";
    QTest::newRow("no domain") << "someone@";
    QTest::newRow("no dot in domain") << "someone@localhost";
    QTest::newRow("dot at domain end") << "someone@acme.";
    QTest::newRow("control") << "some\x01one@acme.example";
    QTest::newRow("formula") << "=1+1@acme.example";
}

void TestServerEmployeeRules::looseEmailsAreRefused()
{
    QFETCH(QString, email);
    QJsonObject body = employeeBody(QStringLiteral("RULE-E%1").arg(++m_serial));
    body.insert(QStringLiteral("email"), email);
    const DomainReply reply = create(body);
    QCOMPARE(reply.status, 422);
    QVERIFY2(fieldsOf(reply).contains(QStringLiteral("email")), reply.body.constData());
}

void TestServerEmployeeRules::departmentsAreSpelledAsTheOrganisationSpellsThem()
{
    QCOMPARE(create(employeeBody(QStringLiteral("RULE-0030"))).status, 201); // Finance
    QJsonObject body = employeeBody(QStringLiteral("RULE-0031"));
    for (const QString& variant :
         {QStringLiteral("finance"), QStringLiteral("FINANCE "), QStringLiteral(" Finance")}) {
        body.insert(QStringLiteral("department"), variant);
        const DomainReply reply = create(body);
        QVERIFY2(reply.status == 422, qPrintable(variant));
        QVERIFY2(fieldsOf(reply)
                     .value(QStringLiteral("department"))
                     .toString()
                     .contains(QStringLiteral("Finance")),
                 reply.body.constData());
    }
    // A new department is a decision the HR admin may take (the form offers it).
    body.insert(QStringLiteral("department"), QStringLiteral("Rules Office"));
    QCOMPARE(create(body).status, 201);
}

void TestServerEmployeeRules::nonIntegralMinorUnitsAreRefused()
{
    QJsonObject body = employeeBody(QStringLiteral("RULE-0040"));
    body.insert(QStringLiteral("base_salary"),
                QJsonObject{{QStringLiteral("amount"), 1.5},
                            {QStringLiteral("currency"), QStringLiteral("SGD")}});
    const DomainReply reply = create(body);
    QCOMPARE(reply.status, 422);
    QVERIFY(fieldsOf(reply).contains(QStringLiteral("base_salary")));
}

// Night attacker (high): a name starting with U+FEFF, or holding U+FFFF, was stored but read
// back changed, so its audit entry's hash no longer matched what the log served, and the
// organisation got no signed checkpoint again ("audit_integrity" for good). A member's claim
// description was enough. Such text is refused for every JSON body, before any hash.
void TestServerEmployeeRules::textThatDoesNotComeBackAsItWentIsRefused()
{
    // Written as JSON escapes, as the attacker sent them (a JSON writer may send raw UTF-8,
    // which the parser here already turns into U+FFFD).
    const QList<QByteArray> unstorable{"\\ufeffLead", "\\uffff x", "A\\u0000B", "x\\ud83f\\udffe",
                                       "Mid\\ufdd0"};
    const QString path = QStringLiteral("/api/v1/orgs/%1/employees").arg(m_client.acme());
    const QString token = m_client.token(kAdmin);
    int n = 0;
    for (const QByteArray& name : unstorable) {
        QByteArray body = QJsonDocument(employeeBody(QStringLiteral("RULE-005%1").arg(n++)))
                              .toJson(QJsonDocument::Compact);
        body.replace("\"full_name\":\"", "\"full_name\":\"" + name);
        const DomainReply reply = m_client.send("POST", path, body, token);
        QVERIFY2(reply.status == 400, name.constData());
        QVERIFY2(reply.body.contains("byte-order mark"), reply.body.constData());
    }
    // Characters that do come back as they went stay welcome.
    QByteArray body =
        QJsonDocument(employeeBody(QStringLiteral("RULE-0059"))).toJson(QJsonDocument::Compact);
    body.replace("\"full_name\":\"", "\"full_name\":\"Zo\\u00eb\\u2028\\ud83d\\ude00 ");
    QCOMPARE(m_client.send("POST", path, body, token).status, 201);
    const DomainReply checkpoint = m_client.as(QStringLiteral("auditor@acme.example"), "GET",
                                               QStringLiteral("/audit-log/checkpoint"));
    QCOMPARE(checkpoint.status, 200);
}

QTEST_MAIN(TestServerEmployeeRules)
#include "tst_server_employee_rules.moc"
