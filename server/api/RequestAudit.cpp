#include "server/api/RequestAudit.h"

#include "server/store/UserStore.h"

namespace purser::server {

AuditEvent requestAudit(const OrgContext& context, const HttpRequest& request, QSqlDatabase db,
                        const QString& action, const QString& entityType, const QString& entityId,
                        const QString& summary)
{
    const auto user = UserStore(std::move(db)).user(context.session.userId);
    const QString display = user ? user->name : context.session.userId;
    AuditEvent event = AuditEvent::fromRequest(
        request, context.orgId,
        AuditActor{QStringLiteral("user"), context.session.userId, display});
    event.action = action;
    event.entityType = entityType;
    event.entityId = entityId;
    event.summary = summary;
    return event;
}

} // namespace purser::server
