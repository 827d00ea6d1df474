#include "ui/IdleMonitor.h"

#include "ui/TestHooks.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace purser {

IdleMonitor::IdleMonitor(QObject* parent) : QObject(parent), m_tick(new QTimer(this))
{
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &IdleMonitor::checkNow);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleMonitor::~IdleMonitor()
{
    if (QCoreApplication::instance()) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

void IdleMonitor::start()
{
    m_lastInput = TestHooks::nowMs();
    m_running = true;
    m_tick->start();
}

void IdleMonitor::stop()
{
    m_running = false;
    m_tick->stop();
}

void IdleMonitor::checkNow()
{
    const qint64 timeout = m_timeout ? m_timeout() : 0;
    if (!m_running || timeout <= 0 || TestHooks::nowMs() - m_lastInput < timeout) {
        return;
    }
    stop(); // once per idle period; whoever locks starts it again after the unlock
    Q_EMIT idle();
}

bool IdleMonitor::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        m_lastInput = TestHooks::nowMs();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace purser
