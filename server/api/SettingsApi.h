#pragma once

#include "server/http/Router.h"

namespace purser::server {

class Database;

// GET /orgs/{org}/settings (any member: the client needs upload_max_bytes) and
// PUT /orgs/{org}/settings (settings.manage: owners) {name, email_domain_allowlist,
// require_two_factor, upload_max_bytes}; fields left out keep their value.
class SettingsApi
{
public:
    explicit SettingsApi(const Database& db) : m_db(db) {}
    void registerRoutes(Router& router);

private:
    HttpResponse get(HttpRequest& request);
    HttpResponse put(HttpRequest& request);

    const Database& m_db;
};

} // namespace purser::server
