#pragma once

#include "tests/support/PostgresTestDatabase.h"
#include "tests/support/ServerProcess.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace purser::test {

// An HTTP answer as the domain tests inspect it.
struct DomainReply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QByteArray header(const QByteArray& name) const;
    QString errorCode() const;
};

// Talks to a real purser-server (started on SQLite, or on PostgreSQL when
// PURSER_TEST_BACKEND=postgres) over HTTPS that trusts exactly its certificate, signed in as
// the demo users. Shared by the tst_server_* domain tests.
class DomainTestClient
{
public:
    static QString password() { return QStringLiteral("correct horse battery staple"); }

    // Starts the server with demo data; false (with reason) on failure. *skip is set when
    // PostgreSQL is wanted but not configured (and not required).
    bool start(QString* reason, bool* skip, const QStringList& extraArgs = {});
    int stop() { return m_server.stop(); }
    ServerProcess& server() { return m_server; }
    bool postgres() const { return m_postgres; }
    QString databaseUrl() const { return m_pg ? m_pg->url() : QString(); }
    // A direct connection to the server's database (ApiTestClient::openDatabase).
    QSqlDatabase openDatabase(const QString& connectionName) const;

    // Signs up an account without an organisation and verifies its address through the
    // server's mail outbox; its session object (with token and user), or empty. headers go
    // with the sign-up (an X-Forwarded-For, where a test signs up more than the per-address
    // limit through a server that trusts the loopback proxy).
    QJsonObject signUpVerified(const QString& email, const QString& password, const QString& name,
                               const QList<QPair<QByteArray, QByteArray>>& headers = {});

    // Signs in (cached per email) and returns the token.
    QString token(const QString& email);
    QString userId(const QString& email);
    QString orgId(const QString& email); // the user's first organisation
    QString acme() { return orgId(QStringLiteral("owner@acme.example")); }
    QString globex() { return orgId(QStringLiteral("owner@globex.example")); }

    DomainReply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                     const QString& token = {},
                     const QList<QPair<QByteArray, QByteArray>>& headers = {},
                     const QByteArray& contentType = "application/json");
    // Starts a request and returns at once (the caller owns the reply); for concurrency tests.
    class QNetworkReply* sendAsync(const QByteArray& method, const QString& path,
                                   const QByteArray& body, const QString& token,
                                   const QList<QPair<QByteArray, QByteArray>>& headers = {});
    DomainReply sendJson(const QByteArray& method, const QString& path, const QJsonObject& body,
                         const QString& token,
                         const QList<QPair<QByteArray, QByteArray>>& headers = {});
    // As `email`, against /api/v1/orgs/{org}{path}.
    DomainReply as(const QString& email, const QByteArray& method, const QString& orgPath,
                   const QJsonObject& body = {},
                   const QList<QPair<QByteArray, QByteArray>>& headers = {});

    // A multipart/form-data body with one part; returns the body and sets *contentType.
    static QByteArray multipart(const QByteArray& name, const QString& filename,
                                const QByteArray& partType, const QByteArray& data,
                                QByteArray* contentType);

    // Every item of an incremental list, following next_cursor; ids of deletions too.
    QJsonArray listAll(const QString& email, const QString& resource,
                       QStringList* deleted = nullptr, QString* cursor = nullptr, int limit = 1000);

    // Sends raw bytes over TLS and returns what the server answered (up to the end or 10 s).
    QByteArray rawTls(const QByteArray& request, int waitMs = 10000);

private:
    bool m_postgres = false;
    std::unique_ptr<PostgresTestDatabase> m_pg;
    ServerProcess m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QHash<QString, QJsonObject> m_sessions;
};

} // namespace purser::test
