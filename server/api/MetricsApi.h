#pragma once

#include "server/ServerOptions.h"
#include "server/http/Router.h"

namespace purser::server {

// GET /metrics (and /api/v1/metrics): Prometheus text format, no authentication, answered
// only to loopback callers and the subnets in metrics_allow; anyone else gets 404, as if the
// route did not exist.
class MetricsApi
{
public:
    explicit MetricsApi(QList<ServerOptions::Subnet> allowed) : m_allowed(std::move(allowed)) {}
    void registerRoutes(Router& router);

private:
    HttpResponse metrics(HttpRequest& request);

    QList<ServerOptions::Subnet> m_allowed;
};

} // namespace purser::server
