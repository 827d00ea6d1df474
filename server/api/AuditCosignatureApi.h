#pragma once

#include "server/http/Router.h"

namespace purser::server {

class Database;

// Witnesses' cosignatures on the audit checkpoints (docs/audit-log.md, docs/api.md), audit.read:
//   POST /orgs/{org}/audit-log/cosignatures
//        {tree_size, public_key (base64, 32 bytes), cosignature ("— <name> <base64>")}
// The server checks that it signed a checkpoint of tree_size entries for the organisation and
// that the cosignature verifies over that checkpoint's body, keeps it (audited once per
// witness key and size) and serves it with GET .../audit-log/checkpoint.
//   GET /orgs/{org}/audit-log/cosignatures[?tree_size=N | ?witness=FP[&witness=FP]...]
//        {tree_size, note, cosignatures: [...]}: the checkpoint of N entries (default: the
//        newest one any witness -- or every named witness key -- cosigned; tree_size 0 and no
//        note when none is) as the server signed it, with every cosignature it holds on it.
class AuditCosignatureApi
{
public:
    static constexpr int kCosignaturesPerWindow = 60; // per caller per rate-limit window
    static constexpr qint64 kClockSkewSeconds = 600;  // a cosignature's time may be this early
    static constexpr std::size_t kCosignatureBodyLimit = 2048;

    explicit AuditCosignatureApi(const Database& db) : m_db(db) {}
    void registerRoutes(Router& router);

private:
    HttpResponse add(HttpRequest& request);
    HttpResponse list(HttpRequest& request);

    const Database& m_db;
};

} // namespace purser::server
