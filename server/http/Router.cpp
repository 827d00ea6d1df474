#include "server/http/Router.h"

#include "server/api/ApiError.h"

namespace purser::server {

void Router::add(const QString& method, const QString& pattern, Handler handler)
{
    m_routes.append(
        Route{method, pattern, pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler)});
}

QList<QPair<QString, QString>> Router::routes() const
{
    QList<QPair<QString, QString>> result;
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

HttpResponse Router::dispatch(HttpRequest& request) const
{
    // A trailing slash or an empty segment is a different path, not the same route.
    const QStringList segments = request.path.mid(1).split(u'/');
    QByteArray allowed;
    for (const Route& route : m_routes) {
        QList<QPair<QString, QString>> params;
        if (!matches(route, segments, &params)) {
            continue;
        }
        if (route.method == request.method) {
            request.pathParams = params;
            request.route = route.pattern;
            return route.handler(request);
        }
        request.route = route.pattern;
        if (!allowed.isEmpty()) {
            allowed += ", ";
        }
        allowed += route.method.toLatin1();
    }
    if (!allowed.isEmpty()) {
        return ApiError::methodNotAllowed(allowed);
    }
    return ApiError::notFound();
}

} // namespace purser::server
