#pragma once

#include "server/http/Router.h"

namespace purser::server {

class Database;

// Idempotency-Key on every mutating route (api.md, Idempotency and concurrency), installed
// once as the router's mutation middleware. (org, caller, key) → the status and body of the
// first answer, kept 24 hours. A repeat gets that answer with `Idempotent-Replayed: true` and
// the handler does not run again; the same key with another method, path or body is 422
// `idempotency_key_reused`; a repeat while the first is still running is 409 (PostgreSQL) or
// waits for it and replays (SQLite, whose writers queue). Answers 5xx are not kept, so a
// retry after a server failure runs again. The caller is a session's user or an API key (each
// key its own caller). Requests without a key, or without a caller, pass straight through. The
// answer is stored in one transaction with the handler's own (nested) transactions, so a crash
// never strands a key half-way.
//
// The replay store never holds a usable secret: before an answer is stored, every member
// named in secretFields() (API keys, invitation and session tokens, TOTP secrets and backup
// codes, a personal-data export's document) and every string that has the shape of a Purser secret
// token is left out, and
// `"secret_shown_once": true` is added. A replay answers the same non-secret fields and says
// the secret was shown once; the first answer alone carries it.
class IdempotencyGuard
{
public:
    static constexpr qint64 kLifetimeSeconds = 24 * 3600;

    // Answer fields that carry a secret, in any answer of any route (api.md).
    static const QStringList& secretFields();
    // The JSON answer as the replay store may keep it (see above); other bodies unchanged.
    static QByteArray storableBody(const QByteArray& body);

    explicit IdempotencyGuard(const Database& db) : m_db(db) {}
    HttpResponse operator()(HttpRequest& request, const Router::Handler& handler) const;

private:
    const Database& m_db;
};

} // namespace purser::server
