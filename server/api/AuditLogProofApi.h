#pragma once

#include "server/http/Router.h"

namespace purser::server {

class Database;

// The audit tree's proofs (docs/audit-log.md), both audit.read:
//   GET /orgs/{org}/audit-log/proof/inclusion?seq=S&tree_size=N
//   GET /orgs/{org}/audit-log/proof/consistency?first=M&second=N
// Each answers in one read of the stored subtree hashes (O(log n) rows).
class AuditLogProofApi
{
public:
    explicit AuditLogProofApi(const Database& db) : m_db(db) {}
    void registerRoutes(Router& router);

private:
    HttpResponse inclusion(HttpRequest& request);
    HttpResponse consistency(HttpRequest& request);

    const Database& m_db;
};

} // namespace purser::server
