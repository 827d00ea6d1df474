#include "tests/server/RawTlsConnection.h"

#include <QDeadlineTimer>
#include <QSslConfiguration>

namespace purser::test {

bool RawTlsConnection::open(int timeoutMs)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_server.certificate()});
    m_socket.setSslConfiguration(tls);
    m_socket.connectToHostEncrypted(m_server.host(), static_cast<quint16>(m_server.port()));
    return m_socket.waitForEncrypted(timeoutMs);
}

bool RawTlsConnection::write(const QByteArray& bytes, int timeoutMs)
{
    if (!isOpen() || m_socket.write(bytes) != bytes.size()) {
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.encryptedBytesToWrite() > 0 || m_socket.bytesToWrite() > 0) {
        if (!isOpen() || deadline.hasExpired() ||
            !m_socket.waitForBytesWritten(static_cast<int>(deadline.remainingTime()))) {
            return false;
        }
    }
    return isOpen();
}

QByteArray RawTlsConnection::readAnswer(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        m_pending += m_socket.readAll();
        const qsizetype headEnd = m_pending.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const QByteArray head = m_pending.left(headEnd + 4);
            const qsizetype length = header(head, "Content-Length").toLongLong();
            if (m_pending.size() >= headEnd + 4 + length) {
                const QByteArray answer = m_pending.left(headEnd + 4 + length);
                m_pending.remove(0, answer.size());
                return answer;
            }
        }
        if (deadline.hasExpired() || m_socket.state() != QAbstractSocket::ConnectedState) {
            if (m_socket.bytesAvailable() > 0) {
                continue;
            }
            return {};
        }
        m_socket.waitForReadyRead(static_cast<int>(qMin<qint64>(deadline.remainingTime(), 200)));
    }
}

bool RawTlsConnection::waitClosed(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() != QAbstractSocket::UnconnectedState) {
        if (deadline.hasExpired()) {
            return false;
        }
        m_pending += m_socket.readAll();
        m_socket.waitForDisconnected(static_cast<int>(qMin<qint64>(deadline.remainingTime(), 100)));
    }
    return true;
}

int RawTlsConnection::status(const QByteArray& answer)
{
    if (!answer.startsWith("HTTP/1.")) {
        return 0;
    }
    return answer.mid(9, 3).toInt();
}

QByteArray RawTlsConnection::header(const QByteArray& answer, const QByteArray& name)
{
    const QByteArray head = answer.left(answer.indexOf("\r\n\r\n"));
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
            return line.mid(colon + 1).trimmed();
        }
    }
    return {};
}

} // namespace purser::test
