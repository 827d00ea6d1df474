#include "server/api/RequestGate.h"

#include "server/api/ApiError.h"
#include "server/api/OrgContext.h"
#include "server/auth/CookieWriteCheck.h"

namespace purser::server {

bool RequestGate::carriesBody(const HttpRequest& request)
{
    if (request.header("transfer-encoding")) {
        return true;
    }
    const auto length = request.header("content-length");
    return length && length->trimmed() != "0";
}

std::optional<HttpResponse> RequestGate::operator()(const HttpRequest& request,
                                                    Router::BodyType bodyType) const
{
    if (const auto reason =
            CookieWriteCheck::refusal(request, bodyType == Router::BodyType::Multipart)) {
        return ApiError::make(403, QStringLiteral("cross_site_request"), *reason);
    }
    if (!carriesBody(request) || request.pathParam(QStringLiteral("org")).isEmpty()) {
        return std::nullopt; // the handler decides, as it has nothing to read first
    }
    HttpResponse refusal;
    if (!OrgContext::resolveMember(m_db, request, &refusal)) {
        return refusal;
    }
    return std::nullopt;
}

} // namespace purser::server
