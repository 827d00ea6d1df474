#pragma once

#include "server/http/Router.h"

namespace purser::server {

class Database;
struct Claim;
struct OrgContext;

// Expense claims (api.md, Claims and receipts): sync list, get, create (own, or for anyone
// with claims.write_any), PATCH and DELETE of drafts, and the state changes of core's
// Workflow::claim(): submit, approve and reject (claims.review; never one's own claim),
// mark-paid. Every change writes its audit entry in the same transaction.
class ClaimsApi
{
public:
    ClaimsApi(const Database& db, QString dataDir) : m_db(db), m_dataDir(std::move(dataDir)) {}
    void registerRoutes(Router& router);

    // Whether the caller may act on this claim as a claimant (write own/any).
    static bool mayWrite(const OrgContext& context, const Claim& claim);
    static bool mayRead(const OrgContext& context, const Claim& claim);

private:
    HttpResponse list(HttpRequest& request);
    HttpResponse get(HttpRequest& request);
    HttpResponse create(HttpRequest& request);
    HttpResponse update(HttpRequest& request);
    HttpResponse remove(HttpRequest& request);
    HttpResponse transition(HttpRequest& request, const QString& action);

    const Database& m_db;
    QString m_dataDir;
};

} // namespace purser::server
