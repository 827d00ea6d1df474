// Windows: WTSRegisterSessionNotification sends WM_WTSSESSION_CHANGE with WTS_SESSION_LOCK to a
// window; a native event filter sees it on the application's own message-only window.
#include "ui/ScreenLockMonitor.h"

#include <QAbstractNativeEventFilter>
#include <QCoreApplication>

#include <windows.h>
#include <wtsapi32.h>

namespace purser {

class WindowsScreenLockMonitor : public ScreenLockMonitor, public QAbstractNativeEventFilter
{
public:
    explicit WindowsScreenLockMonitor(QObject* parent) : ScreenLockMonitor(parent)
    {
        m_window = CreateWindowExW(0, L"STATIC", L"PurserScreenLock", 0, 0, 0, 0, 0, HWND_MESSAGE,
                                   nullptr, nullptr, nullptr);
        if (m_window) {
            WTSRegisterSessionNotification(m_window, NOTIFY_FOR_THIS_SESSION);
        }
        QCoreApplication::instance()->installNativeEventFilter(this);
    }
    ~WindowsScreenLockMonitor() override
    {
        QCoreApplication::instance()->removeNativeEventFilter(this);
        if (m_window) {
            WTSUnRegisterSessionNotification(m_window);
            DestroyWindow(m_window);
        }
    }

    bool nativeEventFilter(const QByteArray& type, void* message, qintptr*) override
    {
        // Messages to a window Qt did not create reach the dispatcher filter.
        if (type == "windows_dispatcher_MSG" || type == "windows_generic_MSG") {
            const MSG* msg = static_cast<const MSG*>(message);
            if (msg->hwnd == m_window && msg->message == WM_WTSSESSION_CHANGE &&
                msg->wParam == WTS_SESSION_LOCK) {
                Q_EMIT screenLocked();
            }
        }
        return false;
    }

private:
    HWND m_window = nullptr;
};

ScreenLockMonitor* ScreenLockMonitor::create(QObject* parent)
{
    return new WindowsScreenLockMonitor(parent);
}

} // namespace purser
