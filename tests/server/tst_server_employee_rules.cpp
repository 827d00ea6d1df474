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
    // Night attacker: the rules compared text as typed, not as it looks.
    void lookalikeNumbersAreTheSameNumber();
    void lookalikeDepartmentsAreTheSameDepartment();
    void hiddenAndFullWidthFormulasAreRefused_data();
    void hiddenAndFullWidthFormulasAreRefused();
    void oddEmailFormsAreRefused_data();
    void oddEmailFormsAreRefused();
    void controlCharactersAreRefused_data();
    void controlCharactersAreRefused();
    void minorUnitsBeyondExactIntegersAreRefused();

private:
    DomainReply create(const QJsonObject& body)
    {
        return m_client.as(kAdmin, "POST", QStringLiteral("/employees"), body);
    }
    // A create whose field holds `escaped`, written into the body bytes as the JSON text
    // `"escaped"` (so \u200b arrives as the escape the attacker sent, not as raw UTF-8).
    DomainReply createWithRaw(const QString& number, const QString& field,
                              const QByteArray& escaped)
    {
        QJsonObject body = employeeBody(number);
        body.insert(field, QStringLiteral("@@RAW@@"));
        QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        bytes.replace("\"@@RAW@@\"", escaped);
        return m_client.send("POST",
                             QStringLiteral("/api/v1/orgs/%1/employees").arg(m_client.acme()),
                             bytes, m_client.token(kAdmin));
    }
    // A create with field set to value (raw JSON) is 422 naming field.
    void expectRefusedOn(const QString& field, const QByteArray& value)
    {
        const DomainReply reply =
            createWithRaw(QStringLiteral("RULE-X%1").arg(++m_serial), field, value);
        QCOMPARE(reply.status, 422);
        QVERIFY2(fieldsOf(reply).contains(field), reply.body.constData());
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

void TestServerEmployeeRules::lookalikeNumbersAreTheSameNumber()
{
    QCOMPARE(create(employeeBody(QStringLiteral("RULE-0060"))).status, 201);
    // Zero-width space and joiner, word joiner, soft hyphen, full-width letters and digits,
    // a non-breaking hyphen, a full-width hyphen, an ideographic space, a tag character.
    for (const QByteArray& lookalike :
         {QByteArray(R"("RULE-0060\u200b")"), QByteArray(R"("\u200dRULE-0060")"),
          QByteArray(R"("RU\u2060LE-0060")"), QByteArray(R"("RU\u00adLE-0060")"),
          QByteArray(R"("\uff32\uff35\uff2c\uff25-0060")"), QByteArray(R"("RULE-\uff10060")"),
          QByteArray(R"("RULE\u20110060")"), QByteArray(R"("RULE\uff0d0060")"),
          QByteArray(R"("\u3000rule-0060")"), QByteArray(R"("RULE-0060\udb40\udc41")")}) {
        const DomainReply reply =
            createWithRaw(QStringLiteral("RULE-0061"), QStringLiteral("employee_no"), lookalike);
        QVERIFY2(reply.status == 422, lookalike.constData());
        QVERIFY2(fieldsOf(reply).contains(QStringLiteral("employee_no")), reply.body.constData());
    }
    // Stored as it looks, so the database's unique index sees the same text.
    const DomainReply stored =
        createWithRaw(QStringLiteral("RULE-0062"), QStringLiteral("employee_no"),
                      R"("\uff32ULE\u20110062\u200b")");
    QCOMPARE(stored.status, 201);
    QCOMPARE(stored.json().value(QStringLiteral("employee_no")).toString(),
             QStringLiteral("RULE-0062"));
    QCOMPARE(create(employeeBody(QStringLiteral("rule-0062"))).status, 422);
}

void TestServerEmployeeRules::lookalikeDepartmentsAreTheSameDepartment()
{
    QCOMPARE(create(employeeBody(QStringLiteral("RULE-0070"))).status, 201); // Finance
    int n = 0;
    for (const QByteArray& same :
         {QByteArray(R"("\uff26inance")"), QByteArray(R"("Fin\u200bance")"),
          QByteArray(R"("\u202eFinance")")}) {
        const DomainReply reply = createWithRaw(QStringLiteral("RULE-007%1").arg(++n),
                                                QStringLiteral("department"), same);
        QVERIFY2(reply.status == 201, reply.body.constData());
        QCOMPARE(reply.json().value(QStringLiteral("department")).toString(),
                 QStringLiteral("Finance"));
    }
    const DomainReply variant = createWithRaw(QStringLiteral("RULE-0079"),
                                              QStringLiteral("department"), R"("\uff46inance")");
    QCOMPARE(variant.status, 422);
    QVERIFY2(fieldsOf(variant)
                 .value(QStringLiteral("department"))
                 .toString()
                 .contains(QStringLiteral("\"Finance\"")),
             variant.body.constData());
}

void TestServerEmployeeRules::hiddenAndFullWidthFormulasAreRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("full-width =") << "full_name" << QByteArray(R"("\uff1dHYPERLINK")");
    QTest::newRow("full-width +") << "full_name" << QByteArray(R"("\uff0bcmd")");
    QTest::newRow("full-width -") << "position" << QByteArray(R"("\uff0d2+3")");
    QTest::newRow("full-width @") << "bank_name" << QByteArray(R"("\uff20SUM")");
    QTest::newRow("small =") << "full_name" << QByteArray(R"("\ufe66cmd")");
    QTest::newRow("zero-width space =") << "full_name" << QByteArray(R"("\u200b=1+1")");
    QTest::newRow("word joiner +") << "national_id" << QByteArray(R"("\u2060+S1")");
    QTest::newRow("no-break space =") << "department" << QByteArray(R"("\u00a0=x")");
    QTest::newRow("ideographic space @") << "bank_account" << QByteArray(R"("\u3000@1")");
    QTest::newRow("em space -") << "employee_no" << QByteArray(R"("\u2003-RULE")");
    QTest::newRow("mixed") << "full_name" << QByteArray(R"("\u200b \u2007\u200c=1")");
}

void TestServerEmployeeRules::hiddenAndFullWidthFormulasAreRefused()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, value);
    expectRefusedOn(field, value);
}

void TestServerEmployeeRules::oddEmailFormsAreRefused_data()
{
    QTest::addColumn<QByteArray>("email");
    QTest::newRow("leading dot") << QByteArray(R"(".a@rules.acme.example")");
    QTest::newRow("trailing dot") << QByteArray(R"("a.@rules.acme.example")");
    QTest::newRow("consecutive dots") << QByteArray(R"("a..b@rules.acme.example")");
    QTest::newRow("IP literal") << QByteArray(R"("a@[127.0.0.1]")");
    QTest::newRow("IPv6 literal") << QByteArray(R"("a@[IPv6:::1]")");
    QTest::newRow("bare IP") << QByteArray(R"("a@127.0.0.1")");
    QTest::newRow("no-break space") << QByteArray(R"("a\u00a0b@rules.acme.example")");
    QTest::newRow("line separator") << QByteArray(R"("a\u2028@rules.acme.example")");
    QTest::newRow("C1 control") << QByteArray(R"("a\u0085@rules.acme.example")");
}

void TestServerEmployeeRules::oddEmailFormsAreRefused()
{
    QFETCH(QByteArray, email);
    expectRefusedOn(QStringLiteral("email"), email);
}

void TestServerEmployeeRules::controlCharactersAreRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("bell in name") << "full_name" << QByteArray(R"("Ann\u0007Lee")");
    QTest::newRow("newline in name") << "full_name" << QByteArray(R"("Ann\nLee")");
    QTest::newRow("escape in position") << "position" << QByteArray(R"("Clerk\u001b[31m")");
    QTest::newRow("NEL in department") << "department" << QByteArray(R"("Fin\u0085ance")");
    QTest::newRow("DEL in bank name") << "bank_name" << QByteArray(R"("DBS\u007f")");
    QTest::newRow("tab in bank account") << "bank_account" << QByteArray(R"("123\t456")");
    QTest::newRow("CSI in national id") << "national_id" << QByteArray(R"("S123\u009b4567D")");
    QTest::newRow("SOH in employee no") << "employee_no" << QByteArray(R"("RULE\u0001X")");
}

void TestServerEmployeeRules::controlCharactersAreRefused()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, value);
    expectRefusedOn(field, value);
}

void TestServerEmployeeRules::minorUnitsBeyondExactIntegersAreRefused()
{
    // Past 2^53 - 1 a JSON number read as a double rounds: 2^53 + 1 was stored as 2^53.
    int n = 0;
    for (const QByteArray& amount :
         {QByteArray("9007199254740992"), QByteArray("9007199254740993"),
          QByteArray("-9007199254740993"), QByteArray("9223372036854775807"),
          QByteArray("9007199254740993.0"), QByteArray("1e300")}) {
        const DomainReply reply =
            createWithRaw(QStringLiteral("RULE-008%1").arg(n++), QStringLiteral("base_salary"),
                          R"({"amount":)" + amount + R"(,"currency":"SGD"})");
        QVERIFY2(reply.status == 422, amount.constData());
        QVERIFY2(fieldsOf(reply)
                     .value(QStringLiteral("base_salary"))
                     .toString()
                     .contains(QStringLiteral("9007199254740991")),
                 reply.body.constData());
    }
    // The largest exact amount is kept to the unit.
    const DomainReply largest =
        createWithRaw(QStringLiteral("RULE-0089"), QStringLiteral("base_salary"),
                      R"({"amount":9007199254740991,"currency":"SGD"})");
    QCOMPARE(largest.status, 201);
    QVERIFY2(largest.body.contains(R"("amount":9007199254740991)"), largest.body.constData());
}

QTEST_MAIN(TestServerEmployeeRules)
#include "tst_server_employee_rules.moc"
