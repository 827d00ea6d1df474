// Linux and other freedesktop systems: screensavers announce locking with an ActiveChanged(true)
// signal on the session bus (org.freedesktop.ScreenSaver; GNOME also as org.gnome.ScreenSaver).
#include "ui/ScreenLockMonitor.h"

#include <QDBusConnection>
#include <QLoggingCategory>

namespace purser {

namespace {
Q_LOGGING_CATEGORY(lcScreenLock, "purser.ui.screenlock")

struct Interface
{
    const char* path;
    const char* name;
};
constexpr Interface screensavers[] = {
    {"/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"},
    {"/ScreenSaver", "org.freedesktop.ScreenSaver"}, // KDE
    {"/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"},
};
} // namespace

class DBusScreenLockMonitor : public ScreenLockMonitor
{
    Q_OBJECT
public:
    explicit DBusScreenLockMonitor(QObject* parent) : ScreenLockMonitor(parent)
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected()) {
            qCInfo(lcScreenLock) << "no session bus; screen locks are not noticed";
            return;
        }
        for (const Interface& screensaver : screensavers) {
            // Any sender: the service name differs between desktops.
            bus.connect(QString(), QLatin1String(screensaver.path), QLatin1String(screensaver.name),
                        QStringLiteral("ActiveChanged"), this, SLOT(onActiveChanged(bool)));
        }
    }

private Q_SLOTS:
    void onActiveChanged(bool active)
    {
        if (active) {
            qCInfo(lcScreenLock) << "the screen locked";
            Q_EMIT screenLocked();
        }
    }
};

ScreenLockMonitor* ScreenLockMonitor::create(QObject* parent)
{
    return new DBusScreenLockMonitor(parent);
}

} // namespace purser

#include "ScreenLockMonitorLinux.moc"
