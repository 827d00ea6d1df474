// A sanitizer report printed by a child process (UBSan writes to stderr) reaches the folder
// scripts/sanitized-ctest checks, so it fails the run instead of vanishing with the child.
#include "tests/support/ChildSanitizerReport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using purser::test::recordChildSanitizerReport;

class TestChildSanitizerReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // The real folder of a sanitized run must not receive this test's samples.
        m_saved = qgetenv("PURSER_SANITIZER_REPORTS");
        QVERIFY(m_folder.isValid());
        qputenv("PURSER_SANITIZER_REPORTS", m_folder.path().toUtf8());
    }
    void cleanup() { qputenv("PURSER_SANITIZER_REPORTS", m_saved); }

    void reportsAreCopied_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::newRow("ubsan") << QByteArray("listening on https://127.0.0.1:1\n"
                                             "x.cpp:3:7: runtime error: signed integer overflow\n");
        QTest::newRow("asan") << QByteArray("==12==ERROR: AddressSanitizer: heap-use-after-free");
        QTest::newRow("lsan") << QByteArray("==12==ERROR: LeakSanitizer: detected memory leaks");
    }
    void reportsAreCopied()
    {
        QFETCH(QByteArray, output);
        QTest::ignoreMessage(QtWarningMsg, "sanitizer report in the output of purser-server");
        QVERIFY(recordChildSanitizerReport(output, QStringLiteral("/x/bin/purser-server")));
        const QStringList files = QDir(m_folder.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first().startsWith(u"child.purser-server."));
        QFile file(QDir(m_folder.path()).filePath(files.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), output);
        QVERIFY(file.remove());
    }
    void cleanOutputLeavesNothing()
    {
        QVERIFY(!recordChildSanitizerReport("listening on https://127.0.0.1:1\nstopped\n",
                                            QStringLiteral("purser")));
        QVERIFY(QDir(m_folder.path()).entryList(QDir::Files).isEmpty());
    }

private:
    QTemporaryDir m_folder;
    QByteArray m_saved;
};

QTEST_GUILESS_MAIN(TestChildSanitizerReport)
#include "tst_childsanitizerreport.moc"
