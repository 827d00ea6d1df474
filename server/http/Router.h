#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <functional>

namespace purser::server {

// Maps (method, path pattern) to a handler. Patterns are literal segments and {name}
// captures of one segment, e.g. /api/v1/orgs/{org}/employees/{id}. A path that matches a
// pattern with another method answers 405 `method_not_allowed` with Allow; no match is 404.
class Router
{
public:
    using Handler = std::function<HttpResponse(HttpRequest&)>;
    // Decides a route's body limit from the request line and headers (path params are set);
    // runs before the body is read.
    using BodyLimit = std::function<std::size_t(const HttpRequest&)>;
    // Wraps every mutating route (POST, PUT, PATCH, DELETE), e.g. Idempotency-Key handling,
    // so it is written once and no handler can forget it.
    using Middleware = std::function<HttpResponse(HttpRequest&, const Handler&)>;

    static constexpr std::size_t kDefaultBodyLimit = 64 * 1024; // JSON bodies (api.md)

    void add(const QString& method, const QString& pattern, Handler handler,
             BodyLimit bodyLimit = {});
    void setMutationMiddleware(Middleware middleware)
    {
        m_mutationMiddleware = std::move(middleware);
    }
    HttpResponse dispatch(HttpRequest& request) const;
    // The body limit for a request whose headers have arrived (64 KiB unless its route says).
    std::size_t bodyLimit(HttpRequest& request) const;

    struct RouteInfo
    {
        QString method;
        QString pattern;
    };
    // Every registered route, in registration order: the route table the generated
    // cross-tenant test walks (purser-server --list-routes prints it).
    QList<RouteInfo> routes() const;

private:
    struct Route
    {
        QString method;
        QString pattern;
        QStringList segments;
        Handler handler;
        BodyLimit bodyLimit;
    };
    const Route* find(HttpRequest& request, QByteArray* allowed) const;
    static bool matches(const Route& route, const QStringList& segments,
                        QList<QPair<QString, QString>>* params);

    QList<Route> m_routes;
    Middleware m_mutationMiddleware;
};

} // namespace purser::server
