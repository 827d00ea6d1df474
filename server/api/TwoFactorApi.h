#pragma once

#include "server/http/Router.h"

namespace purser::server {

class Database;

// POST /auth/two-factor/enable {password} → {secret, otpauth_uri, backup_codes[10]} (pending),
// POST /auth/two-factor/verify {code} → 204 (turns it on; the step is used up),
// POST /auth/two-factor/disable {password, code} → 204. Sessions only, not API keys.
class TwoFactorApi
{
public:
    explicit TwoFactorApi(const Database& db) : m_db(db) {}
    void registerRoutes(Router& router);

private:
    HttpResponse enable(HttpRequest& request);
    HttpResponse verify(HttpRequest& request);
    HttpResponse disable(HttpRequest& request);

    const Database& m_db;
};

} // namespace purser::server
