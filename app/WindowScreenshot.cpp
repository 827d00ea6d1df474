#include "app/WindowScreenshot.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <memory>

namespace purser {

void WindowScreenshot::saveFirstWindow(const QString& file)
{
    auto timer = new QTimer(qApp);
    auto waited = std::make_shared<QElapsedTimer>();
    waited->start();
    timer->setInterval(200);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, waited, file]() {
        QWidget* shown = nullptr;
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (widget->isVisible() && !widget->size().isEmpty()) {
                shown = widget;
                break;
            }
        }
        if (!shown) {
            if (waited->elapsed() > 15000) {
                std::fputs("purser: no window appeared for --screenshot\n", stderr);
                timer->stop();
                QApplication::exit(1);
            }
            return;
        }
        timer->stop();
        const bool saved = shown->grab().save(file, "PNG");
        if (!saved) {
            std::fprintf(stderr, "purser: cannot write %s\n", qPrintable(file));
        }
        QApplication::exit(saved ? 0 : 1);
    });
    timer->start();
}

} // namespace purser
