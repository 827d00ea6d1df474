#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace purser::test {

// One client installation for the headless `purser` commands: its own settings and app-data
// folders (XDG_CONFIG_HOME, XDG_DATA_HOME), the shared keychain of the test session.
class HeadlessInstallation
{
public:
    HeadlessInstallation();

    QString root() const { return m_dir.path(); }
    QProcessEnvironment environment() const;
    void start(QProcess& process, const QStringList& arguments) const;
    // Runs to completion; returns the exit code (stdout+stderr in *output).
    int run(const QStringList& arguments, const QByteArray& input = {},
            QByteArray* output = nullptr) const;

    QString settingsFile() const;
    QString organization() const; // the organisation the commands used last
    QString cacheFolder() const;

private:
    QTemporaryDir m_dir;
};

} // namespace purser::test
