#pragma once

#include <QObject>

namespace purser {

class IdleMonitor;
class LockScreen;
class ScreenLockMonitor;
class Session;

// Locks the signed-in window after a period without input (Settings, 10 minutes by default)
// and when the operating system locks the screen. Locking is the controller's job (the window
// and its models go, so no decrypted record stays in memory; the sync engine and the outbox
// carry on); this class decides when, shows the lock screen and checks the password: by the
// server when it answers, else against the offline verifier in the keychain.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(Session* session, QObject* parent = nullptr);
    ~IdleLock() override;

    // Armed only while a signed-in window is up.
    void setArmed(bool armed);
    bool isLocked() const { return m_locked; }
    void lock();

    IdleMonitor* idleMonitor() const { return m_idle; }
    ScreenLockMonitor* screenLockMonitor() const { return m_screen; }
    LockScreen* lockScreen() const { return m_screenWidget; }

Q_SIGNALS:
    void locked();   // hide and drop the window now
    void unlocked(); // the password was right: show the window again
    void signOutRequested();

private:
    void tryUnlock(const QString& password);
    void unlockOffline(const QString& password);
    void finishUnlock();

    Session* m_session;
    IdleMonitor* m_idle;
    ScreenLockMonitor* m_screen;
    LockScreen* m_screenWidget; // owned: a window of its own
    bool m_armed = false;
    bool m_locked = false;
};

} // namespace purser
