// File → Import employees… with 10 000 rows, the window's event loop watched the whole time:
// reading, parsing and checking run on a worker thread with progress, and the good rows are
// queued into the (real, encrypted) outbox a slice at a time. A timer on the window's thread
// measures the longest time it could not tick: a frozen window, as the user would see it.
// No server: the outbox keeps the rows (offline), which is also what an offline import does.
#include "cache/CacheDatabase.h"
#include "cache/KeychainSecretStore.h"
#include "cache/OutboxStore.h"
#include "net/ApiClient.h"
#include "net/CertificatePinStore.h"
#include "net/Outbox.h"
#include "ui/ImportEmployeesDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace purser;

namespace {

constexpr int rowCount = 10000;
// The longest the window may stop answering; a human notices about a tenth of a second, and
// the sanitizer build runs several times slower than a release.
constexpr qint64 longestStallMs = 400;

QByteArray tenThousandRows()
{
    QByteArray csv = "Staff No;Name;Email;Dept;Title;Start date;Salary\r\n";
    for (int n = 1; n <= rowCount; ++n) {
        const QByteArray number = QByteArray::number(n);
        csv += "E-BULK-" + number + ";Person " + number + ";p" + number +
               "@acme.example;Finance;Clerk;2026-04-01;4100.00\r\n";
    }
    return csv;
}

// Ticks on the window's thread and remembers the longest gap between two ticks.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this]() {
            m_longest = qMax(m_longest, m_since.restart());
            ++m_ticks;
        });
        m_since.start();
        m_timer.start();
    }
    // Work done outside the event loop (a constructor) counts as a stall too.
    void measure(const std::function<void()>& work)
    {
        m_since.restart();
        work();
        m_longest = qMax(m_longest, m_since.restart());
    }
    qint64 longest() const { return m_longest; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_longest = 0;
    int m_ticks = 0;
};

} // namespace

class TestImportScale : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    KeychainSecretStore m_keychain;

private Q_SLOTS:
    void tenThousandRowsKeepTheWindowResponsive()
    {
        QString why;
        QVERIFY2(KeychainSecretStore::isAvailable(&why), qPrintable(why));
        const QString path = m_dir.filePath(QStringLiteral("ten-thousand.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(tenThousandRows());
        file.close();

        QSettings settings(m_dir.filePath(QStringLiteral("client.conf")), QSettings::IniFormat);
        CertificatePinStore pins(&settings);
        ApiClient api(&pins);
        CacheDatabase cache(&m_keychain, m_dir.filePath(QStringLiteral("cache")));
        QVERIFY(cache.open(CacheIdentity{QUrl(QStringLiteral("https://127.0.0.1:9")),
                                         QStringLiteral("import-scale@acme.example"),
                                         QStringLiteral("org-import-scale")}));
        Outbox outbox(&api, &cache);
        outbox.setOrganization(QStringLiteral("org-import-scale"));

        QWidget window; // the main window the dialog belongs to
        window.resize(400, 300);
        window.show();
        StallMeter meter;
        std::unique_ptr<ImportEmployeesDialog> dialog;
        meter.measure([&]() {
            dialog = std::make_unique<ImportEmployeesDialog>(
                path, EmployeeImport::Organization{QStringLiteral("SGD"), {}, {}}, cache.database(),
                &outbox, false, &window);
            dialog->show();
        });
        QSet<int> progressSeen;
        QObject::connect(dialog->progress(), &QProgressBar::valueChanged,
                         [&](int value) { progressSeen.insert(value); });
        const int ticksBefore = meter.ticks();
        QVERIFY(QTest::qWaitFor([&]() { return !dialog->isChecking(); }, 120000));
        qInfo("import-scale preview: %d ticks while reading and checking, longest stall %lld ms",
              meter.ticks() - ticksBefore, meter.longest());
        QCOMPARE(dialog->summary()->text(),
                 QStringLiteral("10000 row(s) ready to import, 0 with problems (not imported)."));
        QVERIFY2(progressSeen.size() >= 2, "the preview showed its progress");
        QCOMPARE(dialog->preview()->model()->rowCount(), rowCount); // every row can be read
        QVERIFY2(meter.longest() < longestStallMs,
                 qPrintable(QStringLiteral("the window froze for %1 ms").arg(meter.longest())));
        const QString shot = QStringLiteral(PURSER_BUILD_DIR "/screenshots");
        QDir().mkpath(shot);
        QVERIFY(dialog->grab().save(shot + QStringLiteral("/dialog-admin-import-10000.png")));

        // A column changed twice while the first change is still being checked: what the
        // preview ends with is the last choice's check, never the stale one in between.
        QComboBox* name = dialog->columnFor(QStringLiteral("full_name"));
        QStringList summaries;
        QObject::connect(dialog.get(), &ImportEmployeesDialog::previewReady,
                         [&]() { summaries << dialog->summary()->text(); });
        name->setCurrentIndex(0); // "(not in the file)": every row lacks a name
        QVERIFY(dialog->isChecking());
        name->setCurrentIndex(name->findData(QStringLiteral("Name")));
        QVERIFY(QTest::qWaitFor([&]() { return !dialog->isChecking(); }, 120000));
        QCOMPARE(summaries, QStringList{QStringLiteral(
                                "10000 row(s) ready to import, 0 with problems (not imported).")});
        QVERIFY(dialog->importButton()->isEnabled());

        meter.measure([&]() { dialog->importButton()->click(); });
        QVERIFY(QTest::qWaitFor([&]() { return dialog->isFinished(); }, 300000));
        qInfo("import-scale queued: longest stall %lld ms", meter.longest());
        QCOMPARE(outbox.store()->unsentCount(), rowCount);
        QVERIFY2(meter.longest() < longestStallMs,
                 qPrintable(QStringLiteral("the window froze for %1 ms").arg(meter.longest())));
        QVERIFY(dialog->report()->text().startsWith(
            QStringLiteral("Queued 10000 of 10000 row(s); sent 0; refused 0.")));
    }
};

QTEST_MAIN(TestImportScale)
#include "tst_importscale.moc"
