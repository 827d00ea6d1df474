#include "tests/support/DomainTestClient.h"

#include "tests/support/ApiTestClient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <QUrlQuery>

namespace purser::test {

QByteArray DomainReply::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

QString DomainReply::errorCode() const
{
    return json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

bool DomainTestClient::start(QString* reason, bool* skip, const QStringList& extraArgs)
{
    *skip = false;
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_postgres = qEnvironmentVariable("PURSER_TEST_BACKEND") == u"postgres";
    ServerProcess::Options options;
    options.extraArgs = extraArgs;
    if (m_postgres) {
        m_pg = std::make_unique<PostgresTestDatabase>();
        if (!m_pg->isValid()) {
            *reason = m_pg->skipReason();
            *skip = !PostgresTestDatabase::required();
            return false;
        }
        options.databaseUrl = m_pg->url();
    }
    if (!m_server.start(options)) {
        *reason = m_server.errorString();
        return false;
    }
    return true;
}

DomainReply DomainTestClient::send(const QByteArray& method, const QString& path,
                                   const QByteArray& body, const QString& token,
                                   const QList<QPair<QByteArray, QByteArray>>& headers,
                                   const QByteArray& contentType)
{
    QUrl url = m_server.baseUrl();
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0) {
        url.setQuery(path.mid(q + 1));
    }
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_server.certificate()});
    request.setSslConfiguration(tls);
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
    QNetworkReply* reply = m_nam->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    DomainReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto& h : reply->rawHeaderPairs()) {
        result.headers.append(h);
    }
    reply->deleteLater();
    return result;
}

QNetworkReply* DomainTestClient::sendAsync(const QByteArray& method, const QString& path,
                                           const QByteArray& body, const QString& token,
                                           const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QUrl url = m_server.baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_server.certificate()});
    request.setSslConfiguration(tls);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setRawHeader("Content-Type", "application/json");
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    return m_nam->sendCustomRequest(request, method, body);
}

DomainReply DomainTestClient::sendJson(const QByteArray& method, const QString& path,
                                       const QJsonObject& body, const QString& token,
                                       const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), token, headers);
}

DomainReply DomainTestClient::as(const QString& email, const QByteArray& method,
                                 const QString& orgPath, const QJsonObject& body,
                                 const QList<QPair<QByteArray, QByteArray>>& headers)
{
    const QString path = QStringLiteral("/api/v1/orgs/") + orgId(email) + orgPath;
    if (method == "GET" || (method == "DELETE" && body.isEmpty())) {
        return send(method, path, {}, token(email), headers);
    }
    return sendJson(method, path, body, token(email), headers);
}

QJsonObject DomainTestClient::signUpVerified(const QString& email, const QString& password,
                                             const QString& name,
                                             const QList<QPair<QByteArray, QByteArray>>& headers)
{
    const DomainReply signedUp = sendJson("POST", QStringLiteral("/api/v1/auth/sign-up"),
                                          {{QStringLiteral("email"), email},
                                           {QStringLiteral("password"), password},
                                           {QStringLiteral("name"), name}},
                                          QString(), headers);
    if (signedUp.status != 201) {
        qWarning() << "sign-up failed:" << signedUp.status << signedUp.body;
        return {};
    }
    const QString mailed =
        ApiTestClient::mailedTokenIn(m_server.dataDir(), QStringLiteral("pv_"), email);
    const DomainReply verified = sendJson("POST", QStringLiteral("/api/v1/auth/verify-email"),
                                          {{QStringLiteral("token"), mailed}}, QString());
    if (verified.status != 204) {
        qWarning() << "verify-email failed:" << verified.status << verified.body;
        return {};
    }
    return signedUp.json();
}

QString DomainTestClient::token(const QString& email)
{
    if (!m_sessions.contains(email)) {
        const DomainReply reply = sendJson(
            "POST", QStringLiteral("/api/v1/auth/sign-in"),
            {{QStringLiteral("email"), email}, {QStringLiteral("password"), password()}}, {});
        if (reply.status != 200) {
            qWarning() << "sign-in failed for" << email << reply.status << reply.body;
            return {};
        }
        m_sessions.insert(email, reply.json());
    }
    return m_sessions.value(email).value(QStringLiteral("token")).toString();
}

QString DomainTestClient::userId(const QString& email)
{
    token(email);
    return m_sessions.value(email)
        .value(QStringLiteral("user"))
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

QString DomainTestClient::orgId(const QString& email)
{
    token(email);
    return m_sessions.value(email).value(QStringLiteral("active_organization_id")).toString();
}

QByteArray DomainTestClient::multipart(const QByteArray& name, const QString& filename,
                                       const QByteArray& partType, const QByteArray& data,
                                       QByteArray* contentType)
{
    const QByteArray boundary = "purser-test-boundary-7d2f1c";
    *contentType = "multipart/form-data; boundary=" + boundary;
    QByteArray body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name +
                      "\"; filename=\"" + filename.toUtf8() + "\"\r\n";
    if (!partType.isEmpty()) {
        body += "Content-Type: " + partType + "\r\n";
    }
    body += "\r\n" + data + "\r\n--" + boundary + "--\r\n";
    return body;
}

QSqlDatabase DomainTestClient::openDatabase(const QString& connectionName) const
{
    return ApiTestClient::openDatabase(m_server, m_pg.get(), connectionName);
}

QJsonArray DomainTestClient::listAll(const QString& email, const QString& resource,
                                     QStringList* deleted, QString* cursor, int limit)
{
    QJsonArray all;
    QString since = cursor ? *cursor : QString();
    for (int guard = 0; guard < 10000; ++guard) {
        QString path = QStringLiteral("/%1?limit=%2").arg(resource).arg(limit);
        if (!since.isEmpty()) {
            path += QStringLiteral("&since=") + since;
        }
        const DomainReply reply = as(email, "GET", path);
        if (reply.status != 200) {
            qWarning() << "list failed" << reply.status << reply.body;
            return all;
        }
        const QJsonObject page = reply.json();
        for (const QJsonValue& item : page.value(QStringLiteral("items")).toArray()) {
            all.append(item);
        }
        if (deleted) {
            for (const QJsonValue& id : page.value(QStringLiteral("deleted")).toArray()) {
                deleted->append(id.toString());
            }
        }
        since = page.value(QStringLiteral("next_cursor")).toString();
        if (!page.value(QStringLiteral("has_more")).toBool()) {
            break;
        }
    }
    if (cursor) {
        *cursor = since;
    }
    return all;
}

QByteArray DomainTestClient::rawTls(const QByteArray& request, int waitMs)
{
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_server.certificate()});
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(m_server.host(), static_cast<quint16>(m_server.port()));
    if (!socket.waitForEncrypted(10000)) {
        return "handshake failed: " + socket.errorString().toUtf8();
    }
    socket.write(request);
    socket.flush();
    QByteArray answer;
    QDeadlineTimer deadline(waitMs);
    while (!deadline.hasExpired() && !answer.contains("\r\n\r\n")) {
        socket.waitForReadyRead(200);
        answer += socket.readAll();
    }
    while (!deadline.hasExpired() && socket.waitForReadyRead(200)) {
        answer += socket.readAll();
    }
    return answer;
}

} // namespace purser::test
