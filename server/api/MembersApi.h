#pragma once

#include "server/http/Router.h"

namespace purser::server {

class Database;

// GET /orgs/{org}/members, PATCH /orgs/{org}/members/{user_id} {role},
// DELETE /orgs/{org}/members/{user_id}. An organisation keeps at least one owner (409), an
// admin can neither touch an owner nor make one (403).
class MembersApi
{
public:
    explicit MembersApi(const Database& db) : m_db(db) {}
    void registerRoutes(Router& router);

private:
    HttpResponse list(HttpRequest& request);
    HttpResponse changeRole(HttpRequest& request);
    HttpResponse remove(HttpRequest& request);

    const Database& m_db;
};

} // namespace purser::server
