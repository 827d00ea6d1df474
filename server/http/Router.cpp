#include "server/http/Router.h"

#include "server/api/ApiError.h"

namespace purser::server {

void Router::add(const QString& method, const QString& pattern, Handler handler,
                 BodyLimit bodyLimit)
{
    m_routes.append(Route{method, pattern, pattern.split(u'/', Qt::SkipEmptyParts),
                          std::move(handler), std::move(bodyLimit)});
}

void Router::addUpload(const QString& method, const QString& pattern, Handler handler,
                       BodyLimit bodyLimit)
{
    add(method, pattern, std::move(handler), std::move(bodyLimit));
    m_routes.last().bodyType = BodyType::Multipart;
}

void Router::addWithoutDatabase(const QString& method, const QString& pattern, Handler handler)
{
    add(method, pattern, std::move(handler));
    m_routes.last().usesDatabase = false;
}

bool Router::answersWithoutDatabase(HttpRequest& request) const
{
    QByteArray allowed;
    const Route* route = find(request, &allowed);
    return !route || !route->usesDatabase;
}

QList<Router::RouteInfo> Router::routes() const
{
    QList<RouteInfo> result;
    for (const Route& route : m_routes) {
        result.append({route.method, route.pattern});
    }
    return result;
}

bool Router::matches(const Route& route, const QStringList& segments,
                     QList<QPair<QString, QString>>* params)
{
    if (route.segments.size() != segments.size()) {
        return false;
    }
    params->clear();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString& expected = route.segments[i];
        if (expected.startsWith(u'{') && expected.endsWith(u'}')) {
            if (segments[i].isEmpty()) {
                return false;
            }
            params->append({expected.mid(1, expected.size() - 2), segments[i]});
        } else if (expected != segments[i]) {
            return false;
        }
    }
    return true;
}

const Router::Route* Router::find(HttpRequest& request, QByteArray* allowed) const
{
    // A trailing slash or an empty segment is a different path, not the same route.
    const QStringList segments = request.path.mid(1).split(u'/');
    for (const Route& route : m_routes) {
        QList<QPair<QString, QString>> params;
        if (!matches(route, segments, &params)) {
            continue;
        }
        request.route = route.pattern;
        if (route.method == request.method) {
            request.pathParams = params;
            return &route;
        }
        if (!allowed->isEmpty()) {
            *allowed += ", ";
        }
        *allowed += route.method.toLatin1();
    }
    return nullptr;
}

std::optional<HttpResponse> Router::admit(HttpRequest& request, std::size_t* bodyLimit) const
{
    QByteArray allowed;
    const Route* route = find(request, &allowed);
    if (!route) {
        return allowed.isEmpty() ? ApiError::notFound() : ApiError::methodNotAllowed(allowed);
    }
    if (m_gate) {
        if (auto refusal = m_gate(request, route->bodyType)) {
            return refusal;
        }
    }
    *bodyLimit = route->bodyLimit ? route->bodyLimit(request) : kDefaultBodyLimit;
    return std::nullopt;
}

HttpResponse Router::dispatch(HttpRequest& request) const
{
    QByteArray allowed;
    const Route* route = find(request, &allowed);
    if (route) {
        const bool mutating = request.method == u"POST" || request.method == u"PUT" ||
                              request.method == u"PATCH" || request.method == u"DELETE";
        if (mutating && m_mutationMiddleware) {
            return m_mutationMiddleware(request, route->handler);
        }
        return route->handler(request);
    }
    if (!allowed.isEmpty()) {
        return ApiError::methodNotAllowed(allowed);
    }
    return ApiError::notFound();
}

} // namespace purser::server
