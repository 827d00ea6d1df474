#pragma once

#include <QString>

namespace purser {

// For the packaging test (`purser --screenshot FILE`, hidden from --help): waits until a
// top-level window is visible, saves QWidget::grab() of it as PNG and quits the application
// (exit code 0 when saved, 1 when no window appeared within 15 s or the file failed).
class WindowScreenshot
{
public:
    static void saveFirstWindow(const QString& file);
};

} // namespace purser
