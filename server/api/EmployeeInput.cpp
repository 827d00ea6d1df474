#include "server/api/EmployeeInput.h"

#include "server/audit/AuditEvent.h"

namespace purser::server::EmployeeInput {

QJsonObject changes(const Employee& before, const Employee& after)
{
    const QJsonObject a = before.toJson();
    const QJsonObject b = after.toJson();
    QJsonObject result;
    for (const QString& key : writableKeys()) {
        const QJsonValue oldValue = a.value(key).isUndefined() ? QJsonValue() : a.value(key);
        const QJsonValue newValue = b.value(key).isUndefined() ? QJsonValue() : b.value(key);
        if (oldValue != newValue) {
            result.insert(key, AuditEvent::change(oldValue, newValue, isSensitive(key)));
        }
    }
    return result;
}

} // namespace purser::server::EmployeeInput
