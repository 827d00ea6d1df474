#include "app/AppController.h"

#include "app/IdleLock.h"
#include "cache/AuditNamesBackfill.h"
#include "cache/AuditRecordNames.h"
#include "cache/CacheDatabase.h"
#include "cache/CachePageCheck.h"
#include "cache/CacheStore.h"
#include "cache/OutboxStore.h"
#include "net/ApiClient.h"
#include "net/CertificatePinStore.h"
#include "net/Outbox.h"
#include "net/Session.h"
#include "net/SessionStore.h"
#include "net/SyncEngine.h"
#include "net/SyncStatus.h"
#include "services/ClientServices.h"
#include "ui/MainWindow.h"
#include "ui/MyAccountDialog.h"
#include "ui/SettingsView.h"
#include "ui/SignInDialog.h"
#include "ui/TestHooks.h"
#include "ui/ViewCatalog.h"
#include "ui/Workspace.h"

#include <QApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

namespace purser {

namespace {

Q_LOGGING_CATEGORY(lcApp, "purser.app")

// Written by SyncEngine after every /auth/session it reads.
const QString sessionMetaKey = QStringLiteral("session");

} // namespace

AppController::AppController(QObject* parent) : AppController(Options{}, parent)
{
}

AppController::AppController(const Options& options, QObject* parent)
    : QObject(parent), m_options(options), m_services(std::make_unique<ClientServices>()),
      m_store(&m_services->sessionStore()), m_api(&m_services->api()),
      m_session(&m_services->session()), m_status(new SyncStatus(m_session, this)),
      m_prompts(options.prompts ? options.prompts : &m_dialogs),
      m_idleLock(new IdleLock(m_session, this))
{
    connect(m_idleLock, &IdleLock::locked, this, &AppController::lockWindow);
    connect(m_idleLock, &IdleLock::unlocked, this, &AppController::showMainWindow);
    connect(m_idleLock, &IdleLock::signOutRequested, this, &AppController::signOutFromLock);
    m_api->setTrustPrompt(&m_prompt);
    connect(m_session, &Session::signInFinished, this, &AppController::onSignInFinished);
    connect(m_session, &Session::resumeFinished, this, &AppController::onResumeFinished);
    connect(m_session, &Session::signedOut, this, &AppController::onSignedOut);
    connect(m_session, &Session::stateChanged, this, &AppController::onStateChanged);
}

AppController::~AppController()
{
    delete m_mainWindow.data();
    delete m_signIn.data();
    closeOfflineData();
    // They watch the session, which goes with m_services before the QObject children.
    delete m_idleLock;
    delete m_status;
}

MainWindow* AppController::mainWindow() const
{
    return m_mainWindow;
}

SignInDialog* AppController::signInDialog() const
{
    return m_signIn;
}

bool AppController::chooseSecrets()
{
    return m_services->chooseSecrets(
        m_options.useKeychain, [this](bool creating, const QString& why, const QString& error) {
            qCInfo(lcApp) << "no usable keychain; asking for the Purser passphrase";
            return m_prompts->askPassphrase(creating, why, error);
        });
}

bool AppController::start(const QString& serverOverride)
{
    if (!m_services->secrets() && !chooseSecrets()) {
        return false;
    }
    m_serverOverride = serverOverride;
    const auto requested = ApiClient::normalizeServerUrl(serverOverride);
    // An explicit --server for another server than last time means "sign in there".
    if (!serverOverride.isEmpty() && (!requested || *requested != m_store->lastServer())) {
        showSignIn({});
        return true;
    }
    if (m_store->lastServer().isValid() && !m_store->lastEmail().isEmpty()) {
        m_session->resume();
        return true;
    }
    showSignIn({});
    return true;
}

void AppController::onResumeFinished(bool ok, const ApiError& error)
{
    if (ok) {
        if (const auto membership = m_session->activeMembership()) {
            openOfflineData(membership->organizationId);
        }
        showMainWindow();
        return;
    }
    // The keychain still held a token but the server did not answer: work from the offline
    // data when there is some.
    if (m_session->isSignedIn() && startOffline()) {
        return;
    }
    showSignIn(error.isError() ? error.message : QString());
}

bool AppController::startOffline()
{
    const QString organization = m_services->offlineIndex().lastOrganization();
    if (!m_services->hasOfflineData(organization) || !openOfflineData(organization)) {
        return false;
    }
    const auto info = SessionInfo::fromJson(
        QJsonDocument::fromJson(m_engine->store()->meta(sessionMetaKey).toUtf8()).object());
    if (!info) {
        closeOfflineData();
        return false;
    }
    qCInfo(lcApp) << "server unreachable; opening the offline data";
    m_session->adoptOffline(*info);
    showMainWindow();
    return true;
}

bool AppController::openOfflineData(const QString& organizationId)
{
    const CacheIdentity identity = m_services->identity(organizationId);
    if (m_engine && m_cache && m_cache->identity().server == identity.server &&
        m_cache->identity().email == identity.email &&
        m_cache->identity().organizationId == identity.organizationId) {
        if (!m_pageCheck) {      // else the sync starts when the check is done
            m_engine->syncNow(); // signed in again on the same account: carry on
        }
        return true;
    }
    closeOfflineData();
    auto cache = std::make_unique<CacheDatabase>(m_services->secrets());
    // Every page is read on a worker thread once the window is up (seconds on a large cache).
    const bool opened =
        m_services->openOfflineData(*cache, organizationId, CacheDatabase::PageCheck::Deferred,
                                    [this, &cache](const QString& message, int atRisk) {
                                        qCWarning(lcApp) << "offline data cannot be opened, problem"
                                                         << static_cast<int>(cache->problem());
                                        return m_prompts->askDiscardOfflineData(message, atRisk);
                                    });
    if (!opened) {
        qCWarning(lcApp) << "offline data not opened; the window works online";
        return false; // the file stays as it is
    }
    m_cache = std::move(cache);
    m_engine = m_services->startSyncEngine(m_cache.get(), organizationId);
    m_session->setCache(m_engine->store());
    m_status->attach(m_engine.get());
    // The user's choice in Settings, unless background sync is off (tests pass 0).
    const int minutes = m_services->settings().value(SettingsView::syncIntervalKey()).toInt();
    m_engine->setBackgroundInterval(m_options.backgroundSyncMs > 0 && minutes > 0
                                        ? minutes * 60 * 1000
                                        : m_options.backgroundSyncMs);
    // The first sync waits for the page check: its writes would wait for the check's read.
    m_pageCheck = m_cache->startPageCheck(this);
    if (m_pageCheck) {
        connect(m_pageCheck, &CachePageCheck::finished, this, &AppController::onPageCheckFinished);
    } else {
        startNamesBackfill();
        m_engine->syncNow();
    }
    return true;
}

void AppController::startNamesBackfill()
{
    if (!AuditRecordNames(m_cache->database()).hasBacklog()) {
        return; // the usual case: every held entry was named as it arrived
    }
    m_namesBackfill = new AuditNamesBackfill(m_cache->database(), this);
    connect(m_namesBackfill, &AuditNamesBackfill::finished, this, [this](bool complete) {
        if (AuditNamesBackfill* backfill = m_namesBackfill.data()) {
            m_namesBackfill.clear();
            backfill->deleteLater(); // we are inside its signal
        }
        WorkspaceView* audit = m_mainWindow ? m_mainWindow->view(ViewId::AuditLog) : nullptr;
        if (complete && audit) {
            audit->reload(); // names it showed as ids may now be known
        }
    });
}

void AppController::onPageCheckFinished(bool intact)
{
    if (CachePageCheck* check = m_pageCheck.data()) {
        m_pageCheck.clear();
        check->deleteLater(); // we are inside its signal
    }
    if (!m_cache || !m_engine) {
        return;
    }
    if (intact) {
        startNamesBackfill();
        m_engine->syncNow();
        return;
    }
    const CacheIdentity identity = m_cache->identity();
    qCWarning(lcApp) << "the page check found the offline data damaged";
    if (!m_prompts->askDiscardOfflineData(m_cache->damagedMessage(),
                                          m_cache->queuedChangesAtRisk(identity))) {
        m_engine->syncNow(); // the user keeps the file; what can still be read stays usable
        return;
    }
    // The views hold the damaged cache's connection: they go first, then the file.
    delete m_mainWindow.data();
    closeOfflineData();
    QString error;
    if (!CacheDatabase(m_services->secrets()).discard(identity, &error)) {
        qCWarning(lcApp) << "discarding the damaged offline data failed";
    } else {
        qCInfo(lcApp) << "damaged offline data discarded; downloading it again";
    }
    openOfflineData(identity.organizationId);
    showMainWindow();
}

void AppController::closeOfflineData()
{
    delete m_pageCheck.data(); // stops it: the file may be about to go
    delete m_namesBackfill.data();
    m_status->attach(nullptr);
    m_session->setCache(nullptr);
    m_engine.reset();
    m_cache.reset();
}

void AppController::showSignIn(const QString& message)
{
    m_idleLock->setArmed(false); // nothing to lock; the sign-in dialog asks anyway
    if (m_mainWindow) {
        m_mainWindow->close();
        m_mainWindow->deleteLater();
    }
    if (!m_signIn) {
        m_signIn = new SignInDialog;
        m_signIn->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_signIn, &SignInDialog::signInRequested, m_session, &Session::signIn);
        connect(m_signIn, &QDialog::rejected, this, [this]() {
            if (!m_mainWindow) {
                QApplication::quit();
            }
        });
    }
    m_prompt.setParent(m_signIn);
    m_dialogs.setParent(m_signIn);
    m_signIn->setServer(m_serverOverride.isEmpty() ? m_store->lastServer().toString()
                                                   : m_serverOverride);
    m_signIn->setEmail(m_store->lastEmail());
    if (!message.isEmpty()) {
        m_signIn->showError(message);
    }
    m_signIn->show();
    m_signIn->raise();
}

void AppController::onSignInFinished(bool ok, const ApiError& error)
{
    if (!ok) {
        if (m_signIn && error.code == QStringLiteral("two_factor_required")) {
            m_signIn->askForCode(tr("Enter your password again with the code from your "
                                    "authenticator app (or a backup code)."));
        } else if (m_signIn) {
            m_signIn->showError(error.message);
        }
        return;
    }
    if (const auto membership = m_session->activeMembership()) {
        openOfflineData(membership->organizationId);
    }
    // Main window first: closing the dialog while no other window is visible would end the
    // application (quitOnLastWindowClosed).
    showMainWindow();
    if (m_signIn) {
        m_signIn->accept();
    }
}

void AppController::showMainWindow()
{
    if (m_idleLock->isLocked()) {
        return; // the unlock shows it (IdleLock::unlocked)
    }
    if (!m_mainWindow) {
        if (m_engine) {
            // The views read the open offline data and write through its outbox.
            Workspace workspace;
            workspace.session = m_session->info();
            workspace.server = m_session->server();
            workspace.cache = m_cache->database();
            workspace.sync = m_engine.get();
            workspace.outbox = m_engine->outbox();
            workspace.api = m_api;
            workspace.cacheFile = m_cache.get();
            workspace.pins = &m_services->pins();
            workspace.secretsDescription =
                m_services->secrets() ? m_services->secrets()->description() : QString();
            m_mainWindow = new MainWindow(workspace);
            if (auto* settings =
                    qobject_cast<SettingsView*>(m_mainWindow->view(ViewId::Settings))) {
                connect(settings, &SettingsView::offlineDataRemovalRequested, this,
                        &AppController::removeOfflineData);
            }
        } else {
            m_mainWindow = new MainWindow(m_session); // no offline data: header and status only
        }
        m_mainWindow->setAttribute(Qt::WA_DeleteOnClose);
        m_mainWindow->setSyncStatus(m_status);
        connect(m_mainWindow, &MainWindow::signOutRequested, this, &AppController::signOut);
        connect(m_mainWindow, &MainWindow::organizationSwitchRequested, this,
                &AppController::switchOrganization);
        connect(m_mainWindow, &MainWindow::myAccountRequested, this, &AppController::showMyAccount);
        connect(m_mainWindow, &MainWindow::lockRequested, m_idleLock, &IdleLock::lock);
    }
    m_prompt.setParent(m_mainWindow);
    m_dialogs.setParent(m_mainWindow);
    m_mainWindow->show();
    m_idleLock->setArmed(true);
    Q_EMIT mainWindowShown();
}

void AppController::showMyAccount()
{
    // Heap, not stack: a lock while it is open takes the window (its parent) away.
    QPointer<MyAccountDialog> dialog = new MyAccountDialog(m_session, m_api, m_mainWindow);
    TestHooks::execDialog(dialog);
    delete dialog.data();
}

void AppController::lockWindow()
{
    // The lock screen is up. The window goes with every view and model, so no decrypted record
    // stays in memory; the offline data, the sync engine and the outbox stay as they are.
    if (QWidget* modal = QApplication::activeModalWidget(); modal && modal != m_signIn.data()) {
        modal->close();
    }
    if (MainWindow* window = m_mainWindow.data()) {
        m_mainWindow.clear();
        window->hide();
        window->deleteLater(); // not now: a dialog of the window may still be on the stack
    }
}

void AppController::signOutFromLock()
{
    // Offline data and queued changes stay for the next sign-in (no prompt: the window with
    // its choices is gone, and keeping them loses nothing).
    m_removeOnSignOut = false;
    m_session->signOut();
}

void AppController::switchOrganization(const QString& organizationId)
{
    if (!m_session->setActiveOrganization(organizationId)) {
        return;
    }
    qCInfo(lcApp) << "switching organisation";
    // The window is built for one organisation's offline data: build it again on the other's.
    // Not from inside the switcher's own signal: the window (and the switcher in it) goes, and
    // opening the other cache may spin a local event loop (keychain), which would run a
    // deleteLater() while the combo box is still on the stack. So: after this event.
    QTimer::singleShot(0, this, [this, organizationId]() {
        // The old views hold the old cache's connection: they go before that cache closes.
        delete m_mainWindow.data();
        openOfflineData(organizationId); // opens (or creates) its cache and starts a sync
        showMainWindow();
    });
}

void AppController::removeOfflineData()
{
    // Same path as "sign out and remove offline data": the cache must be closed to be removed,
    // and unsent changes are counted so the user knows what would be lost.
    const int unsent = m_engine ? m_engine->outbox()->store()->unsentCount() : 0;
    if (m_prompts->askSignOut(unsent) == UserPrompts::SignOutChoice::Cancel) {
        return;
    }
    m_removeOnSignOut = true;
    m_session->signOut();
}

void AppController::onStateChanged(ConnectionState state)
{
    // The server forgot the session (expired, revoked elsewhere): ask for the password again.
    // The offline data and the outbox stay; the next sign-in carries on with them.
    if (state == ConnectionState::NeedsSignIn && m_mainWindow) {
        showSignIn(tr("Your session has ended. Please sign in again."));
    }
}

void AppController::signOut()
{
    const int unsent = m_engine ? m_engine->outbox()->store()->unsentCount() : 0;
    const UserPrompts::SignOutChoice choice = m_prompts->askSignOut(unsent);
    if (choice == UserPrompts::SignOutChoice::Cancel) {
        return;
    }
    m_removeOnSignOut = choice == UserPrompts::SignOutChoice::SignOutAndRemove;
    m_session->signOut();
}

void AppController::onSignedOut()
{
    closeOfflineData();
    if (m_removeOnSignOut) {
        m_removeOnSignOut = false;
        QString error;
        if (!m_services->removeOfflineData(&error)) {
            qCWarning(lcApp) << "could not remove offline data:" << error;
        }
        qCInfo(lcApp) << "offline data removed at sign-out";
    }
    showSignIn({});
}

} // namespace purser
