#pragma once

#include "server/http/Router.h"

namespace purser::server {

class Database;
struct PayrollRun;

// Payroll runs (api.md, Payroll): sync list, get, create a draft with one payslip per active
// employee, payslips, and the state changes of core's Workflow::payrollRun() (submit,
// return, approve with four eyes, mark-paid) plus DELETE of a draft. Approved and paid runs
// are locked (409). Every change writes its audit entry in the same transaction.
class PayrollApi
{
public:
    explicit PayrollApi(const Database& db) : m_db(db) {}
    void registerRoutes(Router& router);

private:
    HttpResponse list(HttpRequest& request);
    HttpResponse get(HttpRequest& request);
    HttpResponse create(HttpRequest& request);
    HttpResponse payslips(HttpRequest& request);
    HttpResponse transition(HttpRequest& request, const QString& action);
    HttpResponse remove(HttpRequest& request);

    const Database& m_db;
};

} // namespace purser::server
