#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace purser::server {

// Maps (method, path pattern) to a handler. Patterns are literal segments and {name}
// captures of one segment, e.g. /api/v1/orgs/{org}/employees/{id}. A path that matches a
// pattern with another method answers 405 `method_not_allowed` with Allow; no match is 404.
class Router
{
public:
    using Handler = std::function<HttpResponse(HttpRequest&)>;

    void add(const QString& method, const QString& pattern, Handler handler);
    HttpResponse dispatch(HttpRequest& request) const;

    // Every registered (method, pattern), in registration order: the route table the
    // generated cross-tenant test walks (purser-server --list-routes prints it).
    QList<QPair<QString, QString>> routes() const;

private:
    struct Route
    {
        QString method;
        QString pattern;
        QStringList segments;
        Handler handler;
    };
    static bool matches(const Route& route, const QStringList& segments,
                        QList<QPair<QString, QString>>* params);

    QList<Route> m_routes;
};

} // namespace purser::server
