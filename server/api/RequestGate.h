#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"
#include "server/http/Router.h"

#include <optional>

namespace purser::server {

class Database;

// The router's gate (Router::Gate): what is decided from the request line and headers alone,
// before any byte of a body is read. A cookie-authenticated write must come from this origin
// as JSON (CookieWriteCheck, 403 cross_site_request); a request that carries a body to an
// organisation's route must come from a member or a key of that organisation (401, 404, 403
// as the handler would answer), so a stranger's body, an upload included, is never read.
class RequestGate
{
public:
    explicit RequestGate(const Database& db) : m_db(db) {}

    std::optional<HttpResponse> operator()(const HttpRequest& request,
                                           Router::BodyType bodyType) const;

    // Content-Length above zero or any Transfer-Encoding.
    static bool carriesBody(const HttpRequest& request);

private:
    const Database& m_db;
};

} // namespace purser::server
