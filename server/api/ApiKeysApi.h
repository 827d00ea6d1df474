#pragma once

#include "server/http/Router.h"

namespace purser::server {

class Database;

// GET /orgs/{org}/api-keys, POST {name, role} → 201 {id, key, prefix, ...} (the key shown
// once; the server keeps its SHA-256), DELETE /orgs/{org}/api-keys/{id} revokes at once.
class ApiKeysApi
{
public:
    explicit ApiKeysApi(const Database& db) : m_db(db) {}
    void registerRoutes(Router& router);

private:
    HttpResponse list(HttpRequest& request);
    HttpResponse create(HttpRequest& request);
    HttpResponse revoke(HttpRequest& request);

    const Database& m_db;
};

} // namespace purser::server
