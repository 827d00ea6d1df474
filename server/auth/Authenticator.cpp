#include "server/auth/Authenticator.h"

#include "server/Logging.h"
#include "server/store/Database.h"

namespace purser::server {

std::optional<QString> Authenticator::bearerToken(const HttpRequest& request)
{
    const auto header = request.header("authorization");
    if (!header) {
        return std::nullopt;
    }
    const QByteArray value = header->trimmed();
    if (value.size() < 8 || value.left(7).toLower() != "bearer ") {
        return std::nullopt;
    }
    return QString::fromLatin1(value.mid(7).trimmed());
}

std::optional<SessionStore::Session> Authenticator::authenticate(const HttpRequest& request) const
{
    const auto token = bearerToken(request);
    if (!token) {
        return std::nullopt;
    }
    auto session = SessionStore(m_db.connection()).findLive(*token);
    if (!session) {
        qCInfo(lcAuth).noquote() << (QStringLiteral("rejected a bearer token, request_id=") +
                                     request.requestId);
    }
    return session;
}

} // namespace purser::server
