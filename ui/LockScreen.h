#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace purser {

// What a locked Purser shows instead of its window: who is signed in, a password field to
// unlock and a way to sign out. It shows nothing of the organisation's data.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(QWidget* parent = nullptr);

    void setAccount(const QString& email);
    void setBusy(bool busy);
    void showError(const QString& message); // also leaves the busy state
    QString errorText() const;
    QLineEdit* passwordField() const { return m_password; }
    QPushButton* unlockButton() const { return m_unlock; }
    QPushButton* signOutButton() const { return m_signOut; }
    void reset();

Q_SIGNALS:
    void unlockRequested(const QString& password);
    void signOutRequested();

private:
    void submit();

    QLabel* m_account;
    QLineEdit* m_password;
    QPushButton* m_unlock;
    QPushButton* m_signOut;
    QLabel* m_error;
};

} // namespace purser
