#pragma once

#include "server/http/Router.h"

namespace purser::server {

class Database;

// POST /orgs/{org}/employees, PATCH and DELETE /orgs/{org}/employees/{id} (employees.write).
// Each change and its audit entry commit in one transaction; a deletion leaves a tombstone
// for sync readers. PATCH and DELETE honour If-Match.
class EmployeeWriteApi
{
public:
    explicit EmployeeWriteApi(const Database& db) : m_db(db) {}
    void registerRoutes(Router& router);

private:
    HttpResponse create(HttpRequest& request);
    HttpResponse update(HttpRequest& request);
    HttpResponse remove(HttpRequest& request);

    const Database& m_db;
};

} // namespace purser::server
