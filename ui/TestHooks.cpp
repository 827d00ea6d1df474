#include "ui/TestHooks.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDialog>
#include <QFileDialog>
#include <QUrl>

namespace purser {

std::function<bool(QDialog*)> TestHooks::dialogHook;
std::function<QString(const QString&)> TestHooks::saveFileHook;
std::function<QStringList(const QString&)> TestHooks::openFilesHook;
std::function<QString(const QString&)> TestHooks::directoryHook;
std::function<bool(const QUrl&)> TestHooks::openUrlHook;
std::function<qint64()> TestHooks::clockHook;

qint64 TestHooks::nowMs()
{
    return clockHook ? clockHook() : QDateTime::currentMSecsSinceEpoch();
}

bool TestHooks::execDialog(QDialog* dialog)
{
    if (dialogHook) {
        return dialogHook(dialog);
    }
    return dialog->exec() == QDialog::Accepted;
}

QString TestHooks::saveFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (saveFileHook) {
        return saveFileHook(caption);
    }
    return QFileDialog::getSaveFileName(parent, caption, {}, filter);
}

QStringList TestHooks::openFileNames(QWidget* parent, const QString& caption, const QString& filter)
{
    if (openFilesHook) {
        return openFilesHook(caption);
    }
    return QFileDialog::getOpenFileNames(parent, caption, {}, filter);
}

QString TestHooks::existingDirectory(QWidget* parent, const QString& caption)
{
    if (directoryHook) {
        return directoryHook(caption);
    }
    return QFileDialog::getExistingDirectory(parent, caption);
}

bool TestHooks::openUrl(const QUrl& url)
{
    if (openUrlHook) {
        return openUrlHook(url);
    }
    return QDesktopServices::openUrl(url);
}

} // namespace purser
