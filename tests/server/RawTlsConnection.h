#pragma once

#include "tests/support/ServerProcess.h"

#include <QByteArray>
#include <QSslSocket>
#include <QString>

namespace purser::test {

// One TLS connection to a ServerProcess under the test's full control, for what a
// well-behaved HTTP client never sends: trickled headers, endless chunk extensions, bodies
// announced and never sent. It trusts exactly the server's certificate, like ApiTestClient.
class RawTlsConnection
{
public:
    explicit RawTlsConnection(const ServerProcess& server) : m_server(server) {}

    // TCP connect and TLS handshake; false when either fails within timeoutMs.
    bool open(int timeoutMs = 5000);
    // Writes and waits until the bytes left (false once the server has closed).
    bool write(const QByteArray& bytes, int timeoutMs = 5000);
    // Reads one answer (head and Content-Length body); empty when none came in timeoutMs.
    QByteArray readAnswer(int timeoutMs = 5000);
    // True when the server closes the connection within timeoutMs.
    bool waitClosed(int timeoutMs);
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QSslSocket& socket() { return m_socket; }

    // "HTTP/1.1 401 Unauthorized\r\n..." → 401; 0 when there is no status line.
    static int status(const QByteArray& answer);
    // The value of a header in an answer, case-insensitive name; empty when absent.
    static QByteArray header(const QByteArray& answer, const QByteArray& name);

private:
    const ServerProcess& m_server;
    QSslSocket m_socket;
    QByteArray m_pending; // read beyond the last answer
};

} // namespace purser::test
