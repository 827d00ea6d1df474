#pragma once

#include "server/http/Router.h"

namespace purser::server {

class Database;

// GET /orgs/{org}/invitations → {items: [pending invitations, never a token]},
// DELETE /orgs/{org}/invitations/{id} (revoke: audited; an admin cannot revoke an owner's),
// POST /orgs/{org}/invitations {email, role} → 201 {id, token, expires_at} (48 hours; the
// organisation's email-domain allowlist enforced, exact IDNA match) and
// POST /auth/invitations/{token}/accept (no body) → 201 session object without a token. The
// caller must be signed in (normally, with its two-factor) as the invited address, and that
// address must be verified: accepting checks no password and issues no session.
class InvitationsApi
{
public:
    static constexpr int kAcceptLimit = 5; // failed accepts per window per address

    explicit InvitationsApi(const Database& db) : m_db(db) {}
    void registerRoutes(Router& router);

private:
    HttpResponse list(HttpRequest& request);
    HttpResponse create(HttpRequest& request);
    HttpResponse revoke(HttpRequest& request);
    HttpResponse accept(HttpRequest& request);

    const Database& m_db;
};

} // namespace purser::server
