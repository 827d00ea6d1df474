#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTabWidget;

namespace purser {

class ApiClient;
class Session;
class SessionsPanel;
class TwoFactorPanel;
struct ApiError;
struct ApiResponse;

// "My account" (everyone): change the password, turn two-factor on or off, and see and revoke
// the account's sessions. Every action needs the server's answer at once, so nothing here is
// queued: offline, each says plainly that it needs a connection.
class MyAccountDialog : public QDialog
{
    Q_OBJECT
public:
    // session and api are not owned and must outlive the dialog.
    MyAccountDialog(Session* session, ApiClient* api, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    TwoFactorPanel* twoFactor() const { return m_twoFactor; }
    SessionsPanel* sessions() const { return m_sessions; }

    // Shared by the panels: false (and the reason shown) when the server cannot be asked now.
    static bool mayAskServer(Session* session, QLabel* message);
    static QString describe(const ApiError& error);
    // A 422 naming this field (api.md: error.fields).
    static bool fieldRejected(const ApiResponse& response, const QString& field);
    static void showMessage(QLabel* label, const QString& text, bool problem);

private:
    QWidget* buildPasswordPage();
    void changePassword();

    Session* m_session;
    ApiClient* m_api;
    QTabWidget* m_tabs;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_passwordMessage = nullptr;
    TwoFactorPanel* m_twoFactor;
    SessionsPanel* m_sessions;
};

} // namespace purser
