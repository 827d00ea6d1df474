#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <functional>
#include <optional>

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

    // What a route's body is: JSON, or a multipart/form-data upload.
    enum class BodyType
    {
        Json,
        Multipart,
    };
    // Runs on the request line and headers of a matched route, before any byte of the body
    // is read (authentication, the cookie rules): an answer refuses the request.
    using Gate = std::function<std::optional<HttpResponse>(const HttpRequest&, BodyType)>;

    static constexpr std::size_t kDefaultBodyLimit = 64 * 1024; // JSON bodies (api.md)

    void add(const QString& method, const QString& pattern, Handler handler,
             BodyLimit bodyLimit = {});
    // A route whose body is multipart/form-data (receipt uploads).
    void addUpload(const QString& method, const QString& pattern, Handler handler,
                   BodyLimit bodyLimit);
    // A route answered without the database (/healthz, /metrics): it runs on an IO thread, so
    // it answers at once while every database connection is busy. It must not touch the
    // database.
    void addWithoutDatabase(const QString& method, const QString& pattern, Handler handler);
    // True when the request's route was added with addWithoutDatabase, or no route matches
    // (404/405 need no database either). Sets request.route.
    bool answersWithoutDatabase(HttpRequest& request) const;
    void setGate(Gate gate) { m_gate = std::move(gate); }
    void setMutationMiddleware(Middleware middleware)
    {
        m_mutationMiddleware = std::move(middleware);
    }
    HttpResponse dispatch(HttpRequest& request) const;
    // For a request whose headers have arrived, before its body is read: the answer when it
    // is refused (no such route 404, wrong method 405, or what the gate says), else nothing
    // with *bodyLimit set (64 KiB unless the route says).
    std::optional<HttpResponse> admit(HttpRequest& request, std::size_t* bodyLimit) const;

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
        BodyType bodyType = BodyType::Json;
        bool usesDatabase = true;
    };
    const Route* find(HttpRequest& request, QByteArray* allowed) const;
    static bool matches(const Route& route, const QStringList& segments,
                        QList<QPair<QString, QString>>* params);

    QList<Route> m_routes;
    Middleware m_mutationMiddleware;
    Gate m_gate;
};

} // namespace purser::server
