#include "core/Money.h"

#include <QJsonDocument>
#include <QTest>

using namespace purser;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip();
    void refusesNonIntegerAndBadCurrency_data();
    void refusesNonIntegerAndBadCurrency();
    void display_data();
    void display();
};

void TestMoney::jsonRoundTrip()
{
    const Money salary{525000, QStringLiteral("SGD")};
    const QByteArray json = QJsonDocument(salary.toJson()).toJson(QJsonDocument::Compact);
    QCOMPARE(json, QByteArray(R"({"amount":525000,"currency":"SGD"})"));
    QCOMPARE(Money::fromJson(QJsonDocument::fromJson(json).object()), std::optional<Money>(salary));
    // The largest amount every JSON reader holds exactly (2^53 - 1) survives the trip.
    const Money big{9007199254740991LL, QStringLiteral("MYR")};
    QCOMPARE(
        Money::fromJson(QJsonDocument::fromJson(QJsonDocument(big.toJson()).toJson()).object()),
        std::optional<Money>(big));
}

void TestMoney::refusesNonIntegerAndBadCurrency_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("fraction") << QByteArray(R"({"amount":12.5,"currency":"SGD"})");
    QTest::newRow("string amount") << QByteArray(R"({"amount":"1250","currency":"SGD"})");
    QTest::newRow("lowercase currency") << QByteArray(R"({"amount":1250,"currency":"sgd"})");
    QTest::newRow("long currency") << QByteArray(R"({"amount":1250,"currency":"SGDX"})");
    QTest::newRow("missing currency") << QByteArray(R"({"amount":1250})");
    QTest::newRow("too large") << QByteArray(R"({"amount":1e300,"currency":"SGD"})");
    // Night attacker: past 2^53 - 1 a double rounds (2^53 + 1 was stored as 2^53).
    QTest::newRow("2^53") << QByteArray(R"({"amount":9007199254740992,"currency":"SGD"})");
    QTest::newRow("2^53 + 1") << QByteArray(R"({"amount":9007199254740993,"currency":"SGD"})");
    QTest::newRow("-2^53") << QByteArray(R"({"amount":-9007199254740992,"currency":"SGD"})");
    QTest::newRow("int64 max") << QByteArray(R"({"amount":9223372036854775807,"currency":"SGD"})");
    QTest::newRow("2^53 + 1 as a decimal")
        << QByteArray(R"({"amount":9007199254740993.0,"currency":"SGD"})");
}

void TestMoney::refusesNonIntegerAndBadCurrency()
{
    QFETCH(QByteArray, json);
    QVERIFY(!Money::fromJson(QJsonDocument::fromJson(json).object()));
}

void TestMoney::display_data()
{
    QTest::addColumn<Money>("money");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sgd") << Money{525000, QStringLiteral("SGD")} << QStringLiteral("SGD 5,250.00");
    QTest::newRow("cents") << Money{7, QStringLiteral("MYR")} << QStringLiteral("MYR 0.07");
    QTest::newRow("negative") << Money{-123456, QStringLiteral("SGD")}
                              << QStringLiteral("SGD -1,234.56");
    QTest::newRow("yen") << Money{1500, QStringLiteral("JPY")} << QStringLiteral("JPY 1,500");
    QTest::newRow("dinar") << Money{1234, QStringLiteral("KWD")} << QStringLiteral("KWD 1.234");
    QTest::newRow("min") << Money{std::numeric_limits<qint64>::min(), QStringLiteral("SGD")}
                         << QStringLiteral("SGD -92,233,720,368,547,758.08");
}

void TestMoney::display()
{
    QFETCH(Money, money);
    QFETCH(QString, expected);
    QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(money.toDisplayString(english), expected);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
