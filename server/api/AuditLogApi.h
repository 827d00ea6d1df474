#pragma once

#include "server/http/Router.h"

namespace purser::server {

class Database;
class SigningKeys;

// GET /orgs/{org}/audit-log (filters of api.md, ordered by seq), GET
// /orgs/{org}/audit-log/checkpoint (Ed25519-signed head of the chain), both audit.read; and
// GET /server/signing-keys (no auth: public keys, old ones included, to verify checkpoints).
class AuditLogApi
{
public:
    static constexpr int kDefaultLimit = 1000;
    static constexpr int kMaxLimit = 5000;

    AuditLogApi(const Database& db, const SigningKeys& keys) : m_db(db), m_keys(keys) {}
    void registerRoutes(Router& router);

    // 500 `audit_integrity`: the tree no longer extends a checkpoint this server signed, so no
    // new checkpoint is signed (every route that needs one answers this).
    static HttpResponse integrityError();

private:
    HttpResponse list(HttpRequest& request);
    HttpResponse checkpoint(HttpRequest& request);
    HttpResponse signingKeys(HttpRequest& request);

    const Database& m_db;
    const SigningKeys& m_keys;
};

} // namespace purser::server
