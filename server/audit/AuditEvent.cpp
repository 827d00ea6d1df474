#include "server/audit/AuditEvent.h"

#include "server/http/HttpRequest.h"

namespace purser::server {

AuditEvent AuditEvent::fromRequest(const HttpRequest& request, const QString& orgId,
                                   const AuditActor& actor)
{
    AuditEvent event;
    event.orgId = orgId;
    event.actor = actor;
    if (actor.kind == u"api_key") {
        event.channel = QStringLiteral("api");
    } else {
        const QByteArray declared = request.header("x-purser-channel").value_or(QByteArray());
        event.channel = declared == "desktop" ? QStringLiteral("desktop") : QStringLiteral("web");
    }
    event.ip = request.clientAddress.isEmpty() ? request.peerAddress : request.clientAddress;
    event.userAgent =
        QString::fromUtf8(request.header("user-agent").value_or(QByteArray())).left(512);
    event.requestId = request.requestId;
    return event;
}

QJsonArray AuditEvent::change(const QJsonValue& oldValue, const QJsonValue& newValue,
                              bool sensitive)
{
    if (sensitive) {
        const QJsonValue redacted(QStringLiteral("[redacted]"));
        return QJsonArray{oldValue.isNull() ? oldValue : redacted,
                          newValue.isNull() ? newValue : redacted};
    }
    return QJsonArray{oldValue, newValue};
}

} // namespace purser::server
