#include "server/api/DatabaseRetry.h"

#include "server/Logging.h"
#include "server/api/ApiError.h"
#include "server/store/Database.h"
#include "server/store/StoreError.h"

namespace purser::server {

bool DatabaseRetry::isRead(const HttpRequest& request)
{
    return request.method == u"GET" || request.method == u"HEAD";
}

HttpResponse DatabaseRetry::unavailable()
{
    HttpResponse response = ApiError::make(
        503, QStringLiteral("unavailable"),
        QStringLiteral("The database cannot be reached right now. Try again in a moment."));
    response.setHeader("Retry-After", QByteArray::number(kRetryAfterSeconds));
    return response;
}

std::optional<HttpResponse> DatabaseRetry::run(const HttpRequest& request, bool repeatable,
                                               const std::function<void()>& call) const
{
    for (int attempt = 1;; ++attempt) {
        try {
            call();
            return std::nullopt;
        } catch (const StoreError& e) {
            if (m_db.threadConnectionWorks()) {
                throw; // the database answers: a real failure of this request
            }
            m_db.closeThreadConnection(); // the next use opens a fresh connection
            qCWarning(lcStore).noquote()
                << QStringLiteral("lost the database connection, request_id=") + request.requestId
                << ":" << e.what();
            if (!repeatable || attempt > 1) {
                return unavailable();
            }
        }
    }
}

} // namespace purser::server
