#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace purser {

class ApiClient;
class Session;

// Two-factor for one's own account: turn it on (password, then the QR code of the otpauth://
// URI and the secret as text, confirmed by a first code), the backup codes shown once with
// save and print, and turn it off (password and a code). The secret and the backup codes live
// only in this panel's widgets and are cleared as soon as they are no longer shown.
class TwoFactorPanel : public QWidget
{
    Q_OBJECT
public:
    TwoFactorPanel(Session* session, ApiClient* api, QWidget* parent = nullptr);

    enum class Step
    {
        Off,
        Confirm,
        BackupCodes,
        On,
    };
    Step step() const { return m_step; }
    // What the QR code shown encodes (empty outside the Confirm step); tests check it.
    QString encodedUri() const { return m_encodedUri; }
    QLabel* qrCode() const { return m_qr; }
    QStringList backupCodes() const { return m_codes; }

private:
    QWidget* buildOffPage();
    QWidget* buildConfirmPage();
    QWidget* buildCodesPage();
    QWidget* buildOnPage();
    void setStep(Step step);
    void enable();
    void confirm();
    void disable();
    void saveCodes();
    void printCodes();
    QString codesText() const;

    Session* m_session;
    ApiClient* m_api;
    Step m_step = Step::Off;
    QStackedWidget* m_pages;
    QLabel* m_message;
    QLineEdit* m_enablePassword = nullptr;
    QLabel* m_qr = nullptr;
    QLabel* m_secret = nullptr;
    QLineEdit* m_firstCode = nullptr;
    QPlainTextEdit* m_codesView = nullptr;
    QLineEdit* m_disablePassword = nullptr;
    QLineEdit* m_disableCode = nullptr;
    QString m_encodedUri;
    QStringList m_codes;
};

} // namespace purser
