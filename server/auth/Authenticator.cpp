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

std::optional<QString> Authenticator::cookieToken(const HttpRequest& request)
{
    const QByteArray name = QByteArray(kCookieName) + '=';
    for (const auto& [header, value] : request.headers) {
        if (header != "cookie") {
            continue;
        }
        for (const QByteArray& part : value.split(';')) {
            const QByteArray cookie = part.trimmed();
            if (cookie.startsWith(name)) {
                return QString::fromLatin1(cookie.mid(name.size()));
            }
        }
    }
    return std::nullopt;
}

std::optional<QString> Authenticator::presentedToken(const HttpRequest& request)
{
    if (request.header("authorization")) {
        return bearerToken(request);
    }
    return cookieToken(request);
}

QByteArray Authenticator::sessionCookie(const QString& token)
{
    return QByteArray(kCookieName) + '=' + token.toLatin1() +
           "; HttpOnly; Secure; SameSite=Lax; Path=/; Max-Age=" +
           QByteArray::number(SessionStore::kLifetimeSeconds);
}

QByteArray Authenticator::clearedCookie()
{
    return QByteArray(kCookieName) + "=; HttpOnly; Secure; SameSite=Lax; Path=/; Max-Age=0";
}

std::optional<SessionStore::Session> Authenticator::authenticate(const HttpRequest& request) const
{
    const auto token = presentedToken(request);
    if (!token || !token->startsWith(u"ps_")) {
        return std::nullopt;
    }
    auto session = SessionStore(m_db.connection()).findLive(*token);
    if (!session) {
        qCInfo(lcAuth).noquote() << (QStringLiteral("rejected a session token, request_id=") +
                                     request.requestId);
    }
    return session;
}

std::optional<Principal> Authenticator::authenticatePrincipal(const HttpRequest& request) const
{
    const auto token = presentedToken(request);
    if (!token) {
        return std::nullopt;
    }
    if (token->startsWith(u"pk_")) {
        auto key = ApiKeyStore(m_db.connection()).findLive(*token);
        if (!key) {
            qCInfo(lcAuth).noquote()
                << (QStringLiteral("rejected an API key, request_id=") + request.requestId);
            return std::nullopt;
        }
        return Principal{std::nullopt, std::move(key)};
    }
    auto session = authenticate(request);
    if (!session) {
        return std::nullopt;
    }
    return Principal{std::move(session), std::nullopt};
}

} // namespace purser::server
