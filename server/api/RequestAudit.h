#pragma once

#include "server/api/OrgContext.h"
#include "server/audit/AuditEvent.h"

#include <QSqlDatabase>

namespace purser::server {

// The audit event of a change made through a request: actor (the signed-in user, shown by
// name), channel, ip, user agent and request id. The caller fills action, entity and changes
// and passes it to AuditLog::append inside the change's transaction.
AuditEvent requestAudit(const OrgContext& context, const HttpRequest& request, QSqlDatabase db,
                        const QString& action, const QString& entityType, const QString& entityId,
                        const QString& summary);

} // namespace purser::server
