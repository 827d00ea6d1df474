#include "server/api/MetricsApi.h"

#include "server/api/ApiError.h"
#include "server/ops/Metrics.h"

#include <QHostAddress>

namespace purser::server {

void MetricsApi::registerRoutes(Router& router)
{
    for (const QString& path : {QStringLiteral("/metrics"), QStringLiteral("/api/v1/metrics")}) {
        router.addWithoutDatabase(QStringLiteral("GET"), path,
                                  [this](HttpRequest& r) { return metrics(r); });
    }
}

HttpResponse MetricsApi::metrics(HttpRequest& request)
{
    // Behind a trusted proxy the proxy is the TCP peer (often loopback); what counts is the
    // client the proxy names, so /metrics is not opened to everyone through the proxy.
    const QHostAddress peer(request.clientAddress.isEmpty() ? request.peerAddress
                                                            : request.clientAddress);
    bool allowed = peer.isLoopback();
    for (const ServerOptions::Subnet& subnet : m_allowed) {
        allowed = allowed || peer.isInSubnet(subnet);
    }
    if (!allowed) {
        return ApiError::notFound();
    }
    HttpResponse response;
    response.status = 200;
    response.body = Metrics::instance().render();
    response.setHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
    return response;
}

} // namespace purser::server
