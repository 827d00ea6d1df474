#include "app/AppController.h"

#include "net/ApiClient.h"
#include "net/CertificatePinStore.h"
#include "net/Session.h"
#include "net/SessionStore.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"

#include <QApplication>

namespace purser {

AppController::AppController(QObject* parent)
    : QObject(parent), m_pins(std::make_unique<CertificatePinStore>(&m_settings)),
      m_store(new SessionStore(&m_settings, this)), m_api(new ApiClient(m_pins.get(), this)),
      m_session(new Session(m_api, m_store, this))
{
    m_api->setTrustPrompt(&m_prompt);
    connect(m_session, &Session::signInFinished, this, &AppController::onSignInFinished);
    connect(m_session, &Session::resumeFinished, this, &AppController::onResumeFinished);
    connect(m_session, &Session::signedOut, this, [this]() { showSignIn({}); });
    connect(m_session, &Session::stateChanged, this, &AppController::onStateChanged);
}

AppController::~AppController()
{
    delete m_mainWindow.data();
    delete m_signIn.data();
}

void AppController::start(const QString& serverOverride)
{
    m_serverOverride = serverOverride;
    const auto requested = ApiClient::normalizeServerUrl(serverOverride);
    // An explicit --server for another server than last time means "sign in there".
    if (!serverOverride.isEmpty() && (!requested || *requested != m_store->lastServer())) {
        showSignIn({});
        return;
    }
    if (m_store->lastServer().isValid() && !m_store->lastEmail().isEmpty()) {
        m_session->resume();
        return;
    }
    showSignIn({});
}

void AppController::onResumeFinished(bool ok, const ApiError& error)
{
    if (ok) {
        showMainWindow();
        return;
    }
    showSignIn(error.isError() ? error.message : QString());
}

void AppController::showSignIn(const QString& message)
{
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
        if (m_signIn) {
            m_signIn->showError(error.message);
        }
        return;
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
    m_mainWindow = new MainWindow(m_session);
    m_mainWindow->setAttribute(Qt::WA_DeleteOnClose);
    m_prompt.setParent(m_mainWindow);
    connect(m_mainWindow, &MainWindow::signOutRequested, this, &AppController::signOut);
    m_mainWindow->show();
    m_mainWindow->refresh();
}

void AppController::onStateChanged(ConnectionState state)
{
    // The server forgot the session (expired, revoked elsewhere): ask for the password again.
    if (state == ConnectionState::NeedsSignIn && m_mainWindow) {
        showSignIn(tr("Your session has ended. Please sign in again."));
    }
}

void AppController::signOut()
{
    m_session->signOut();
}

} // namespace purser
