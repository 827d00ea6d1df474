// The multipart/form-data parser the receipt upload relies on: well-formed bodies parse,
// anything malformed is refused rather than guessed at.
#include "core/MultipartFormData.h"
#include "core/Workflow.h"

#include <QTest>

using purser::MultipartFormData;
using purser::Workflow;

class TestMultipartFormData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesOnePart()
    {
        const QByteArray body = "--b1\r\nContent-Disposition: form-data; name=\"file\"; "
                                "filename=\"a \\\"q\\\".png\"\r\nContent-Type: image/png\r\n\r\n"
                                "\x89PNG\r\n--b\r\n--b1--\r\n";
        QString error;
        const auto parts =
            MultipartFormData::parse("multipart/form-data; boundary=b1", body, &error);
        QVERIFY2(parts, qPrintable(error));
        QCOMPARE(parts->size(), 1);
        QCOMPARE(parts->first().name, QStringLiteral("file"));
        QCOMPARE(*parts->first().filename, QStringLiteral("a \"q\".png"));
        QCOMPARE(parts->first().contentType, QStringLiteral("image/png"));
        QCOMPARE(parts->first().data, QByteArray("\x89PNG\r\n--b"));
    }

    void quotedBoundary()
    {
        QCOMPARE(*MultipartFormData::boundary("Multipart/Form-Data; boundary=\"x y\""),
                 QByteArray("x y"));
        QVERIFY(!MultipartFormData::boundary("application/json"));
        QVERIFY(!MultipartFormData::boundary("multipart/form-data"));
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no closing")
            << QByteArray("--b\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nabc");
        QTest::newRow("no disposition")
            << QByteArray("--b\r\nContent-Type: a/b\r\n\r\nabc\r\n--b--");
        QTest::newRow("no name") << QByteArray(
            "--b\r\nContent-Disposition: form-data\r\n\r\nabc\r\n--b--");
        QTest::newRow("bare LF") << QByteArray(
            "--b\nContent-Disposition: form-data; name=\"f\"\n\nabc\n--b--");
        QTest::newRow("unclosed quote")
            << QByteArray("--b\r\nContent-Disposition: form-data; name=\"f\r\n\r\nabc\r\n--b--");
        QTest::newRow("wrong boundary")
            << QByteArray("--c\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nabc\r\n--c--");
    }

    void refusesMalformed()
    {
        QFETCH(QByteArray, body);
        QString error;
        QVERIFY(!MultipartFormData::parse("multipart/form-data; boundary=b", body, &error));
        QVERIFY(!error.isEmpty());
    }

    void workflowsMatchRolesMd()
    {
        const Workflow& run = Workflow::payrollRun();
        QCOMPARE(*run.next(QStringLiteral("draft"), QStringLiteral("submit")),
                 QStringLiteral("submitted"));
        QCOMPARE(*run.next(QStringLiteral("submitted"), QStringLiteral("return")),
                 QStringLiteral("draft"));
        QVERIFY(!run.next(QStringLiteral("approved"), QStringLiteral("return")));
        QVERIFY(!run.next(QStringLiteral("paid"), QStringLiteral("submit")));
        QVERIFY(run.isEditable(QStringLiteral("draft")));
        QVERIFY(!run.isEditable(QStringLiteral("approved")));
        const Workflow& claim = Workflow::claim();
        QCOMPARE(*claim.next(QStringLiteral("submitted"), QStringLiteral("reject")),
                 QStringLiteral("rejected"));
        QVERIFY(!claim.next(QStringLiteral("rejected"), QStringLiteral("mark_paid")));
        QCOMPARE(*claim.next(QStringLiteral("approved"), QStringLiteral("mark_paid")),
                 QStringLiteral("paid"));
    }
};

QTEST_GUILESS_MAIN(TestMultipartFormData)
#include "tst_multipartformdata.moc"
