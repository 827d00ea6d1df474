#include "app/IdleLock.h"

#include "net/Session.h"
#include "ui/IdleMonitor.h"
#include "ui/LockScreen.h"
#include "ui/ScreenLockMonitor.h"
#include "ui/SettingsView.h"

#include <QLoggingCategory>
#include <QSettings>

namespace purser {

namespace {
Q_LOGGING_CATEGORY(lcLock, "purser.app.lock")
}

IdleLock::IdleLock(Session* session, QObject* parent)
    : QObject(parent), m_session(session), m_idle(new IdleMonitor(this)),
      m_screen(ScreenLockMonitor::create(this)), m_screenWidget(new LockScreen)
{
    m_idle->setTimeoutProvider([]() {
        return QSettings()
                   .value(SettingsView::idleLockMinutesKey(), SettingsView::defaultIdleLockMinutes)
                   .toLongLong() *
               60 * 1000;
    });
    connect(m_idle, &IdleMonitor::idle, this, &IdleLock::lock);
    connect(m_screen, &ScreenLockMonitor::screenLocked, this, &IdleLock::lock);
    connect(m_screenWidget, &LockScreen::unlockRequested, this, &IdleLock::tryUnlock);
    connect(m_screenWidget, &LockScreen::signOutRequested, this, &IdleLock::signOutRequested);
}

IdleLock::~IdleLock()
{
    delete m_screenWidget;
}

void IdleLock::setArmed(bool armed)
{
    m_armed = armed;
    if (armed) {
        m_idle->start();
        return;
    }
    m_idle->stop();
    m_locked = false;
    m_screenWidget->hide();
    m_screenWidget->reset();
}

void IdleLock::lock()
{
    if (!m_armed || m_locked) {
        return;
    }
    qCInfo(lcLock) << "locking the window";
    m_locked = true;
    m_idle->stop();
    m_screenWidget->setAccount(m_session->email());
    m_screenWidget->reset();
    // Shown before the window goes, so the application never has no window.
    m_screenWidget->show();
    m_screenWidget->raise();
    m_screenWidget->activateWindow();
    Q_EMIT locked();
}

void IdleLock::tryUnlock(const QString& password)
{
    if (m_session->state() == ConnectionState::Offline) {
        unlockOffline(password);
        return;
    }
    m_session->reauthenticate(
        password, [this, password](Session::PasswordVerdict verdict, const ApiError& error) {
            switch (verdict) {
            case Session::PasswordVerdict::Right:
                finishUnlock();
                return;
            case Session::PasswordVerdict::Wrong:
                m_screenWidget->showError(tr("The password is wrong."));
                return;
            case Session::PasswordVerdict::Unreachable:
                unlockOffline(password);
                return;
            case Session::PasswordVerdict::Refused:
                m_screenWidget->showError(error.message);
                return;
            }
        });
}

void IdleLock::unlockOffline(const QString& password)
{
    bool known = false;
    if (m_session->checkUnlockPasswordOffline(password, &known)) {
        qCInfo(lcLock) << "unlocked offline against the stored verifier";
        finishUnlock();
        return;
    }
    m_screenWidget->showError(
        known ? tr("The password is wrong.")
              : tr("The server cannot be reached, and this computer has no offline check of "
                   "your password yet. Connect to the server to unlock, or sign out."));
}

void IdleLock::finishUnlock()
{
    m_locked = false;
    Q_EMIT unlocked(); // the window first, so the application always has one
    m_screenWidget->hide();
    m_screenWidget->reset();
    if (m_armed) {
        m_idle->start();
    }
}

} // namespace purser
