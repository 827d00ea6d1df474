#include "tests/fault/ClientPool.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace purser::test {

ClientPool::ClientPool(int clients)
{
    for (int i = 0; i < clients; ++i) {
        m_clients.push_back(std::make_unique<QNetworkAccessManager>());
    }
}

void ClientPool::setServer(const QUrl& baseUrl, const QSslCertificate& certificate)
{
    m_baseUrl = baseUrl;
    m_certificate = certificate;
    for (auto& nam : m_clients) {
        nam->clearConnectionCache(); // a restarted server listens on another port
    }
}

void ClientPool::send(int client, const QByteArray& method, const QString& pathAndQuery,
                      const QByteArray& body, const QString& token, const Headers& headers,
                      const QByteArray& contentType, Callback done)
{
    QUrl url = m_baseUrl;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0) {
        url.setQuery(pathAndQuery.mid(q + 1));
    }
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_certificate});
    request.setSslConfiguration(tls);
    request.setTransferTimeout(30000);
    request.setRawHeader("X-Purser-Channel", "desktop");
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    }
    if (!body.isNull()) {
        request.setRawHeader("Content-Type", contentType);
    }
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QNetworkReply* reply =
        m_clients.at(static_cast<size_t>(client))->sendCustomRequest(request, method, body);
    ++m_inFlight;
    QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, done] {
        PoolAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.error = reply->error();
        reply->deleteLater();
        --m_inFlight;
        done(answer);
    });
}

bool ClientPool::waitIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_inFlight > 0 && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_inFlight == 0;
}

} // namespace purser::test
