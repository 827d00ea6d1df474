#include "server/api/OrgContext.h"

#include "server/api/ApiError.h"
#include "server/auth/Authenticator.h"
#include "server/store/Database.h"
#include "server/store/SqlValues.h"
#include "server/store/UserStore.h"

namespace purser::server {

std::optional<OrgContext> OrgContext::resolve(const Database& db, const HttpRequest& request,
                                              Permission permission, HttpResponse* error)
{
    const auto session = Authenticator(db).authenticate(request);
    if (!session) {
        *error = ApiError::unauthenticated();
        return std::nullopt;
    }
    const auto orgId = sql::canonicalUuid(request.pathParam(QStringLiteral("org")));
    if (!orgId) {
        *error = ApiError::notFound();
        return std::nullopt;
    }
    const auto role = UserStore(db.connection()).role(*orgId, session->userId);
    if (!role) {
        *error = ApiError::notFound();
        return std::nullopt;
    }
    const Access granted = purser::access(*role, permission);
    if (granted == Access::None) {
        *error = ApiError::forbidden();
        return std::nullopt;
    }
    return OrgContext{*session, *orgId, *role, granted};
}

} // namespace purser::server
