#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace purser {

// For bench/run's cold-start figure: when PURSER_EXIT_AFTER_FIRST_PAINT=1, the first paint of
// the main window prints "first paint: N ms" (since QApplication was made) to stderr and ends
// the application. Without the variable nothing is installed.
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    static void installIfRequested(QObject* application);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit FirstPaintProbe(QObject* parent);
    QElapsedTimer m_sinceStart;
    bool m_done = false;
};

} // namespace purser
