#include "core/FileType.h"

#include <QTest>

using namespace purser;

class TestFileType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sniff_data();
    void sniff();
    void declaredTypeMustAgree();
};

void TestFileType::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("expected"); // content type, or empty for refused
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3") << QStringLiteral("application/pdf");
    QTest::newRow("jpeg") << QByteArray::fromHex("ffd8ffe000104a464946")
                          << QStringLiteral("image/jpeg");
    QTest::newRow("png") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452")
                         << QStringLiteral("image/png");
    QTest::newRow("webp") << QByteArray("RIFF\x24\x00\x00\x00WEBPVP8 ", 16)
                          << QStringLiteral("image/webp");
    QTest::newRow("svg") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\">") << QString();
    QTest::newRow("html named png") << QByteArray("<!DOCTYPE html><script>") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("riff wave") << QByteArray("RIFF\x24\x00\x00\x00WAVEfmt ", 16) << QString();
    QTest::newRow("pdf later in file") << QByteArray("junk%PDF-1.4") << QString();
    QTest::newRow("truncated png") << QByteArray::fromHex("89504e47") << QString();
}

void TestFileType::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, expected);
    const auto type = FileType::sniff(head);
    QCOMPARE(type ? FileType::contentType(*type) : QString(), expected);
}

void TestFileType::declaredTypeMustAgree()
{
    QVERIFY(FileType::declaredTypeAgrees(QStringLiteral("image/PNG"), ReceiptType::Png));
    QVERIFY(
        FileType::declaredTypeAgrees(QStringLiteral("application/pdf; name=x"), ReceiptType::Pdf));
    QVERIFY(FileType::declaredTypeAgrees(QStringLiteral("image/jpg"), ReceiptType::Jpeg));
    QVERIFY(!FileType::declaredTypeAgrees(QStringLiteral("image/png"), ReceiptType::Pdf));
    QVERIFY(!FileType::declaredTypeAgrees(QStringLiteral("application/octet-stream"),
                                          ReceiptType::Png));
    QVERIFY(!FileType::declaredTypeAgrees(QString(), ReceiptType::Png));
}

QTEST_GUILESS_MAIN(TestFileType)
#include "tst_filetype.moc"
