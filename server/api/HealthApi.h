#pragma once

#include "server/http/Router.h"

namespace purser::server {

class Database;

// GET /api/v1/healthz (no auth).
class HealthApi
{
public:
    explicit HealthApi(const Database& db) : m_db(db) {}
    void registerRoutes(Router& router);

private:
    HttpResponse health(HttpRequest& request);
    const Database& m_db;
};

} // namespace purser::server
