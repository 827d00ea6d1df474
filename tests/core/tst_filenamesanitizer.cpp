#include "core/FilenameSanitizer.h"

#include <QTest>

using namespace purser;

class TestFilenameSanitizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitize_data();
    void sanitize();
    void longNamesKeepTheirExtension();
    void sanitisingTwiceChangesNothing();
};

void TestFilenameSanitizer::sanitize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("taxi 2026-11.pdf")
                           << QStringLiteral("taxi 2026-11.pdf");
    QTest::newRow("unix traversal")
        << QStringLiteral("../../etc/passwd") << QStringLiteral("passwd");
    QTest::newRow("windows traversal")
        << QStringLiteral("..\\..\\Windows\\win.ini") << QStringLiteral("win.ini");
    QTest::newRow("hidden") << QStringLiteral(".bashrc") << QStringLiteral("bashrc");
    QTest::newRow("only dots") << QStringLiteral("..") << QStringLiteral("receipt");
    QTest::newRow("empty") << QString() << QStringLiteral("receipt");
    QTest::newRow("reserved chars")
        << QStringLiteral("a<b>c:d\"e|f?g*.png") << QStringLiteral("a_b_c_d_e_f_g_.png");
    QTest::newRow("newline header injection") << QStringLiteral("x\r\nContent-Type: text.pdf")
                                              << QStringLiteral("x__Content-Type_ text.pdf");
    QTest::newRow("rtl override") << QStringLiteral("receipt\u202Egpj.exe")
                                  << QStringLiteral("receipt_gpj.exe");
    QTest::newRow("device name") << QStringLiteral("CON.pdf") << QStringLiteral("_CON.pdf");
    QTest::newRow("unicode kept") << QStringLiteral("收据 tháng 11.jpg")
                                  << QStringLiteral("收据 tháng 11.jpg");
}

void TestFilenameSanitizer::sanitize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(sanitizeFilename(input), expected);
}

void TestFilenameSanitizer::longNamesKeepTheirExtension()
{
    const QString name = QString(500, u'a') + QStringLiteral(".pdf");
    const QString clean = sanitizeFilename(name);
    QCOMPARE(clean.size(), 200);
    QVERIFY(clean.endsWith(QStringLiteral(".pdf")));
}

void TestFilenameSanitizer::sanitisingTwiceChangesNothing()
{
    // Found by fuzz_filename: a cut at 200 characters exposed a trailing dot or space.
    const QStringList names = {QString(199, u'a') + QStringLiteral(". tail"),
                               QString(199, u'b') + QStringLiteral("  c"),
                               QString(199, u'x') + QStringLiteral("\U0001F600rest"),
                               QStringLiteral("CON"), QStringLiteral(" . .hidden. . ")};
    for (const QString& name : names) {
        const QString once = sanitizeFilename(name);
        QCOMPARE(sanitizeFilename(once), once);
        QVERIFY(!once.endsWith(u'.') && !once.endsWith(u' '));
        QVERIFY(!once.isEmpty() && !once.back().isHighSurrogate());
    }
}

QTEST_GUILESS_MAIN(TestFilenameSanitizer)
#include "tst_filenamesanitizer.moc"
