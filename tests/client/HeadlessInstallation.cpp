#include "tests/client/HeadlessInstallation.h"

#include "tests/support/ChildSanitizerReport.h"

#include <QDebug>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>

namespace purser::test {

HeadlessInstallation::HeadlessInstallation(Secrets secrets) : m_secrets(secrets)
{
    Q_ASSERT(m_dir.isValid());
}

QProcessEnvironment HeadlessInstallation::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (m_secrets == Secrets::Passphrase) {
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
    }
    return env;
}

void HeadlessInstallation::start(QProcess& process, const QStringList& arguments) const
{
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(PURSER_BUILD_DIR "/bin/purser"), arguments);
}

int HeadlessInstallation::run(const QStringList& arguments, const QByteArray& input,
                              QByteArray* output) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    start(process, arguments);
    if (!process.waitForStarted(10000)) {
        return -1;
    }
    process.write(input);
    process.closeWriteChannel();
    // Wait with a running event loop: the test process may serve the command (a TcpRelay).
    QEventLoop loop;
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning) {
        loop.exec();
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return -2;
    }
    const QByteArray out = process.readAll();
    recordChildSanitizerReport(out, process.program());
    if (output) {
        *output = out;
    }
    if (process.exitCode() != 0) {
        qWarning().noquote() << arguments.join(u' ') << "->" << process.exitCode() << out;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
}

QString HeadlessInstallation::settingsFile() const
{
    return m_dir.filePath(QStringLiteral("config/Purser/purser.conf"));
}

QString HeadlessInstallation::organization() const
{
    return QSettings(settingsFile(), QSettings::IniFormat)
        .value(QStringLiteral("cache/lastOrganization"))
        .toString();
}

QString HeadlessInstallation::cacheFolder() const
{
    return m_dir.filePath(QStringLiteral("data/Purser/purser/cache"));
}

} // namespace purser::test
