#include "app/FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace purser {

FirstPaintProbe::FirstPaintProbe(QObject* parent) : QObject(parent)
{
    m_sinceStart.start();
}

void FirstPaintProbe::installIfRequested(QObject* application)
{
    if (qEnvironmentVariable("PURSER_EXIT_AFTER_FIRST_PAINT") == u"1") {
        application->installEventFilter(new FirstPaintProbe(application));
    }
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()) {
        const QWidget* window = static_cast<QWidget*>(watched)->window();
        if (window && window->inherits("purser::MainWindow")) {
            m_done = true;
            std::fprintf(stderr, "first paint: %lld ms\n",
                         static_cast<long long>(m_sinceStart.elapsed()));
            // Let this paint finish, then leave.
            QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace purser
