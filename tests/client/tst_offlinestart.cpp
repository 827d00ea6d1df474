// The window's start-up path (AppController) with offline data, against a REAL
// purser-server reached through a TCP relay and the REAL keychain; the user's answers come
// from FakePrompts in place of the dialogs:
// - an offline start (server stopped) shows the cached employees, an edit waits in the
//   outbox, and reaches the server once it runs again;
// - a wrong cache key offers "discard and download again", saying how many queued changes
//   would be lost;
// - sign-out can remove the offline data and its key;
// - where no keychain is used, a passphrase protects the session and the cache key.
#include "app/AppController.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheKey.h"
#include "cache/CacheStore.h"
#include "cache/KeychainSecretStore.h"
#include "cache/PassphraseSecretStore.h"
#include "net/Outbox.h"
#include "net/Session.h"
#include "net/SessionStore.h"
#include "net/SyncEngine.h"
#include "net/SyncStatus.h"
#include "tests/client/CacheFileDamage.h"
#include "tests/client/ClientHarness.h"
#include "tests/client/HeadlessInstallation.h"
#include "tests/client/TcpRelay.h"
#include "tests/support/ServerProcess.h"
#include "ui/EmployeesView.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"
#include "ui/SyncStatusWidget.h"
#include "ui/UserPrompts.h"

#include <QApplication>
#include <QDir>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>
#include <functional>

using namespace purser;
using namespace purser::test;

namespace {

const QString admin = QStringLiteral("admin@acme.example");
const QString password = QStringLiteral("correct horse battery staple");

// The user's answers, recorded.
class FakePrompts : public UserPrompts
{
public:
    QStringList passphrases; // given in order; nullopt once used up
    QList<bool> passphraseCreating;
    QStringList passphraseErrors;
    bool discard = true;
    QStringList discardMessages;
    QList<int> discardAtRisk;
    std::function<void()> onDiscard; // runs as the question is asked
    SignOutChoice signOut = SignOutChoice::SignOut;
    QList<int> signOutUnsent;

    std::optional<QString> askPassphrase(bool creating, const QString&,
                                         const QString& error) override
    {
        passphraseCreating << creating;
        passphraseErrors << error;
        if (passphrases.isEmpty()) {
            return std::nullopt;
        }
        return passphrases.takeFirst();
    }
    bool askDiscardOfflineData(const QString& message, int queuedAtRisk) override
    {
        discardMessages << message;
        discardAtRisk << queuedAtRisk;
        if (onDiscard) {
            onDiscard();
        }
        return discard;
    }
    SignOutChoice askSignOut(int unsentChanges) override
    {
        signOutUnsent << unsentChanges;
        return signOut;
    }
};

// Rows in the window's employee directory.
int tableRows(MainWindow* window)
{
    auto* employees =
        window ? qobject_cast<EmployeesView*>(window->view(ViewId::Employees)) : nullptr;
    return employees ? employees->table()->model()->rowCount() : -1;
}

} // namespace

class TestOfflineStart : public QObject
{
    Q_OBJECT

private:
    QUrl relayUrl() const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_relay->port()));
    }

    bool startServer()
    {
        m_server = std::make_unique<ServerProcess>();
        ServerProcess::Options options;
        options.dataDir = m_serverData.path(); // the same data (and certificate) every time
        if (!m_server->start(options)) {
            qWarning() << m_server->errorString();
            return false;
        }
        if (m_relay) {
            m_relay->setTargetPort(quint16(m_server->port()));
        }
        return true;
    }

    QString organization() const { return m_install.organization(); }

    CacheIdentity identity() const { return CacheIdentity{relayUrl(), admin, organization()}; }

    // Reads an employee straight from the server (not through the relay or the cache).
    QJsonObject serverEmployee(const QString& id)
    {
        ClientHarness direct(m_install.root() + QStringLiteral("/direct.conf"), true);
        if (!direct.signIn(m_server->baseUrl(), admin)) {
            return {};
        }
        QList<Employee> employees;
        if (!direct.fetchEmployees(&employees)) {
            return {};
        }
        for (const Employee& e : employees) {
            if (e.id == id) {
                return e.toJson();
            }
        }
        return {};
    }

    QTemporaryDir m_serverData;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TcpRelay> m_relay;
    HeadlessInstallation& m_install = installation();

public:
    // The installation whose XDG folders this process uses too (set in main()).
    static HeadlessInstallation& installation()
    {
        static HeadlessInstallation install;
        return install;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(
            KeychainSecretStore::isAvailable(&why),
            qPrintable(QStringLiteral("no keychain (run under scripts/with-keyring): ") + why));
        QVERIFY(startServer());
        m_relay = std::make_unique<TcpRelay>(quint16(m_server->port()));
        QVERIFY(m_relay->listen());
        // Signed in and synced once with the headless commands (same settings, keychain and
        // app-data folder as the window in this process).
        QCOMPARE(m_install.run({QStringLiteral("sign-in"), QStringLiteral("--server"),
                                relayUrl().toString(), QStringLiteral("--email"), admin,
                                QStringLiteral("--pin-sha256"), m_server->fingerprint()},
                               password.toUtf8() + '\n'),
                 0);
        QCOMPARE(m_install.run({QStringLiteral("sync")}), 0);
        QVERIFY(!organization().isEmpty());
    }

    void cleanupTestCase()
    {
        m_install.run({QStringLiteral("sign-out"), QStringLiteral("--remove-offline-data"),
                       QStringLiteral("--discard-unsent")});
        if (m_server) {
            m_server->stop();
        }
    }

    void offlineStartShowsCachedDataAndSendsTheEditLater()
    {
        QCOMPARE(m_server->stop(), 0);
        m_relay->setOffline(true);
        FakePrompts prompts;
        AppController controller(AppController::Options{&prompts, true, 0});
        QVERIFY(controller.start({}));
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 30000);
        QVERIFY(!controller.signInDialog() || !controller.signInDialog()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(tableRows(controller.mainWindow()), 200, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(controller.syncStatus()->state(), ConnectionState::Offline,
                                  30000);
        QCOMPARE(controller.session()->state(), ConnectionState::Offline);
        QCOMPARE(controller.session()->activeMembership()->organizationId, organization());
        QVERIFY(controller.syncStatus()->lastSync().isValid()); // from the headless sync
        // It keeps trying: the session says Offline from the start (adoptOffline); the retry
        // is planned once the first sync, after the page check, has failed.
        QTRY_VERIFY_WITH_TIMEOUT(controller.syncStatus()->retryInMs() > 0, 30000);

        // An edit made offline waits in the outbox.
        SyncEngine* engine = controller.syncEngine();
        QVERIFY(engine);
        const QJsonObject employee = engine->store()->records(QStringLiteral("employees")).at(7);
        const QString id = employee.value(QStringLiteral("id")).toString();
        QVERIFY(engine->outbox()->updateEmployee(
            id, {{QStringLiteral("department"), QStringLiteral("Edited offline")}},
            employee.value(QStringLiteral("version")).toInteger()));
        QCOMPARE(controller.syncStatus()->pendingChanges(), 1);
        // The window's status bar says so, lists the change and offers to retry now.
        SyncStatusWidget* bar = controller.mainWindow()->syncStatus();
        QTRY_COMPARE_WITH_TIMEOUT(bar->pendingCount(), 1, 10000);
        QCOMPARE(bar->pendingLines().size(), 1);
        QVERIFY2(bar->pendingLines().first().contains(QStringLiteral("employee.update")),
                 qPrintable(bar->pendingLines().first()));
        QVERIFY(bar->retryButton()->isVisible());

        // The server comes back (same data, new port behind the same address).
        QVERIFY(startServer());
        QVERIFY(m_relay->setOffline(false));
        bar->retryButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(controller.syncStatus()->state(), ConnectionState::Online, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(controller.syncStatus()->pendingChanges(), 0, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(bar->pendingCount(), 0, 10000);
        QVERIFY(!bar->retryButton()->isVisible());
        QCOMPARE(controller.session()->state(), ConnectionState::Online);
        QCOMPARE(serverEmployee(id).value(QStringLiteral("department")).toString(),
                 QStringLiteral("Edited offline"));
    }

    void wrongKeyOffersDiscardSayingWhatIsLost()
    {
        // Two changes queued while offline, then the key in the keychain is replaced.
        {
            m_relay->setOffline(true);
            FakePrompts prompts;
            AppController controller(AppController::Options{&prompts, true, 0});
            QVERIFY(controller.start({}));
            QTRY_VERIFY_WITH_TIMEOUT(controller.syncEngine() != nullptr, 30000);
            SyncEngine* engine = controller.syncEngine();
            const QList<QJsonObject> employees =
                engine->store()->records(QStringLiteral("employees"));
            for (int i = 0; i < 2; ++i) {
                QVERIFY(engine->outbox()->updateEmployee(
                    employees.at(i).value(QStringLiteral("id")).toString(),
                    {{QStringLiteral("position"), QStringLiteral("Lost %1").arg(i)}},
                    employees.at(i).value(QStringLiteral("version")).toInteger()));
            }
            QCOMPARE(controller.syncStatus()->pendingChanges(), 2);
            QVERIFY(m_relay->setOffline(false));
        }
        KeychainSecretStore keychain;
        QString error;
        QVERIFY(keychain.write(identity().keyName(), CacheKey::generateHex(), &error));

        FakePrompts prompts;
        prompts.discard = true;
        AppController controller(AppController::Options{&prompts, true, 0});
        QVERIFY(controller.start({}));
        QTRY_COMPARE_WITH_TIMEOUT(prompts.discardMessages.size(), 1, 30000);
        QCOMPARE(prompts.discardAtRisk.first(), 2);
        QVERIFY2(prompts.discardMessages.first().contains(QStringLiteral("cannot be read")),
                 qPrintable(prompts.discardMessages.first()));
        // Discarded and downloaded again.
        QTRY_VERIFY_WITH_TIMEOUT(controller.syncStatus()->lastSync().isValid(), 60000);
        QCOMPARE(controller.syncEngine()->store()->count(QStringLiteral("employees")), 200);
        QCOMPARE(controller.syncStatus()->pendingChanges(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(tableRows(controller.mainWindow()), 200, 30000);
    }

    // The window does not wait for every page of the offline data to be read (seconds on a
    // large cache); damage deep in the file, found by the check on the worker thread, gets
    // the same offer as damage found at open, and the data comes down again.
    void damageFoundAfterTheWindowIsUpOffersDiscard()
    {
        KeychainSecretStore keychain;
        QVERIFY(test::damagePageNearTheEnd(CacheDatabase(&keychain).pathFor(identity())));

        FakePrompts prompts;
        prompts.discard = true;
        AppController controller(AppController::Options{&prompts, true, 0});
        int windowsShown = 0;
        int windowsShownAtQuestion = -1;
        connect(&controller, &AppController::mainWindowShown, this, [&]() { ++windowsShown; });
        prompts.onDiscard = [&]() { windowsShownAtQuestion = windowsShown; };
        QVERIFY(controller.start({}));
        QTRY_COMPARE_WITH_TIMEOUT(prompts.discardMessages.size(), 1, 30000);
        QCOMPARE(windowsShownAtQuestion, 1); // the window was up before the check was done
        QVERIFY2(prompts.discardMessages.first().contains(QStringLiteral("is damaged")),
                 qPrintable(prompts.discardMessages.first()));
        QCOMPARE(prompts.discardAtRisk.first(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(controller.syncStatus()->lastSync().isValid(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(tableRows(controller.mainWindow()), 200, 30000);
        QCOMPARE(controller.syncEngine()->store()->count(QStringLiteral("employees")), 200);
        // The new file passed its check before the sync began: no second offer.
        QCOMPARE(prompts.discardMessages.size(), 1);
    }

    void signOutCanRemoveOfflineData()
    {
        FakePrompts prompts;
        prompts.signOut = UserPrompts::SignOutChoice::SignOutAndRemove;
        AppController controller(AppController::Options{&prompts, true, 0});
        QVERIFY(controller.start({}));
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(controller.syncStatus()->state(), ConnectionState::Online, 60000);
        // The session is online once resumed; the first sync of this start ends after it (a
        // sign-out during it would meet its requests answered 401 by the revoked token).
        QTRY_VERIFY_WITH_TIMEOUT(controller.syncEngine()->lastSyncSucceeded() &&
                                     !controller.syncStatus()->isSyncing(),
                                 60000);
        const CacheIdentity cached = identity();
        QVERIFY(CacheDatabase(nullptr).exists(cached));
        Q_EMIT controller.mainWindow()->signOutRequested();
        QTRY_VERIFY_WITH_TIMEOUT(
            controller.signInDialog() && controller.signInDialog()->isVisible(), 30000);
        QCOMPARE(prompts.signOutUnsent, QList<int>{0});
        QVERIFY(!CacheDatabase(nullptr).exists(cached));
        KeychainSecretStore keychain;
        QString error;
        QVERIFY(!keychain.read(cached.keyName(), &error));
        QVERIFY(error.isEmpty());
        QVERIFY(!keychain.read(SessionStore::keychainKey(relayUrl(), admin), &error));
    }

    void passphraseWhereNoKeychainIsUsed()
    {
        const QString passphrase = QStringLiteral("a long enough passphrase");
        QFile::remove(PassphraseSecretStore::defaultFilePath());
        {
            FakePrompts prompts;
            prompts.passphrases = {passphrase};
            AppController controller(AppController::Options{&prompts, false, 0});
            QVERIFY(controller.start({}));
            QCOMPARE(prompts.passphraseCreating, QList<bool>{true});
            QTRY_VERIFY_WITH_TIMEOUT(
                controller.signInDialog() && controller.signInDialog()->isVisible(), 30000);
            Q_EMIT controller.signInDialog()->signInRequested(relayUrl(), admin, password);
            QTRY_VERIFY_WITH_TIMEOUT(controller.syncStatus()->lastSync().isValid(), 60000);
            QVERIFY(QFile::exists(PassphraseSecretStore::defaultFilePath()));
            // Neither the token nor the cache key went to the keychain.
            KeychainSecretStore keychain;
            QString error;
            QVERIFY(!keychain.read(SessionStore::keychainKey(relayUrl(), admin), &error));
            QVERIFY(!keychain.read(identity().keyName(), &error));
            QVERIFY(error.isEmpty());
        }
        // Next start: a wrong passphrase is refused in plain words, the right one resumes.
        FakePrompts prompts;
        prompts.passphrases = {QStringLiteral("not the passphrase"), passphrase};
        AppController controller(AppController::Options{&prompts, false, 0});
        QVERIFY(controller.start({}));
        QCOMPARE(prompts.passphraseCreating, (QList<bool>{false, false}));
        QVERIFY(prompts.passphraseErrors.at(0).isEmpty());
        QVERIFY(!prompts.passphraseErrors.at(1).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(tableRows(controller.mainWindow()), 200, 60000);

        // Cancelling the passphrase starts nothing.
        FakePrompts cancelling;
        AppController refused(AppController::Options{&cancelling, false, 0});
        QVERIFY(!refused.start({}));
    }
};

int main(int argc, char* argv[])
{
    // This process and the `purser` commands it runs share settings and app-data folders.
    const QProcessEnvironment env = TestOfflineStart::installation().environment();
    for (const QString& name : {QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("XDG_DATA_HOME"),
                                QStringLiteral("QT_QPA_PLATFORM")}) {
        qputenv(name.toLatin1().constData(), env.value(name).toUtf8());
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Purser"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("purser.example"));
    QCoreApplication::setApplicationName(QStringLiteral("purser"));
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    TestOfflineStart test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_offlinestart.moc"
