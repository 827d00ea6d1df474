#pragma once

#include "server/http/Router.h"

namespace purser::server {

class Database;

// A user's own sessions (api.md, Authentication): GET /auth/sessions lists the live ones
// (never a token or its hash), DELETE /auth/sessions/{id} revokes one of them; another
// user's session id is 404 like an unknown one.
class SessionsApi
{
public:
    explicit SessionsApi(const Database& db) : m_db(db) {}
    void registerRoutes(Router& router);

private:
    HttpResponse list(HttpRequest& request);
    HttpResponse revoke(HttpRequest& request);

    const Database& m_db;
};

} // namespace purser::server
