#include "core/FilenameSanitizer.h"

#include <QTest>

using namespace purser;

Q_DECLARE_METATYPE(purser::ReceiptType)

class TestFilenameSanitizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitize_data();
    void sanitize();
    void longNamesKeepTheirExtension();
    void sanitisingTwiceChangesNothing();
    void extensionIsTheSniffedType_data();
    void extensionIsTheSniffedType();
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
                                  << QStringLiteral("receiptgpj.exe");
    QTest::newRow("bidi and zero-width")
        << QStringLiteral("\u2066in\u200Bvo\u200Eice\u2069\u061C.pdf\uFEFF")
        << QStringLiteral("invoice.pdf");
    QTest::newRow("nul ends the name")
        << QStringLiteral("a.png") + QChar(u'\0') + QStringLiteral(".html")
        << QStringLiteral("a.png");
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

void TestFilenameSanitizer::extensionIsTheSniffedType_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<ReceiptType>("type");
    QTest::addColumn<QString>("expected");
    QTest::newRow("html holding a png")
        << QStringLiteral("a.html") << ReceiptType::Png << QStringLiteral("a.png");
    QTest::newRow("exe holding a pdf")
        << QStringLiteral("invoice.exe") << ReceiptType::Pdf << QStringLiteral("invoice.pdf");
    QTest::newRow("nul trick") << QStringLiteral("a.png") + QChar(u'\0') + QStringLiteral(".html")
                               << ReceiptType::Png << QStringLiteral("a.png");
    QTest::newRow("rtl trick") << QStringLiteral("invoice\u202Egnp.exe") << ReceiptType::Png
                               << QStringLiteral("invoicegnp.png");
    QTest::newRow("right one kept")
        << QStringLiteral("Taxi.PDF") << ReceiptType::Pdf << QStringLiteral("Taxi.PDF");
    QTest::newRow("jpeg spelling kept")
        << QStringLiteral("photo.jpeg") << ReceiptType::Jpeg << QStringLiteral("photo.jpeg");
    QTest::newRow("no extension") << QStringLiteral("scan") << ReceiptType::Webp
                                  << QStringLiteral("scan.webp");
    QTest::newRow("dot in the name") << QStringLiteral("report 2024.final copy") << ReceiptType::Pdf
                                     << QStringLiteral("report 2024.final copy.pdf");
    QTest::newRow("empty") << QString() << ReceiptType::Jpeg << QStringLiteral("receipt.jpg");
    QTest::newRow("only an extension")
        << QStringLiteral(".html") << ReceiptType::Png << QStringLiteral("html.png");
}

void TestFilenameSanitizer::extensionIsTheSniffedType()
{
    QFETCH(QString, input);
    QFETCH(ReceiptType, type);
    QFETCH(QString, expected);
    const QString clean = sanitizeFilenameFor(input, type);
    QCOMPARE(clean, expected);
    QCOMPARE(sanitizeFilename(clean), clean);
    QCOMPARE(sanitizeFilenameFor(clean, type), clean);
    const QString longName =
        sanitizeFilenameFor(QString(300, u'z') + QStringLiteral(".html"), type);
    QVERIFY(longName.size() <= 200);
    QVERIFY(longName.endsWith(u'.' + FileType::extension(type)));
}

QTEST_GUILESS_MAIN(TestFilenameSanitizer)
#include "tst_filenamesanitizer.moc"
