#include "tests/server/ServerApiSession.h"

#include <QDebug>

namespace purser::test {

QString ServerApiSession::signIn(const QString& email, QJsonObject* session)
{
    Reply reply;
    const QString token = m_api.signIn(email, kPassword, session, &reply);
    if (token.isEmpty()) {
        qWarning() << "sign-in failed for" << email << reply.status << reply.errorString;
        return {};
    }
    m_tokensIssued.insert(token);
    return token;
}

QString ServerApiSession::acmeId()
{
    if (m_acmeId.isEmpty()) {
        QJsonObject session;
        signIn(QStringLiteral("owner@acme.example"), &session);
        m_acmeId = session.value(QStringLiteral("active_organization_id")).toString();
    }
    return m_acmeId;
}

QJsonObject ServerApiSession::employees(const QString& token, const QString& query, Reply* raw)
{
    const Reply reply =
        send("GET", QStringLiteral("/api/v1/orgs/%1/employees%2").arg(acmeId(), query), {}, token);
    if (raw) {
        *raw = reply;
    }
    return reply.json();
}

} // namespace purser::test
