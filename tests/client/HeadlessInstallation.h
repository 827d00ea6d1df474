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
    // Keychain: the shared keychain of the test session. Passphrase: no keychain reachable (no
    // D-Bus session), so the commands keep secrets in this installation's passphrase-wrapped
    // file and read the passphrase first on standard input (sign-in: after the password) --
    // another computer, with a witness key of its own.
    enum class Secrets
    {
        Keychain,
        Passphrase,
    };
    explicit HeadlessInstallation(Secrets secrets = Secrets::Keychain);

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
    Secrets m_secrets;
};

} // namespace purser::test
