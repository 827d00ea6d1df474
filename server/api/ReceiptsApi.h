#pragma once

#include "server/http/Router.h"

namespace purser::server {

class Database;

// POST /orgs/{org}/claims/{id}/receipts (multipart/form-data, one part `file`) and
// GET /orgs/{org}/claims/{id}/receipts/{rid} (api.md, Claims and receipts).
//
// Size: the route's body limit is the org's upload_max_bytes plus kMultipartOverhead for the
// part headers and boundaries, decided from Content-Length before the body is read (413 with
// limit_bytes = upload_max_bytes); a file part itself over upload_max_bytes is 413 too.
// Type: magic bytes (core FileType) must be PDF/JPEG/PNG/WEBP and agree with the part's
// declared Content-Type, else 415. An empty file is 422 `validation_failed` (fields.file).
class ReceiptsApi
{
public:
    static constexpr qint64 kMultipartOverhead = 16 * 1024;

    ReceiptsApi(const Database& db, QString dataDir) : m_db(db), m_dataDir(std::move(dataDir)) {}
    void registerRoutes(Router& router);

private:
    HttpResponse upload(HttpRequest& request);
    HttpResponse download(HttpRequest& request);
    std::size_t uploadBodyLimit(const HttpRequest& request) const;

    const Database& m_db;
    QString m_dataDir;
};

} // namespace purser::server
