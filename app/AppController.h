#pragma once

#include "net/ConnectionState.h"
#include "ui/DialogCertificateTrustPrompt.h"

#include <QObject>
#include <QPointer>
#include <QSettings>
#include <memory>

namespace purser {

class ApiClient;
class CertificatePinStore;
class MainWindow;
class Session;
class SessionStore;
class SignInDialog;
struct ApiError;

// Wires the client together and walks the start-up path: resume the last session from the
// keychain when there is one, otherwise ask for a sign-in; then show the main window.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(QObject* parent = nullptr);
    ~AppController() override;

    // serverOverride: from --server; pre-fills the sign-in dialog.
    void start(const QString& serverOverride);

private:
    void showSignIn(const QString& message);
    void onSignInFinished(bool ok, const ApiError& error);
    void onResumeFinished(bool ok, const ApiError& error);
    void showMainWindow();
    void onStateChanged(ConnectionState state);
    void signOut();

    QSettings m_settings;
    std::unique_ptr<CertificatePinStore> m_pins;
    SessionStore* m_store;
    ApiClient* m_api;
    Session* m_session;
    DialogCertificateTrustPrompt m_prompt;
    QString m_serverOverride;
    QPointer<SignInDialog> m_signIn;
    QPointer<MainWindow> m_mainWindow;
};

} // namespace purser
