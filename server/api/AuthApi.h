#pragma once

#include "core/SessionInfo.h"
#include "server/auth/SessionStore.h"
#include "server/http/Router.h"

namespace purser::server {

class Database;

// POST /api/v1/auth/sign-in, GET /api/v1/auth/session, POST /api/v1/auth/sign-out.
class AuthApi
{
public:
    explicit AuthApi(const Database& db) : m_db(db) {}
    void registerRoutes(Router& router);

    static QString normaliseEmail(const QString& email);

private:
    HttpResponse signIn(HttpRequest& request);
    HttpResponse session(HttpRequest& request);
    HttpResponse signOut(HttpRequest& request);
    // The session object of api.md for a stored session (without the token).
    std::optional<SessionInfo> sessionInfo(const SessionStore::Session& session);

    const Database& m_db;
};

} // namespace purser::server
