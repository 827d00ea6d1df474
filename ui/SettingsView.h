#pragma once

#include "ui/WorkspaceView.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QWidget;

namespace purser {

class KeychainStatusCheck;

// The client's own settings: the server and its pinned certificate (view, forget), where the
// secrets live and whether the keychain answers (a live check), language, sync interval, and
// the offline data (size, remove). The form keeps a readable width on wide windows.
class SettingsView : public WorkspaceView
{
    Q_OBJECT
public:
    explicit SettingsView(const Workspace& workspace, QWidget* parent = nullptr);
    ~SettingsView() override;

    void reload() override;

    QComboBox* language() const { return m_language; }
    QSpinBox* syncInterval() const { return m_interval; }
    QLabel* fingerprint() const { return m_fingerprint; }
    // The audit checkpoint signing keys this computer trusts for the server (SigningKeyPins).
    QLabel* signingKeys() const { return m_signingKeys; }
    // This computer's witness key (WitnessKey), for auditors to name in --require-witness.
    QLabel* witnessKey() const { return m_witnessKey; }
    // The witness keys an export must be cosigned by before it is called verified
    // (RequiredWitnesses); saved when editing finishes and every fingerprint is well formed.
    QLineEdit* requiredWitnesses() const { return m_requiredWitnesses; }
    QLabel* requiredWitnessesProblem() const { return m_requiredWitnessesProblem; }
    QLabel* offlineSize() const { return m_size; }
    QLabel* keychainStatus() const { return m_keychainStatus; }
    QPushButton* checkKeychainButton() const { return m_checkKeychain; }
    KeychainStatusCheck* keychainCheck() const { return m_keychainCheck; }
    QWidget* form() const { return m_form; }
    static constexpr int maximumFormWidth = 720;

    // Asks the keychain again (also done when the view is built).
    void checkKeychain();

    static QString languageKey() { return QStringLiteral("ui/language"); }
    static QString syncIntervalKey() { return QStringLiteral("sync/intervalMinutes"); }
    // Minutes without input before the window locks (IdleLock).
    static QString idleLockMinutesKey() { return QStringLiteral("security/idleLockMinutes"); }
    static constexpr int defaultIdleLockMinutes = 10;
    QSpinBox* idleLockMinutes() const { return m_idleLock; }

Q_SIGNALS:
    void offlineDataRemovalRequested();

private:
    QString hostPort() const;
    void showKeychainStatus();

    QLabel* m_server;
    QLabel* m_fingerprint;
    QLabel* m_signingKeys;
    QLabel* m_witnessKey;
    QLineEdit* m_requiredWitnesses;
    QLabel* m_requiredWitnessesProblem;
    QPushButton* m_forget;
    QLabel* m_keychain;
    QLabel* m_keychainStatus;
    QPushButton* m_checkKeychain;
    KeychainStatusCheck* m_keychainCheck;
    QWidget* m_form;
    QComboBox* m_language;
    QSpinBox* m_interval;
    QSpinBox* m_idleLock;
    QLabel* m_size;
    QPushButton* m_remove;
};

} // namespace purser
