#pragma once

#include "server/http/Router.h"

namespace purser::server {

class Database;

// GET /api/v1/orgs/{org}/employees?since=&limit= (incremental sync) and
// GET /api/v1/orgs/{org}/employees/{id}. Sensitive fields leave the server only for readers
// allowed to see them (EmployeeVisibility): the keys are absent otherwise.
class EmployeesApi
{
public:
    explicit EmployeesApi(const Database& db) : m_db(db) {}
    void registerRoutes(Router& router);

private:
    HttpResponse list(HttpRequest& request);
    HttpResponse get(HttpRequest& request);

    const Database& m_db;
};

} // namespace purser::server
