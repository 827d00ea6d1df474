#pragma once

#include "tests/support/PostgresTestDatabase.h"
#include "tests/support/ServerProcess.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace purser::test {

// One HTTP answer as a test sees it.
struct ApiReply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const;
    QByteArray header(const QByteArray& name) const;
    QString errorCode() const;  // error.code
    QJsonObject fields() const; // error.fields
};

// Talks to a ServerProcess over HTTPS trusting exactly its certificate (never ignoring TLS
// errors), like the desktop client: bearer token, no cookie jar (cookies only when a test
// passes them as headers). Optionally sends X-Forwarded-For on every request, so tests behind
// --trusted-proxies 127.0.0.1 get their own rate-limit bucket each.
class ApiTestClient
{
public:
    static const QString kDemoPassword; // "correct horse battery staple"

    explicit ApiTestClient(ServerProcess& server) : m_server(&server) {}

    void setForwardedFor(const QString& address) { m_forwardedFor = address; }
    // signIn() presents this known-client token (as the desktop client does), when set.
    void setKnownClientToken(const QString& token) { m_knownClientToken = token; }

    ApiReply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                  const QString& token = {},
                  const QList<QPair<QByteArray, QByteArray>>& headers = {});
    ApiReply sendJson(const QByteArray& method, const QString& path, const QJsonObject& body,
                      const QString& token = {});
    // Sends all requests at once and waits for every answer (answers in request order).
    struct Request
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QString token;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    QList<ApiReply> sendParallel(const QList<Request>& requests);
    // The same across several clients (e.g. two server processes), all in flight together.
    static QList<ApiReply>
    sendParallelAcross(const QList<QPair<ApiTestClient*, QList<Request>>>& batches);

    // POST /auth/sign-in; the token, or empty (the reply in *reply either way).
    QString signIn(const QString& email, const QString& password = kDemoPassword,
                   QJsonObject* session = nullptr, ApiReply* reply = nullptr,
                   const QString& totpCode = {});

    // The newest token with prefix (e.g. "pv_", "pr_") in the server's outbox files for
    // recipient, or empty.
    QString mailedToken(const QString& prefix, const QString& recipient) const;
    // The same, in the outbox of the server whose data folder is dataDir.
    static QString mailedTokenIn(const QString& dataDir, const QString& prefix,
                                 const QString& recipient);
    // Signs up an account without an organisation and verifies its address through the
    // outbox; its session token, or empty.
    QString signUpVerified(const QString& email, const QString& password, const QString& name);

    // Starts server on the backend PURSER_TEST_BACKEND names (sqlite|postgres), making the
    // PostgreSQL database in *pg when needed. False with *error set when it cannot.
    static bool startServer(ServerProcess& server, std::unique_ptr<PostgresTestDatabase>& pg,
                            const QStringList& extraArgs, QString* error, bool* skipped);
    static bool postgresBackend();
    // A direct connection to the server's database (SQLite file in its data folder, or the
    // PostgreSQL test database as its superuser), for asserting what the API cannot show.
    static QSqlDatabase openDatabase(const ServerProcess& server, const PostgresTestDatabase* pg,
                                     const QString& connectionName);

private:
    QNetworkReply* start(const Request& request);
    static ApiReply collect(QNetworkReply* reply);
    static QList<ApiReply> waitForAll(const QList<QNetworkReply*>& replies);

    ServerProcess* m_server;
    QNetworkAccessManager m_nam;
    QString m_forwardedFor;
    QString m_knownClientToken;
};

// In initTestCase: start the server on the configured backend, skip or fail as appropriate.
#define PURSER_START_SERVER(server, pg, args)                                                      \
    do {                                                                                           \
        QString startError_;                                                                       \
        bool skipped_ = false;                                                                     \
        if (!purser::test::ApiTestClient::startServer(server, pg, args, &startError_,              \
                                                      &skipped_)) {                                \
            if (skipped_)                                                                          \
                QSKIP(qPrintable(startError_));                                                    \
            QFAIL(qPrintable(startError_));                                                        \
        }                                                                                          \
    } while (false)

} // namespace purser::test
