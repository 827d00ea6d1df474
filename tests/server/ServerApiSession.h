#pragma once

#include "tests/support/ApiTestClient.h"
#include "tests/support/PostgresTestDatabase.h"
#include "tests/support/ServerProcess.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <memory>

namespace purser::test {

// What the tst_server_api* tests share: one demo server on the backend PURSER_TEST_BACKEND
// names, requests over HTTPS trusting exactly its certificate (ApiTestClient), sign-in that
// remembers every token issued (so a test can check none reaches the log), and the employees
// list of Acme. Test classes derive from QObject and this.
class ServerApiSession
{
protected:
    using Reply = ApiReply;
    // Not ApiTestClient::kDemoPassword: static initialisation order across files is unknown.
    static inline const QString kPassword = QStringLiteral("correct horse battery staple");

    Reply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
               const QString& token = {})
    {
        return m_api.send(method, path, body, token);
    }
    QString signIn(const QString& email, QJsonObject* session = nullptr);
    // GET /orgs/{acme}/employees{query} as token; the whole answer in *raw when given.
    QJsonObject employees(const QString& token, const QString& query = {}, Reply* raw = nullptr);
    QString acmeId();

    bool m_postgres = ApiTestClient::postgresBackend();
    std::unique_ptr<PostgresTestDatabase> m_pg;
    ServerProcess m_server;
    ApiTestClient m_api{m_server};
    QString m_acmeId;
    QSet<QString> m_tokensIssued;
};

} // namespace purser::test
