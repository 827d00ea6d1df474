#include "net/ApiClient.h"

#include "net/CertificateDetails.h"
#include "net/CertificatePinStore.h"
#include "net/CertificateTrustPrompt.h"
#include "net/NetLogging.h"
#include "net/TlsTrustGuard.h"

#include <QFile>
#include <QHttpMultiPart>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace purser {

namespace {

constexpr int transferTimeoutMs = 30000;

QString genericHttpMessage(int status)
{
    if (status == 401) {
        return ApiClient::tr("You are not signed in, or your session has ended.");
    }
    if (status == 403) {
        return ApiClient::tr("Your role does not allow this.");
    }
    if (status == 404) {
        return ApiClient::tr("Not found.");
    }
    if (status == 429) {
        return ApiClient::tr("Too many attempts. Please wait a few minutes and try again.");
    }
    if (status >= 500) {
        return ApiClient::tr("The server had a problem. Please try again later.");
    }
    return ApiClient::tr("The server refused the request (HTTP %1).").arg(status);
}

} // namespace

ApiClient::ApiClient(CertificatePinStore* pins, QObject* parent)
    : QObject(parent), m_pins(pins), m_network(new QNetworkAccessManager(this))
{
    // Certificates are checked by us per request; never let Qt cache "ignored" decisions
    // across servers, and never follow redirects to somewhere else.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient() = default;

std::optional<QUrl> ApiClient::normalizeServerUrl(const QString& text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    if (!trimmed.contains(QStringLiteral("://"))) {
        trimmed.prepend(QStringLiteral("https://"));
    }
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(QStringLiteral("https"), Qt::CaseInsensitive) != 0 ||
        url.host().isEmpty() || !url.userInfo().isEmpty()) {
        return std::nullopt;
    }
    QUrl origin;
    origin.setScheme(QStringLiteral("https"));
    origin.setHost(url.host());
    origin.setPort(url.port(443));
    return origin;
}

QString ApiClient::hostPort(const QUrl& serverUrl)
{
    return serverUrl.host().toLower() + u':' + QString::number(serverUrl.port(443));
}

void ApiClient::setServer(const QUrl& serverUrl)
{
    if (hostPort(serverUrl) != hostPort(m_server)) {
        // A fresh connection pool per server, so a kept-alive connection to one server can
        // never answer for another.
        m_network->clearConnectionCache();
    }
    m_server = serverUrl;
}

void ApiClient::get(QObject* context, const QString& path, const QUrlQuery& query, Callback done)
{
    send(makePending(QByteArrayLiteral("GET"), path, query, {}, context, std::move(done)));
}

void ApiClient::post(QObject* context, const QString& path, const QJsonObject& body, Callback done)
{
    send(makePending(QByteArrayLiteral("POST"), path, {},
                     QJsonDocument(body).toJson(QJsonDocument::Compact), context, std::move(done)));
}

ApiClient::PendingRequest ApiClient::makePending(const QByteArray& verb, const QString& path,
                                                 const QUrlQuery& query, const QByteArray& body,
                                                 QObject* context, Callback done)
{
    PendingRequest pending;
    pending.verb = verb;
    pending.path = path;
    pending.query = query;
    pending.body = body;
    pending.context = context;
    pending.done = std::move(done);
    return pending;
}

void ApiClient::download(QObject* context, const QString& path, Callback done)
{
    PendingRequest pending =
        makePending(QByteArrayLiteral("GET"), path, {}, {}, context, std::move(done));
    pending.raw = true;
    send(std::move(pending));
}

void ApiClient::request(QObject* context, const QByteArray& verb, const QString& path,
                        const QJsonObject& body, const Headers& headers, Callback done)
{
    PendingRequest pending = makePending(
        verb, path, {},
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), context,
        std::move(done));
    pending.headers = headers;
    send(std::move(pending));
}

void ApiClient::upload(QObject* context, const QString& path, const QString& filePath,
                       const QString& contentType, const QString& fileName, const Headers& headers,
                       Progress progress, Callback done)
{
    PendingRequest pending =
        makePending(QByteArrayLiteral("POST"), path, {}, {}, context, std::move(done));
    pending.headers = headers;
    pending.uploadFile = filePath;
    pending.uploadContentType = contentType;
    pending.uploadName = fileName;
    pending.progress = std::move(progress);
    send(std::move(pending));
}

void ApiClient::complete(const PendingRequest& request, const ApiResponse& response)
{
    if (request.context) {
        request.done(response);
    }
}

void ApiClient::send(PendingRequest request)
{
    if (!m_server.isValid() || m_server.host().isEmpty()) {
        ApiResponse response;
        response.error = ApiError::of(ApiError::Kind::Unreachable, tr("No server address is set."));
        complete(request, response);
        return;
    }
    QUrl url = m_server;
    url.setPath(QStringLiteral("/api/v1") + request.path);
    if (!request.query.isEmpty()) {
        url.setQuery(request.query);
    }
    QNetworkRequest networkRequest(url);
    // The desktop client authenticates with the bearer token from the keychain only: the
    // browser session cookie the server also sets must never be kept (nor sent back).
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute,
                                QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute,
                                QNetworkRequest::Manual);
    networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                             QByteArrayLiteral("application/json"));
    networkRequest.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    networkRequest.setRawHeader(QByteArrayLiteral("X-Purser-Channel"),
                                QByteArrayLiteral("desktop"));
    for (const auto& [name, value] : request.headers) {
        networkRequest.setRawHeader(name, value);
    }
    if (!m_token.isEmpty()) {
        networkRequest.setRawHeader(QByteArrayLiteral("Authorization"),
                                    QByteArrayLiteral("Bearer ") + m_token.toUtf8());
    }
    networkRequest.setTransferTimeout(transferTimeoutMs);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    networkRequest.setSslConfiguration(tls);

    const QString pin = m_pins ? m_pins->pinnedFingerprint(hostPort(m_server)) : QString();
    QNetworkReply* reply = nullptr;
    if (!request.uploadFile.isEmpty()) {
        auto* file = new QFile(request.uploadFile);
        if (!file->open(QIODevice::ReadOnly)) {
            delete file;
            ApiResponse response;
            response.error = ApiError::of(ApiError::Kind::InvalidResponse,
                                          tr("Cannot read the file to upload."));
            complete(request, response);
            return;
        }
        auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart part;
        QString safeName = request.uploadName;
        safeName.remove(u'"').remove(u'\\').remove(u'\r').remove(u'\n');
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"file\"; filename=\"%1\"").arg(safeName));
        part.setHeader(QNetworkRequest::ContentTypeHeader, request.uploadContentType);
        part.setBodyDevice(file);
        file->setParent(multipart);
        multipart->append(part);
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
        reply = m_network->post(networkRequest, multipart);
        multipart->setParent(reply);
        if (request.progress) {
            connect(reply, &QNetworkReply::uploadProgress, this,
                    [progress = request.progress](qint64 sent, qint64 total) {
                        progress(sent, total);
                    });
        }
    } else if (request.verb == "GET") {
        reply = m_network->get(networkRequest);
    } else if (request.verb == "POST") {
        reply = m_network->post(networkRequest, request.body);
    } else {
        reply = m_network->sendCustomRequest(networkRequest, request.verb, request.body);
    }
    auto* guard = new TlsTrustGuard(reply, pin);
    qCDebug(lcApi) << request.verb.constData() << request.path;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, guard, request = std::move(request)]() mutable {
                onFinished(reply, guard, std::move(request));
            });
}

void ApiClient::onFinished(QNetworkReply* reply, TlsTrustGuard* guard, PendingRequest request)
{
    reply->deleteLater();
    const TlsTrustGuard::Verdict verdict = guard->verdict();
    const QString where = hostPort(m_server);
    ApiResponse response;
    if (verdict == TlsTrustGuard::Verdict::CertificateChanged) {
        response.error = ApiError::of(
            ApiError::Kind::CertificateChanged,
            tr("The server's certificate has changed since you last connected to %1. This can "
               "mean someone is intercepting the connection. Nothing was sent. Ask your "
               "administrator whether the server's certificate was replaced.")
                .arg(where));
    } else if (verdict == TlsTrustGuard::Verdict::NeedsUserTrust) {
        if (m_prompt && m_pins && !request.askedForTrust) {
            // Ask outside the reply's signal handler: the prompt may run a modal dialog.
            const QSslCertificate certificate = guard->presentedCertificate();
            QTimer::singleShot(0, this,
                               [this, certificate, request = std::move(request)]() mutable {
                                   askForTrust(certificate, std::move(request));
                               });
            return;
        }
        response.error = ApiError::of(
            ApiError::Kind::CertificateNotTrusted,
            tr("The server at %1 presented a certificate that is not trusted. Nothing was sent.")
                .arg(where));
    } else if (verdict == TlsTrustGuard::Verdict::Untrustworthy) {
        const QList<QSslError> errors = guard->blockingErrors();
        QString reason = tr("The server's certificate is not valid.");
        if (!errors.isEmpty()) {
            switch (errors.first().error()) {
            case QSslError::CertificateExpired:
                reason = tr("The server's certificate has expired.");
                break;
            case QSslError::CertificateNotYetValid:
                reason = tr("The server's certificate is not valid yet. Check your computer's "
                            "date and time.");
                break;
            case QSslError::HostNameMismatch:
                reason = tr("The server's certificate was not issued for %1.").arg(m_server.host());
                break;
            default:
                break;
            }
        }
        response.error = ApiError::of(
            ApiError::Kind::TlsFailure,
            tr("Cannot connect securely to %1. %2 Nothing was sent.").arg(where, reason));
    } else {
        response = responseFrom(reply, request.raw);
    }
    if (response.error.isError()) {
        qCInfo(lcApi) << request.verb.constData() << request.path
                      << "failed:" << static_cast<int>(response.error.kind) << response.status
                      << response.error.code;
    } else {
        qCDebug(lcApi) << request.verb.constData() << request.path << response.status;
    }
    complete(request, response);
}

void ApiClient::askForTrust(const QSslCertificate& certificate, PendingRequest request)
{
    const QString where = hostPort(m_server);
    const CertificateDetails details = CertificateDetails::from(certificate, where);
    if (!certificate.isNull() && m_prompt && m_prompt->askToTrust(details)) {
        qCInfo(lcTls) << "user trusted certificate" << details.sha256Fingerprint << "for" << where;
        m_pins->pin(where, details.sha256Fingerprint);
        request.askedForTrust = true;
        send(std::move(request)); // the retry is checked against the new pin
        return;
    }
    qCInfo(lcTls) << "user declined certificate for" << where;
    ApiResponse response;
    response.error = ApiError::of(
        ApiError::Kind::CertificateNotTrusted,
        tr("You did not trust the certificate of %1, so Purser did not connect.").arg(where));
    complete(request, response);
}

ApiError ApiClient::transportError(QNetworkReply* reply) const
{
    const QString where = hostPort(m_server);
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::of(ApiError::Kind::TlsFailure,
                            tr("Cannot connect securely to %1. The server may not support "
                               "TLS 1.2 or newer.")
                                .arg(where));
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return ApiError::of(ApiError::Kind::Unreachable,
                            tr("The server at %1 did not answer in time.").arg(where));
    default:
        return ApiError::of(ApiError::Kind::Unreachable,
                            tr("Cannot reach the server at %1. Check the address and your "
                               "network connection.")
                                .arg(where));
    }
}

ApiResponse ApiClient::responseFrom(QNetworkReply* reply, bool raw) const
{
    ApiResponse response;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        response.error = transportError(reply);
        return response;
    }
    response.status = statusAttribute.toInt();
    const QByteArray bytes = reply->readAll();
    if (raw && response.status >= 200 && response.status < 300) {
        response.raw = bytes;
        response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        return response;
    }
    if (!bytes.isEmpty()) {
        QJsonParseError parseError;
        response.body = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            response.body = {};
        }
    }
    if (response.status >= 200 && response.status < 300) {
        if (!bytes.isEmpty() && response.body.isNull()) {
            response.error = ApiError::of(ApiError::Kind::InvalidResponse,
                                          tr("The server sent an answer Purser cannot read."));
        }
        return response;
    }
    const QJsonObject error = response.body.object().value(QStringLiteral("error")).toObject();
    QString message = error.value(QStringLiteral("message")).toString();
    if (message.isEmpty()) {
        message = genericHttpMessage(response.status);
    }
    response.error =
        ApiError::http(response.status, error.value(QStringLiteral("code")).toString(), message);
    return response;
}

} // namespace purser
