#pragma once

#include "server/auth/SessionStore.h"
#include "server/http/HttpRequest.h"
#include "server/store/ApiKeyStore.h"

#include <optional>

namespace purser::server {

class Database;

// Who is calling: a session ("Authorization: Bearer ps_..." or the __Secure-purser_session
// cookie) or an API key ("Authorization: Bearer pk_...", org routes only).
struct Principal
{
    std::optional<SessionStore::Session> session;
    std::optional<ApiKeyStore::Key> apiKey;
};

class Authenticator
{
public:
    static constexpr auto kCookieName = "__Secure-purser_session";

    explicit Authenticator(const Database& db) : m_db(db) {}

    // A live session from the bearer token or, without an Authorization header, the cookie.
    std::optional<SessionStore::Session> authenticate(const HttpRequest& request) const;
    // A live session or a live (unrevoked) API key.
    std::optional<Principal> authenticatePrincipal(const HttpRequest& request) const;

    static std::optional<QString> bearerToken(const HttpRequest& request);
    static std::optional<QString> cookieToken(const HttpRequest& request);
    // The bearer token, else the cookie's.
    static std::optional<QString> presentedToken(const HttpRequest& request);
    // Set-Cookie values that store and clear the session cookie.
    static QByteArray sessionCookie(const QString& token);
    static QByteArray clearedCookie();

private:
    const Database& m_db;
};

} // namespace purser::server
