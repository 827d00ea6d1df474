#pragma once

#include "net/ConnectionState.h"
#include "ui/DialogCertificateTrustPrompt.h"
#include "ui/DialogUserPrompts.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace purser {

class ApiClient;
class CacheDatabase;
class CachePageCheck;
class AuditNamesBackfill;
class ClientServices;
class IdleLock;
class MainWindow;
class Session;
class SessionStore;
class SignInDialog;
class SyncEngine;
class SyncStatus;
struct ApiError;

// Wires the client together and walks the start-up path: pick where secrets live (the OS
// keychain, or a passphrase where none works), resume the last session from it or ask for a
// sign-in, open the encrypted offline data of the signed-in (server, user, organisation) and
// keep it in step with SyncEngine (at once, then on a timer), then show the main window. When
// the server cannot be reached at start, the window opens on the offline data and changes
// wait in the outbox until the server answers again.
class AppController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        UserPrompts* prompts = nullptr; // nullptr: the real dialogs; tests pass their own
        bool useKeychain = true;        // false: the passphrase store even if a keychain works
        int backgroundSyncMs = 5 * 60 * 1000;
    };

    explicit AppController(QObject* parent = nullptr);
    AppController(const Options& options, QObject* parent = nullptr);
    ~AppController() override;

    // serverOverride: from --server; pre-fills the sign-in dialog. False when the user gave up
    // before anything could start (cancelled the passphrase).
    bool start(const QString& serverOverride);

    // For the window's status bar (lives as long as the controller) and for tests.
    SyncStatus* syncStatus() const { return m_status; }
    SyncEngine* syncEngine() const { return m_engine.get(); } // nullptr without offline data
    Session* session() const { return m_session; }
    MainWindow* mainWindow() const;
    SignInDialog* signInDialog() const;
    IdleLock* idleLock() const { return m_idleLock; }

Q_SIGNALS:
    // The main window is up (online or from offline data).
    void mainWindowShown();

private:
    bool chooseSecrets();
    void showSignIn(const QString& message);
    void onSignInFinished(bool ok, const ApiError& error);
    void onResumeFinished(bool ok, const ApiError& error);
    bool startOffline();
    bool openOfflineData(const QString& organizationId);
    void closeOfflineData();
    void showMainWindow();
    void onStateChanged(ConnectionState state);
    void signOut();
    void removeOfflineData();
    void switchOrganization(const QString& organizationId);
    void onPageCheckFinished(bool intact);
    void startNamesBackfill();
    void onSignedOut();
    void showMyAccount();
    void lockWindow();
    void signOutFromLock();

    Options m_options;
    // Secrets, API client, session (the one owner of the connection state) and offline data:
    // the same services the headless commands use. First, so it goes last.
    std::unique_ptr<ClientServices> m_services;
    SessionStore* m_store;
    ApiClient* m_api;
    Session* m_session;
    SyncStatus* m_status;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<SyncEngine> m_engine;
    QPointer<CachePageCheck> m_pageCheck;         // the open cache's pages, read on a worker thread
    QPointer<AuditNamesBackfill> m_namesBackfill; // older entries' record names, in slices
    DialogCertificateTrustPrompt m_prompt;
    DialogUserPrompts m_dialogs;
    UserPrompts* m_prompts;
    QString m_serverOverride;
    bool m_removeOnSignOut = false;
    QPointer<SignInDialog> m_signIn;
    QPointer<MainWindow> m_mainWindow;
    IdleLock* m_idleLock;
};

} // namespace purser
