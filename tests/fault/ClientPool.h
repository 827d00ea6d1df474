#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>
#include <vector>

namespace purser::test {

// One finished HTTP exchange as a simulated client saw it. status 0 = no HTTP answer
// (connection refused or cut, e.g. because the server was killed).
struct PoolAnswer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

// Many independent simulated clients in one process: each has its own
// QNetworkAccessManager (so its own connections and TLS sessions), all trusting exactly the
// server's certificate. Requests are asynchronous; the callback runs on the event loop.
class ClientPool
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Callback = std::function<void(const PoolAnswer&)>;

    explicit ClientPool(int clients);
    int size() const { return static_cast<int>(m_clients.size()); }
    void setServer(const QUrl& baseUrl, const QSslCertificate& certificate);

    void send(int client, const QByteArray& method, const QString& pathAndQuery,
              const QByteArray& body, const QString& token, const Headers& headers,
              const QByteArray& contentType, Callback done);

    // Runs the event loop until no request is in flight (or timeoutMs passes).
    bool waitIdle(int timeoutMs);
    int inFlight() const { return m_inFlight; }

private:
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_clients;
    QUrl m_baseUrl;
    QSslCertificate m_certificate;
    int m_inFlight = 0;
};

} // namespace purser::test
