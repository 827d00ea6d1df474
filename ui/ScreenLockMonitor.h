#pragma once

#include <QObject>

namespace purser {

// Tells when the operating system locks the screen. One interface, one file per platform
// (ScreenLockMonitorLinux.cpp: the freedesktop and GNOME screensaver D-Bus signal;
// ScreenLockMonitorMac.mm: com.apple.screenIsLocked; ScreenLockMonitorWindows.cpp:
// WTS_SESSION_LOCK), chosen by CMake.
class ScreenLockMonitor : public QObject
{
    Q_OBJECT
public:
    // The platform's monitor; on a platform without one it simply never signals.
    static ScreenLockMonitor* create(QObject* parent);

Q_SIGNALS:
    void screenLocked();

protected:
    explicit ScreenLockMonitor(QObject* parent) : QObject(parent) {}
};

} // namespace purser
