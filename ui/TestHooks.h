#pragma once

#include <QStringList>
#include <functional>

class QDialog;
class QUrl;
class QWidget;

namespace purser {

// Seams for GUI tests: modal dialogs and file pickers go through here so a test can answer
// them without a human (and without timers). Unset hooks fall through to the real thing.
struct TestHooks
{
    // Runs the dialog; returns true when accepted.
    static std::function<bool(QDialog*)> dialogHook;
    // Answers a "save as" / "open files" question.
    static std::function<QString(const QString& caption)> saveFileHook;
    static std::function<QStringList(const QString& caption)> openFilesHook;
    static std::function<QString(const QString& caption)> directoryHook;
    // Hands a file to the system's viewer (QDesktopServices); a test records it instead.
    static std::function<bool(const QUrl& url)> openUrlHook;

    // The wall clock in milliseconds since the epoch, for idle timing (IdleMonitor): a test
    // moves it forward instead of waiting.
    static std::function<qint64()> clockHook;

    static bool execDialog(QDialog* dialog);
    static qint64 nowMs();
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& filter);
    static QStringList openFileNames(QWidget* parent, const QString& caption,
                                     const QString& filter);
    static QString existingDirectory(QWidget* parent, const QString& caption);
    static bool openUrl(const QUrl& url);
};

} // namespace purser
