#include "tests/client/TcpRelay.h"

#include <QHostAddress>

namespace purser::test {

namespace {

constexpr char applicationDataRecord = 0x17;
constexpr int recordHeaderBytes = 5;

} // namespace

TcpRelay::TcpRelay(quint16 targetPort, QObject* parent) : QObject(parent), m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpRelay::onNewConnection);
}

TcpRelay::~TcpRelay()
{
    for (Link* link : std::as_const(m_links)) {
        for (QTcpSocket* socket : {link->client.data(), link->server.data()}) {
            if (socket) {
                socket->disconnect(this); // no relay callbacks while tearing down
            }
        }
        delete link->client.data();
        delete link->server.data();
        delete link;
    }
}

bool TcpRelay::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, m_port)) {
        return false;
    }
    m_port = m_server.serverPort();
    return true;
}

bool TcpRelay::setOffline(bool offline)
{
    m_offline = offline;
    if (offline) {
        cutClients();
        m_server.close(); // connections are refused, as with a server that is not running
        return true;
    }
    return m_server.isListening() || listen();
}

void TcpRelay::cutClients()
{
    for (Link* link : std::as_const(m_links)) {
        link->cut = true;
        if (link->client) {
            link->client->abort();
        }
        if (m_offline && link->server) {
            link->server->abort();
        }
    }
}

void TcpRelay::scanClientRecords(Link* link, const QByteArray& bytes)
{
    if (link->clientSentApplicationData) {
        return;
    }
    link->scan += bytes;
    while (link->scan.size() >= recordHeaderBytes) {
        if (link->scan.at(0) == applicationDataRecord) {
            // TLS 1.2: the request; TLS 1.3: the client's Finished, the request right after.
            link->clientSentApplicationData = true;
            link->scan.clear();
            return;
        }
        const int length = (quint8(link->scan.at(3)) << 8) | quint8(link->scan.at(4));
        if (link->scan.size() < recordHeaderBytes + length) {
            return;
        }
        link->scan.remove(0, recordHeaderBytes + length);
    }
}

void TcpRelay::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        ++m_connections;
        if (m_offline) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto* link = new Link;
        m_links.append(link);
        link->client = client;
        link->server = new QTcpSocket(this);
        client->setParent(this);
        QTcpSocket* server = link->server;

        connect(server, &QTcpSocket::connected, this, [link]() {
            if (link->server && !link->pendingToServer.isEmpty()) {
                link->server->write(link->pendingToServer);
                link->pendingToServer.clear();
            }
        });
        connect(client, &QTcpSocket::readyRead, this, [link]() {
            const QByteArray bytes = link->client->readAll();
            scanClientRecords(link, bytes);
            if (link->server && link->server->state() == QAbstractSocket::ConnectedState) {
                link->server->write(bytes);
            } else {
                link->pendingToServer += bytes;
            }
        });
        connect(server, &QTcpSocket::readyRead, this, [this, link]() {
            const QByteArray bytes = link->server->readAll();
            if (link->cut || (m_swallow && link->clientSentApplicationData)) {
                return; // the answer is lost on the way back
            }
            if (link->client) {
                link->client->write(bytes);
            }
        });
        connect(client, &QTcpSocket::disconnected, this, [link]() {
            if (!link->cut && link->server) {
                link->server->disconnectFromHost();
            }
        });
        connect(server, &QTcpSocket::disconnected, this, [link]() {
            if (link->client) {
                link->client->disconnectFromHost();
            }
        });
        connect(server, &QTcpSocket::errorOccurred, this, [link](QAbstractSocket::SocketError) {
            // The server is down (refused) or went away: the client sees a dead connection.
            if (link->client) {
                link->client->abort();
            }
        });
        server->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

} // namespace purser::test
