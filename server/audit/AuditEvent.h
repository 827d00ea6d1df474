#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace purser::server {

struct HttpRequest;

// Who did something, as the audit log records it.
struct AuditActor
{
    QString kind; // user | api_key | system
    QString id;   // empty for system
    QString display;

    static AuditActor system() { return {QStringLiteral("system"), {}, QStringLiteral("system")}; }
};

// What a change records about itself; AuditLog::append turns it into a chained entry.
struct AuditEvent
{
    QString orgId;
    AuditActor actor;
    QString channel = QStringLiteral("system"); // desktop | api | web | system
    QString action;                             // create | update | delete | submit | …
    QString entityType;                         // employee | payroll_run | claim | …
    QString entityId;                           // empty when the action has no single entity
    QString summary;                            // one plain sentence for people
    QJsonObject changes;                        // {field: [old, new]}, sensitive values redacted
    QString ip;
    QString userAgent;
    QString requestId;

    // Fills actor, channel, ip, user agent and request id from a request. The channel is
    // "api" for API keys, the X-Purser-Channel header ("desktop"/"web") for sessions, else "web".
    static AuditEvent fromRequest(const HttpRequest& request, const QString& orgId,
                                  const AuditActor& actor);

    // A changes entry: [old, new], with sensitive values replaced by "[redacted]".
    static QJsonArray change(const QJsonValue& oldValue, const QJsonValue& newValue,
                             bool sensitive = false);
};

} // namespace purser::server
