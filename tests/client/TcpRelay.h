#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace purser::test {

// A TCP relay between the client and a real purser-server on 127.0.0.1, forwarding raw bytes:
// TLS passes through untouched, so the server's pinned certificate still matches (pin the
// relay's host:port). It simulates a bad network on demand:
// - offline: connections are refused (and nothing reaches the server);
// - swallowing answers: once the client has sent its first TLS application-data record on a
//   connection, what the server sends back is dropped, so requests arrive and are applied
//   but their answers never come back; cutClients() then closes the client side (the
//   server's side stays open, so the server finishes its work undisturbed).
class TcpRelay : public QObject
{
    Q_OBJECT
public:
    explicit TcpRelay(quint16 targetPort, QObject* parent = nullptr);
    ~TcpRelay() override;

    bool listen();
    quint16 port() const { return m_port; } // stays the same while offline
    void setTargetPort(quint16 port) { m_targetPort = port; }
    // Offline refuses connections (the relay stops listening); back online listens again on
    // the same port (false if that fails).
    bool setOffline(bool offline);
    void setSwallowAnswers(bool swallow) { m_swallow = swallow; }
    void cutClients();
    int connectionCount() const { return m_connections; }

private:
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
        QByteArray pendingToServer; // until the server side is connected
        QByteArray scan;            // client bytes not yet parsed into TLS records
        bool clientSentApplicationData = false;
        bool cut = false;
    };

    void onNewConnection();
    static void scanClientRecords(Link* link, const QByteArray& bytes);

    QTcpServer m_server;
    quint16 m_targetPort;
    quint16 m_port = 0;
    bool m_offline = false;
    bool m_swallow = false;
    int m_connections = 0;
    QList<Link*> m_links;
};

} // namespace purser::test
