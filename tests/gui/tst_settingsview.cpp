// Settings and the translations, without a server:
// - the keychain status is a live check through QtKeychain against the REAL Secret Service of
//   the test session (gnome-keyring): "Checking…" at once (the UI thread is not held), then
//   available, and whether the sign-in entry is there; a child process without a D-Bus session
//   bus sees it unavailable, with the reason;
// - the settings form keeps a reading width in a wide window;
// - the net pay chart follows the palette when the system switches light/dark;
// - with Malay, Simplified Chinese or Thai chosen, the main window's menus and the status
//   bar's late additions ("Retry now") come from the built .qm files.
#include "cache/CacheDatabase.h"
#include "cache/KeychainSecretStore.h"
#include "net/SessionStore.h"
#include "net/SigningKeyPins.h"
#include "ui/KeychainStatusCheck.h"
#include "ui/MainWindow.h"
#include "ui/NetPayChart.h"
#include "ui/SettingsView.h"
#include "ui/SyncStatusWidget.h"
#include "ui/Translations.h"
#include "ui/ViewCatalog.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

using namespace purser;

namespace {

const char* childVariable = "PURSER_TEST_KEYCHAIN_CHILD";

Workspace workspaceFor(const QString& email)
{
    Workspace workspace;
    workspace.server = QUrl(QStringLiteral("https://127.0.0.1:9"));
    workspace.session.user.email = email;
    workspace.session.memberships << Membership{QStringLiteral("org-1"),
                                                QStringLiteral("Acme Pte Ltd"), Role::Admin};
    workspace.session.activeOrganizationId = QStringLiteral("org-1");
    return workspace;
}

QStringList menuTitles(MainWindow& window)
{
    QStringList titles;
    for (QAction* action : window.menuBar()->actions()) {
        titles << action->text();
    }
    return titles;
}

void removeTranslators()
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TestSettingsView : public QObject
{
    Q_OBJECT

    QString m_email =
        QStringLiteral("settings-%1@acme.example").arg(QDateTime::currentMSecsSinceEpoch());

private Q_SLOTS:
    void keychainStatusIsALiveCheck()
    {
        if (qEnvironmentVariableIsSet(childVariable)) {
            QSKIP("runs in the parent only");
        }
        const Workspace workspace = workspaceFor(m_email);
        const QString key = SessionStore::keychainKey(workspace.server, m_email);
        KeychainSecretStore keychain(SessionStore::keychainService());
        QString error;
        keychain.remove(key, &error);

        {
            SettingsView view(workspace);
            // Asked, not answered yet: the view was built without waiting for D-Bus.
            QCOMPARE(view.keychainCheck()->outcome(), KeychainStatusCheck::Outcome::Checking);
            QCOMPARE(view.keychainStatus()->text(), QStringLiteral("Checking…"));
            QVERIFY(!view.checkKeychainButton()->isEnabled());
            QTRY_VERIFY_WITH_TIMEOUT(
                view.keychainCheck()->outcome() != KeychainStatusCheck::Outcome::Checking, 20000);
            QVERIFY2(view.keychainCheck()->outcome() == KeychainStatusCheck::Outcome::Available,
                     qPrintable(view.keychainCheck()->reason()));
            QCOMPARE(view.keychainStatus()->text(),
                     QStringLiteral("Available: no sign-in of yours is stored there."));

            // A sign-in stored in the real keychain, and "Check again".
            QVERIFY2(keychain.write(key, "not-a-real-token", &error), qPrintable(error));
            view.checkKeychainButton()->click();
            QCOMPARE(view.keychainStatus()->text(), QStringLiteral("Checking…"));
            QTRY_COMPARE_WITH_TIMEOUT(view.keychainStatus()->text(),
                                      QStringLiteral("Available: your sign-in is stored there."),
                                      20000);
            QVERIFY(view.checkKeychainButton()->isEnabled());
        }
        QVERIFY(keychain.remove(key, &error));
    }

    // Settings closed while the keychain is still answering (as when a window goes at
    // sign-out): the running job must not be deleted under libsecret's callback.
    void viewGoesWhileTheCheckRuns()
    {
        if (qEnvironmentVariableIsSet(childVariable)) {
            QSKIP("runs in the parent only");
        }
        for (int i = 0; i < 5; ++i) {
            auto view = std::make_unique<SettingsView>(workspaceFor(m_email));
            QCOMPARE(view->keychainCheck()->outcome(), KeychainStatusCheck::Outcome::Checking);
            QCoreApplication::processEvents(); // the job starts: libsecret is asked
        }
        // The jobs finish with nobody listening; the event loop must survive them.
        KeychainStatusCheck probe;
        probe.start(SessionStore::keychainService(), QStringLiteral("purser-probe"));
        QTRY_VERIFY_WITH_TIMEOUT(probe.outcome() != KeychainStatusCheck::Outcome::Checking, 20000);
        QTest::qWait(0);
    }

    // Without a D-Bus session bus no Secret Service can answer: a child process of this test
    // without DBUS_SESSION_BUS_ADDRESS runs the check below and must see "unavailable".
    void keychainUnavailableWithoutSessionBus()
    {
        if (qEnvironmentVariableIsSet(childVariable)) {
            QSKIP("runs in the parent only");
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY")); // no X11 autolaunch of a bus either
        env.insert(QString::fromLatin1(childVariable), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("childSeesKeychainUnavailable")});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : TestSettingsView::childSeesKeychainUnavailable"),
                 output.constData());
        for (const QByteArray& line : output.split('\n')) {
            if (line.contains("Unavailable")) {
                qInfo().noquote() << QString::fromUtf8(line);
            }
        }
    }

    void childSeesKeychainUnavailable()
    {
        if (!qEnvironmentVariableIsSet(childVariable)) {
            QSKIP("runs in the child process only");
        }
        SettingsView view(workspaceFor(m_email));
        QTRY_VERIFY_WITH_TIMEOUT(
            view.keychainCheck()->outcome() != KeychainStatusCheck::Outcome::Checking, 30000);
        QCOMPARE(view.keychainCheck()->outcome(), KeychainStatusCheck::Outcome::Unavailable);
        QVERIFY(!view.keychainCheck()->reason().isEmpty());
        const QString text = view.keychainStatus()->text();
        QVERIFY2(text.startsWith(QStringLiteral("Unavailable: ")) &&
                     text.size() > QStringLiteral("Unavailable: ").size(),
                 qPrintable(text));
        qInfo().noquote() << text;
    }

    void showsThePinnedSigningKey()
    {
        if (qEnvironmentVariableIsSet(childVariable)) {
            QSKIP("runs in the parent only");
        }
        const Workspace workspace = workspaceFor(m_email);
        QSettings settings;
        settings.remove(QStringLiteral("signingKeyPins"));
        {
            SettingsView view(workspace);
            QVERIFY2(view.signingKeys()->text().startsWith(QStringLiteral("None pinned")),
                     qPrintable(view.signingKeys()->text()));
        }
        const QString fingerprint = QString(64, u'a');
        SigningKeyPins(&settings).pin(QStringLiteral("127.0.0.1:9"), {fingerprint});
        SettingsView view(workspace);
        QCOMPARE(view.signingKeys()->text(), fingerprint);
        SigningKeyPins(&settings).pin(QStringLiteral("other.example:443"), {QString(64, u'b')});
        view.reload();
        QCOMPARE(view.signingKeys()->text(), fingerprint); // another server's key is not shown
        settings.remove(QStringLiteral("signingKeyPins"));
        QVERIFY(view.witnessKey()->text().startsWith(QStringLiteral("None yet")));
        settings.setValue(QStringLiteral("audit/witnessFingerprint"), QString(64, u'c'));
        view.reload();
        QCOMPARE(view.witnessKey()->text(), QString(64, u'c'));
        settings.remove(QStringLiteral("audit/witnessFingerprint"));
    }

    void formKeepsAReadingWidth()
    {
        if (qEnvironmentVariableIsSet(childVariable)) {
            QSKIP("runs in the parent only");
        }
        SettingsView view(workspaceFor(m_email));
        view.resize(1600, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.form()->width() <= SettingsView::maximumFormWidth);
        QCOMPARE(view.form()->x(), view.layout()->contentsMargins().left()); // on the left
        QVERIFY(view.language()->width() < SettingsView::maximumFormWidth);
    }

    void chartFollowsThePalette()
    {
        if (qEnvironmentVariableIsSet(childVariable)) {
            QSKIP("runs in the parent only");
        }
        NetPayChart chart;
        const QJsonObject net{{QStringLiteral("amount"), 1234500},
                              {QStringLiteral("currency"), QStringLiteral("SGD")}};
        chart.setRuns(
            {QJsonObject{{QStringLiteral("period_start"), QStringLiteral("2026-01-01")},
                         {QStringLiteral("totals"), QJsonObject{{QStringLiteral("net"), net}}}}});
        QCOMPARE(chart.barCount(), 1);
        const QPalette light = QApplication::palette();
        QCOMPARE(chart.view()->chart()->backgroundBrush().color(), light.color(QPalette::Base));
        QPalette dark = light;
        dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
        QApplication::setPalette(dark); // what a system switch to dark mode does
        const auto restore = qScopeGuard([&]() { QApplication::setPalette(light); });
        QTRY_COMPARE(chart.view()->chart()->backgroundBrush().color(), QColor(0x20, 0x22, 0x25));
        QCOMPARE(chart.view()->chart()->titleBrush().color(), QColor(0xe8, 0xe8, 0xe8));
        QCOMPARE(chart.barCount(), 1);
    }

    void mainWindowIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("retry");
        QTest::addColumn<QString>("employees");   // the sidebar's name of the Employees view
        QTest::addColumn<QString>("nothingLost"); // the cache layer's discard offer
        QTest::newRow("ms") << QStringLiteral("ms")
                            << QStringList{QStringLiteral("&Fail"), QStringLiteral("&Sunting"),
                                           QStringLiteral("&Paparan"), QStringLiteral("&Akaun"),
                                           QStringLiteral("&Bantuan")}
                            << QStringLiteral("Cuba semula sekarang") << QStringLiteral("Pekerja")
                            << QStringLiteral("Tiada perubahan belum dihantar");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                               << QStringList{QStringLiteral("文件(&F)"),
                                              QStringLiteral("编辑(&E)"),
                                              QStringLiteral("视图(&V)"),
                                              QStringLiteral("账户(&A)"),
                                              QStringLiteral("帮助(&H)")}
                               << QStringLiteral("立即重试") << QStringLiteral("员工") << QString();
        QTest::newRow("th") << QStringLiteral("th")
                            << QStringList{QStringLiteral("แฟ้ม (&F)"), QStringLiteral("แก้ไข (&E)"),
                                           QStringLiteral("มุมมอง (&V)"), QStringLiteral("บัญชี (&A)"),
                                           QStringLiteral("ช่วยเหลือ (&H)")}
                            << QStringLiteral("ลองใหม่ทันที") << QStringLiteral("พนักงาน") << QString();
    }

    void mainWindowIsTranslated()
    {
        if (qEnvironmentVariableIsSet(childVariable)) {
            QSKIP("runs in the parent only");
        }
        QFETCH(QString, language);
        QFETCH(QStringList, menus);
        QFETCH(QString, retry);
        QFETCH(QString, employees);
        QFETCH(QString, nothingLost);
        QSettings().setValue(SettingsView::languageKey(), language);
        installTranslations(*qApp); // as main() does, from the setting
        const auto cleanup = qScopeGuard([]() {
            removeTranslators();
            QSettings().remove(SettingsView::languageKey());
        });
        MainWindow window(workspaceFor(m_email));
        QCOMPARE(menuTitles(window), menus);
        QCOMPARE(window.syncStatus()->retryButton()->text(), retry);
        // Strings translated outside a QObject's tr() carry the context lupdate gave them.
        QCOMPARE(viewInfo(ViewId::Employees).title, employees);
        QTemporaryDir folder;
        KeychainSecretStore keychain;
        const QString damaged = CacheDatabase(&keychain, folder.path()).damagedMessage();
        QVERIFY2(!damaged.startsWith(QStringLiteral("The offline data")), qPrintable(damaged));
        if (!nothingLost.isEmpty()) {
            QVERIFY2(damaged.contains(nothingLost), qPrintable(damaged));
        }
        QVERIFY(window.windowTitle() == QStringLiteral("Purser")); // a name, not translated
    }
};

int main(int argc, char* argv[])
{
    QTemporaryDir settings; // this test's own settings file
    qputenv("XDG_CONFIG_HOME", settings.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("Purser"));
    QCoreApplication::setApplicationName(QStringLiteral("purser-settings-test"));
    QApplication app(argc, argv);
    TestSettingsView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settingsview.moc"
