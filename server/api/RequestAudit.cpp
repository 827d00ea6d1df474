#include "server/api/RequestAudit.h"

#include "server/store/UserStore.h"

namespace purser::server {

AuditEvent requestAudit(const OrgContext& context, const HttpRequest& request, QSqlDatabase db,
                        const QString& action, const QString& entityType, const QString& entityId,
                        const QString& summary)
{
    AuditActor actor = context.actor; // an API key: kind api_key, its id, name and member
    if (!context.isApiKey()) {
        const auto user = UserStore(std::move(db)).user(context.session.userId);
        actor = AuditActor{QStringLiteral("user"), context.session.userId,
                           user ? user->name : context.session.userId};
    }
    AuditEvent event = AuditEvent::fromRequest(request, context.orgId, actor);
    event.action = action;
    event.entityType = entityType;
    event.entityId = entityId;
    event.summary = summary;
    return event;
}

} // namespace purser::server
