#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace purser {

// Asks for the server address, email and password. It does not talk to the network itself:
// it emits signInRequested, and whoever runs the session reports back with showError() or
// accept(). While busy the fields are disabled so a second click cannot send twice.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget* parent = nullptr);

    void setServer(const QString& server);
    void setEmail(const QString& email);
    QString serverText() const;
    QString email() const;

    void setBusy(bool busy);
    void showError(const QString& message); // also leaves the busy state
    QString errorText() const;
    // The server wants the second factor: the code field appears (and stays) with the error.
    void askForCode(const QString& message);
    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* codeField() const { return m_code; }

Q_SIGNALS:
    void signInRequested(const QUrl& server, const QString& email, const QString& password,
                         const QString& totpCode = {});

private:
    void submit();

    QLineEdit* m_server;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QLineEdit* m_code;
    QLabel* m_codeLabel;
    QLabel* m_error;
    QLabel* m_busy;
    QDialogButtonBox* m_buttons;
};

} // namespace purser
