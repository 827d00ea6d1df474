#pragma once

#include "net/ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace purser {

class CertificatePinStore;
class CertificateTrustPrompt;
class TlsTrustGuard;

struct ApiResponse
{
    int status = 0;
    QJsonDocument body;
    ApiError error;
    // download() only: the bytes as sent and their Content-Type (body stays empty).
    QByteArray raw;
    QByteArray contentType;

    bool ok() const { return !error.isError(); }
    QJsonObject object() const { return body.object(); }
};

// Talks JSON to purser-server under https://host:port/api/v1, with the bearer token of the
// session, TLS 1.2 or newer and the certificate pins of CertificatePinStore. Every failure
// comes back as an ApiError in plain words.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResponse&)>;
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Progress = std::function<void(qint64 sent, qint64 total)>;

    // pins is not owned and must outlive the client.
    explicit ApiClient(CertificatePinStore* pins, QObject* parent = nullptr);
    ~ApiClient() override;

    // "https://host:port" (no path). The user may type "host:port"; https is added. Anything
    // but https is refused: there is no plaintext listener.
    static std::optional<QUrl> normalizeServerUrl(const QString& text);
    static QString hostPort(const QUrl& serverUrl);

    void setServer(const QUrl& serverUrl);
    QUrl server() const { return m_server; }
    void setToken(const QString& token) { m_token = token; }
    void clearToken() { m_token.clear(); }
    bool hasToken() const { return !m_token.isEmpty(); }
    // Not owned. Without a prompt an unknown certificate is simply refused.
    void setTrustPrompt(CertificateTrustPrompt* prompt) { m_prompt = prompt; }

    // done runs only while context is alive, so a caller that goes away is never called back.
    void get(QObject* context, const QString& path, const QUrlQuery& query, Callback done);
    void post(QObject* context, const QString& path, const QJsonObject& body, Callback done);
    // Any verb (POST, PATCH, DELETE, GET) with extra headers such as Idempotency-Key and
    // If-Match. An empty body object sends no body.
    void request(QObject* context, const QByteArray& verb, const QString& path,
                 const QJsonObject& body, const Headers& headers, Callback done);
    // GET of a file (a receipt): the answer's bytes in ApiResponse::raw, kept in memory.
    void download(QObject* context, const QString& path, Callback done);
    // POST multipart/form-data with one part "file", streamed from the file (never read into
    // memory whole); progress reports bytes sent.
    void upload(QObject* context, const QString& path, const QString& filePath,
                const QString& contentType, const QString& fileName, const Headers& headers,
                Progress progress, Callback done);

private:
    struct PendingRequest
    {
        QByteArray verb;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QPointer<QObject> context;
        Callback done;
        bool askedForTrust = false;
        Headers headers;
        QString uploadFile;
        QString uploadContentType;
        QString uploadName;
        Progress progress;
        bool raw = false;
    };

    static PendingRequest makePending(const QByteArray& verb, const QString& path,
                                      const QUrlQuery& query, const QByteArray& body,
                                      QObject* context, Callback done);
    void send(PendingRequest request);
    static void complete(const PendingRequest& request, const ApiResponse& response);
    void onFinished(QNetworkReply* reply, TlsTrustGuard* guard, PendingRequest request);
    void askForTrust(const QSslCertificate& certificate, PendingRequest request);
    ApiResponse responseFrom(QNetworkReply* reply, bool raw) const;
    ApiError transportError(QNetworkReply* reply) const;

    CertificatePinStore* m_pins;
    CertificateTrustPrompt* m_prompt = nullptr;
    QNetworkAccessManager* m_network;
    QUrl m_server;
    QString m_token;
};

} // namespace purser
