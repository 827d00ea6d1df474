#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace purser {

// Puts a secret (a new API key, an invitation link) on the clipboard the way password managers
// do: marked so clipboard managers keep no history of it (KDE's x-kde-passwordManagerHint),
// and cleared after kClearAfterMs, or when Purser quits, if it is still what is there. One
// instance for the application, so closing the dialog that copied does not clear it before
// the user pastes.
class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    static constexpr int kClearAfterMs = 30000;

    static SecretClipboard* instance();
    static void copy(const QString& secret) { instance()->copySecret(secret); }

    // Test hooks: the pending clear, and running it now instead of waiting.
    QTimer* clearTimer() const { return m_timer; }
    void clearIfUnchanged();

private:
    explicit SecretClipboard(QObject* parent);
    ~SecretClipboard() override;
    void copySecret(const QString& secret);

    QTimer* m_timer;
    QString m_secret;
};

} // namespace purser
