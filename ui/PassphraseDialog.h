#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace purser {

// Asks for the Purser passphrase where no system keychain works. It protects the session
// token and the offline data's key (Argon2id-derived key); on first use it is asked twice.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PassphraseDialog(bool creating, QWidget* parent = nullptr);

    void setReason(const QString& why);
    void showError(const QString& message);
    QString passphrase() const;

    static constexpr int minimumLength = 8;

private:
    void updateOk();

    bool m_creating;
    QLabel* m_reason;
    QLabel* m_error;
    QLineEdit* m_passphrase;
    QLineEdit* m_repeat;
    QPushButton* m_ok;
};

} // namespace purser
