#include "tests/support/ApiTestClient.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTimer>

namespace purser::test {

const QString ApiTestClient::kDemoPassword = QStringLiteral("correct horse battery staple");

QJsonObject ApiReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray ApiReply::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

QString ApiReply::errorCode() const
{
    return json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QJsonObject ApiReply::fields() const
{
    return json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("fields"))
        .toObject();
}

QNetworkReply* ApiTestClient::start(const Request& r)
{
    QUrl url = m_server->baseUrl();
    const qsizetype q = r.path.indexOf(u'?');
    url.setPath(q < 0 ? r.path : r.path.left(q), QUrl::TolerantMode);
    if (q >= 0) {
        url.setQuery(r.path.mid(q + 1));
    }
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_server->certificate()});
    request.setSslConfiguration(tls);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    if (!r.token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + r.token.toLatin1());
    }
    if (!r.body.isNull()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    }
    if (!m_forwardedFor.isEmpty()) {
        request.setRawHeader("X-Forwarded-For", m_forwardedFor.toLatin1());
    }
    for (const auto& [name, value] : r.headers) {
        request.setRawHeader(name, value);
    }
    return m_nam.sendCustomRequest(request, r.method, r.body);
}

ApiReply ApiTestClient::collect(QNetworkReply* reply)
{
    ApiReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QList<ApiReply> ApiTestClient::waitForAll(const QList<QNetworkReply*>& replies)
{
    QEventLoop loop;
    int pending = 0;
    for (QNetworkReply* reply : replies) {
        if (reply->isFinished()) {
            continue;
        }
        ++pending;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&pending, &loop] {
            if (--pending == 0) {
                loop.quit();
            }
        });
    }
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (pending > 0) {
        loop.exec();
    }
    QList<ApiReply> results;
    for (QNetworkReply* reply : replies) {
        results.append(collect(reply));
    }
    return results;
}

QList<ApiReply> ApiTestClient::sendParallel(const QList<Request>& requests)
{
    QList<QNetworkReply*> replies;
    for (const Request& r : requests) {
        replies.append(start(r));
    }
    return waitForAll(replies);
}

QList<ApiReply>
ApiTestClient::sendParallelAcross(const QList<QPair<ApiTestClient*, QList<Request>>>& batches)
{
    QList<QNetworkReply*> replies;
    for (const auto& [client, requests] : batches) {
        for (const Request& r : requests) {
            replies.append(client->start(r));
        }
    }
    return waitForAll(replies);
}

ApiReply ApiTestClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                             const QString& token,
                             const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return sendParallel({Request{method, path, body, token, headers}}).first();
}

ApiReply ApiTestClient::sendJson(const QByteArray& method, const QString& path,
                                 const QJsonObject& body, const QString& token)
{
    return send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

QString ApiTestClient::signIn(const QString& email, const QString& password, QJsonObject* session,
                              ApiReply* reply, const QString& totpCode)
{
    QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    if (!totpCode.isEmpty()) {
        body.insert(QStringLiteral("totp_code"), totpCode);
    }
    if (!m_knownClientToken.isEmpty()) {
        body.insert(QStringLiteral("known_client_token"), m_knownClientToken);
    }
    const ApiReply answer = sendJson("POST", QStringLiteral("/api/v1/auth/sign-in"), body);
    if (reply) {
        *reply = answer;
    }
    if (answer.status != 200) {
        return {};
    }
    if (session) {
        *session = answer.json();
    }
    return answer.json().value(QStringLiteral("token")).toString();
}

QString ApiTestClient::mailedToken(const QString& prefix, const QString& recipient) const
{
    return mailedTokenIn(m_server->dataDir(), prefix, recipient);
}

QString ApiTestClient::mailedTokenIn(const QString& dataDir, const QString& prefix,
                                     const QString& recipient)
{
    const QDir mail(dataDir + QStringLiteral("/mail"));
    // File names start with the creation time, so the last one is the newest.
    QStringList files = mail.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    const QRegularExpression token(QRegularExpression::escape(prefix) +
                                   QStringLiteral("[A-Za-z0-9_-]{43}"));
    for (auto it = files.crbegin(); it != files.crend(); ++it) {
        QFile file(mail.filePath(*it));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QString text = QString::fromUtf8(file.readAll());
        if (!text.contains(QStringLiteral("To: ") + recipient + u'\n')) {
            continue;
        }
        const auto match = token.match(text);
        if (match.hasMatch()) {
            return match.captured(0);
        }
    }
    return {};
}

QString ApiTestClient::signUpVerified(const QString& email, const QString& password,
                                      const QString& name)
{
    const ApiReply signedUp = sendJson("POST", QStringLiteral("/api/v1/auth/sign-up"),
                                       {{QStringLiteral("email"), email},
                                        {QStringLiteral("password"), password},
                                        {QStringLiteral("name"), name}});
    if (signedUp.status != 201) {
        qWarning() << "sign-up failed:" << signedUp.status << signedUp.body;
        return {};
    }
    const ApiReply verified =
        sendJson("POST", QStringLiteral("/api/v1/auth/verify-email"),
                 {{QStringLiteral("token"), mailedToken(QStringLiteral("pv_"), email)}});
    if (verified.status != 204) {
        qWarning() << "verify-email failed:" << verified.status << verified.body;
        return {};
    }
    return signedUp.json().value(QStringLiteral("token")).toString();
}

bool ApiTestClient::postgresBackend()
{
    return qEnvironmentVariable("PURSER_TEST_BACKEND") == u"postgres";
}

bool ApiTestClient::startServer(ServerProcess& server, std::unique_ptr<PostgresTestDatabase>& pg,
                                const QStringList& extraArgs, QString* error, bool* skipped)
{
    *skipped = false;
    ServerProcess::Options options;
    options.extraArgs = extraArgs;
    if (postgresBackend()) {
        if (!pg) {
            pg = std::make_unique<PostgresTestDatabase>();
        }
        if (!pg->isValid()) {
            *error = pg->skipReason();
            *skipped = !PostgresTestDatabase::required();
            return false;
        }
        options.databaseUrl = pg->url();
    }
    if (!server.start(options)) {
        *error = server.errorString();
        return false;
    }
    return true;
}

QSqlDatabase ApiTestClient::openDatabase(const ServerProcess& server,
                                         const PostgresTestDatabase* pg,
                                         const QString& connectionName)
{
    if (QSqlDatabase::contains(connectionName)) {
        return QSqlDatabase::database(connectionName);
    }
    QSqlDatabase db;
    if (pg && postgresBackend()) {
        const QUrl url(pg->url());
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(server.dataDir() + QStringLiteral("/purser.db"));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    db.open();
    return db;
}

} // namespace purser::test
