#include "server/api/HealthApi.h"

#include "PurserVersion.h"
#include "server/store/Database.h"

namespace purser::server {

void HealthApi::registerRoutes(Router& router)
{
    router.addWithoutDatabase(QStringLiteral("GET"), QStringLiteral("/api/v1/healthz"),
                              [this](HttpRequest& r) { return health(r); });
}

HttpResponse HealthApi::health(HttpRequest&)
{
    return HttpResponse::json(200, {{QStringLiteral("status"), QStringLiteral("ok")},
                                    {QStringLiteral("version"), QStringLiteral(PURSER_VERSION)},
                                    {QStringLiteral("database"), m_db.backendName()}});
}

} // namespace purser::server
