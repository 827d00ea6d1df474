#include "tests/support/ServerProcess.h"

#include "tests/support/ChildSanitizerReport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>

namespace purser::test {

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::serverBinary()
{
    return QStringLiteral(PURSER_BUILD_DIR "/bin/purser-server");
}

bool ServerProcess::start(const Options& options)
{
    if (m_process) {
        finish(); // a restart: check the previous process before replacing it
    }
    m_dataDir = options.dataDir;
    m_output.clear(); // a restart must read its own "listening on" line
    if (m_dataDir.isEmpty()) {
        m_ownDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_ownDir->path();
    }
    QStringList args = {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0")};
    if (options.demo) {
        args << QStringLiteral("--demo");
    }
    if (!options.databaseUrl.isEmpty()) {
        args << QStringLiteral("--database") << options.databaseUrl;
    }
    args << options.extraArgs;

    m_process = std::make_unique<QProcess>();
    m_checked = false;
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(serverBinary(), args);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start ") + serverBinary();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (https://\\S+)"));
    static const QRegularExpression fingerprint(
        QStringLiteral("SHA-256 fingerprint:? ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})"));
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        m_process->waitForReadyRead(200);
        m_output += m_process->readAll();
        const QString text = QString::fromUtf8(m_output);
        const auto url = listening.match(text);
        const auto fp = fingerprint.match(text);
        if (url.hasMatch() && fp.hasMatch()) {
            m_baseUrl = QUrl(url.captured(1));
            m_fingerprint = fp.captured(1);
            return true;
        }
        if (m_process->state() == QProcess::NotRunning) {
            m_error = QStringLiteral("purser-server exited: ") + text;
            return false;
        }
    }
    m_error =
        QStringLiteral("purser-server did not report listening: ") + QString::fromUtf8(m_output);
    return false;
}

int ServerProcess::stop()
{
    if (!m_process) {
        return 0;
    }
    if (m_process->state() == QProcess::NotRunning) {
        finish(); // it ended on its own: its last words still count
        return m_process->exitCode();
    }
    m_process->terminate();
    if (!m_process->waitForFinished(15000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
        finish();
        return -1;
    }
    finish();
    return m_process->exitCode();
}

void ServerProcess::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
        finish();
    }
}

void ServerProcess::finish()
{
    m_output += m_process->readAll();
    // Once per process: a sanitizer report (UBSan prints on stderr) must not vanish with it.
    if (!m_checked) {
        m_checked = true;
        recordChildSanitizerReport(m_output, serverBinary());
    }
}

QByteArray ServerProcess::output()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_output += m_process->readAll();
    }
    return m_output;
}

QSslCertificate ServerProcess::certificate() const
{
    QFile file(m_dataDir + QStringLiteral("/tls/server.crt"));
    if (!file.open(QIODevice::ReadOnly)) {
        return QSslCertificate();
    }
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

} // namespace purser::test
