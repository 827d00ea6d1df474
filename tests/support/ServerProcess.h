#pragma once

#include <QByteArray>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace purser::test {

// Runs the real build/bin/purser-server on 127.0.0.1 with a free port (--listen
// 127.0.0.1:0) and a scratch data folder, and waits for its "listening on" line.
class ServerProcess
{
public:
    struct Options
    {
        QString dataDir;       // empty: a fresh temporary folder owned by this object
        bool demo = true;      // seed the demo organisations
        QString databaseUrl;   // empty: embedded SQLite in the data folder
        QStringList extraArgs; // anything else, e.g. --tls-cert/--tls-key
    };

    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    bool start(const Options& options);
    bool start() { return start(Options{}); }
    // SIGTERM, then wait; returns the exit code (or -1 when it had to be killed).
    int stop();
    // SIGKILL without warning (crash tests): nothing gets to clean up or flush.
    void kill();

    QUrl baseUrl() const { return m_baseUrl; } // https://127.0.0.1:PORT
    qint64 processId() const { return m_process ? m_process->processId() : 0; }
    QString host() const { return m_baseUrl.host(); }
    int port() const { return m_baseUrl.port(); }
    QString fingerprint() const { return m_fingerprint; } // as printed: AB:CD:...
    QString dataDir() const { return m_dataDir; }
    // The certificate the server presents (read from its data folder).
    QSslCertificate certificate() const;
    // Everything the server printed so far (stdout and stderr), for asserting on logs.
    QByteArray output();
    QString errorString() const { return m_error; }

    static QString serverBinary();

private:
    void finish(); // reads what is left of the output of an ended process and checks it

    std::unique_ptr<QTemporaryDir> m_ownDir;
    std::unique_ptr<QProcess> m_process;
    QString m_dataDir;
    QUrl m_baseUrl;
    QString m_fingerprint;
    QByteArray m_output;
    QString m_error;
    bool m_checked = false;
};

} // namespace purser::test
