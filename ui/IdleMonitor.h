#pragma once

#include <QObject>
#include <functional>

class QTimer;

namespace purser {

// Notices when nobody has touched the keyboard, mouse or screen of this application for a
// while. Input anywhere in the application counts (an event filter on the application); time
// comes from TestHooks::nowMs(), so a test moves the clock instead of waiting.
class IdleMonitor : public QObject
{
    Q_OBJECT
public:
    explicit IdleMonitor(QObject* parent = nullptr);
    ~IdleMonitor() override;

    // Read at every check, so a changed setting applies at once. <= 0: never idle.
    void setTimeoutProvider(std::function<qint64()> timeoutMs) { m_timeout = std::move(timeoutMs); }
    // Watches from now on (counts as input); stop() until the next start.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Runs the check the timer runs once a second.
    void checkNow();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::function<qint64()> m_timeout;
    QTimer* m_tick;
    qint64 m_lastInput = 0;
    bool m_running = false;
};

} // namespace purser
