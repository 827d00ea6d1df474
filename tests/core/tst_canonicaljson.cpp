#include "core/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace purser;

class TestCanonicalJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortsKeysByUtf16CodeUnits();
    void minimalEscapingAndNoWhitespace();
    void nestedStructures();
    void refusesFloatingPoint();
    void refusesUnpairedSurrogates();
    void refusesTextThatDoesNotComeBack();
};

void TestCanonicalJson::sortsKeysByUtf16CodeUnits()
{
    // RFC 8785 section 3.2.3: U+1F600 (surrogates D83D DE00) sorts before U+FB33 in UTF-16
    // order, although its code point is larger.
    const QByteArray input =
        R"({"\u20ac":"Euro Sign","\r":"Carriage Return","\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One","\ud83d\ude00":"Emoji: Grinning Face","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis"})";
    const auto out = canonicalJson(QJsonDocument::fromJson(input).object());
    QVERIFY(out);
    const QString text = QString::fromUtf8(*out);
    const QStringList order = {QStringLiteral("Carriage Return"),
                               QStringLiteral("One"),
                               QStringLiteral("Control"),
                               QStringLiteral("Latin Small Letter O With Diaeresis"),
                               QStringLiteral("Euro Sign"),
                               QStringLiteral("Emoji: Grinning Face"),
                               QStringLiteral("Hebrew Letter Dalet With Dagesh")};
    qsizetype last = -1;
    for (const QString& value : order) {
        const qsizetype at = text.indexOf(value);
        QVERIFY2(at > last, qPrintable(value));
        last = at;
    }
}

void TestCanonicalJson::minimalEscapingAndNoWhitespace()
{
    QJsonObject object{{QStringLiteral("b"),
                        QStringLiteral("quote \" slash / back \\ tab \t nl \n bell \x07 é €")},
                       {QStringLiteral("a"), 42},
                       {QStringLiteral("c"), QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("d"), true}};
    const auto out = canonicalJson(object);
    QVERIFY(out);
    QCOMPARE(*out, QByteArray("{\"a\":42,\"b\":\"quote \\\" slash / back \\\\ tab \\t nl \\n bell "
                              "\\u0007 \xc3\xa9 \xe2\x82\xac\",\"c\":null,\"d\":true}"));
}

void TestCanonicalJson::nestedStructures()
{
    const QByteArray input =
        R"({ "z": [3, {"y": 1, "x": [] }], "changes": {"salary": ["[redacted]", "[redacted]"]} })";
    const auto out = canonicalJson(QJsonDocument::fromJson(input).object());
    QVERIFY(out);
    QCOMPARE(
        *out,
        QByteArray(R"({"changes":{"salary":["[redacted]","[redacted]"]},"z":[3,{"x":[],"y":1}]})"));
}

void TestCanonicalJson::refusesFloatingPoint()
{
    QVERIFY(!canonicalJson(QJsonObject{{QStringLiteral("amount"), 1.5}}));
    QVERIFY(!canonicalJson(QJsonArray{1e300}));
    QVERIFY(canonicalJson(QJsonObject{{QStringLiteral("seq"), 9007199254740992.0}}));
}

// Found by fuzz_canonical_json: {"":"\uDD0E"} canonicalised to bytes that parse to U+FFFD.
void TestCanonicalJson::refusesUnpairedSurrogates()
{
    const QJsonObject lone = QJsonDocument::fromJson(R"({"":"\uDD0E"})").object();
    QVERIFY(hasUnpairedSurrogate(lone));
    QVERIFY(!canonicalJson(lone));
    const QJsonObject key = QJsonDocument::fromJson(R"({"a\uD800":1})").object();
    QVERIFY(hasUnpairedSurrogate(key));
    QVERIFY(!canonicalJson(key));
    const QJsonArray nested = QJsonDocument::fromJson(R"([1,{"x":["\uDFFF"]}])").array();
    QVERIFY(hasUnpairedSurrogate(nested));
    QVERIFY(!canonicalJson(nested));
    // A pair is one character (U+1F600), kept and written as UTF-8.
    const QJsonObject pair = QJsonDocument::fromJson(R"({"e":"\uD83D\uDE00"})").object();
    QVERIFY(!hasUnpairedSurrogate(pair));
    QCOMPARE(*canonicalJson(pair), QByteArray("{\"e\":\"\xF0\x9F\x98\x80\"}"));
}

// Night attacker: text that a database or UTF-8 decoder does not give back as it came (a
// byte-order mark, a noncharacter, NUL) is refused at the door with the lone surrogates.
void TestCanonicalJson::refusesTextThatDoesNotComeBack()
{
    const auto holds = [](const QString& text) {
        return hasUnstorableText(QJsonObject{{QStringLiteral("v"), text}});
    };
    QVERIFY(holds(QChar(0xFEFF) + QStringLiteral("Lead")));
    QVERIFY(holds(QStringLiteral("Mid") + QChar(0xFEFF)));
    QVERIFY(holds(QChar(0xFFFF) + QStringLiteral(" x")));
    QVERIFY(holds(QChar(0xFFFE)));
    QVERIFY(holds(QChar(0xFDD0)));
    QVERIFY(holds(QString::fromUcs4(U"x\U0010FFFF")));
    QVERIFY(holds(QStringLiteral("A") + QChar(0) + QStringLiteral("B")));
    QVERIFY(hasUnstorableText(QJsonObject{{QChar(0xFEFF) + QStringLiteral("key"), 1}}));
    QVERIFY(hasUnstorableText(QJsonArray{1, QJsonArray{QString(QChar(0xFFFF))}}));
    QVERIFY(holds(QString(QChar(0xD800)))); // lone surrogates too
    QVERIFY(!holds(QStringLiteral("Zo\u00eb a\r\nb \u2028 \u00e9")));
    QVERIFY(!holds(QString::fromUcs4(U"\U0001F600 \uFFFD")));
}

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"
