#include "models/RecordNames.h"

#include "cache/AuditRecordNames.h"
#include "cache/CacheStore.h"

#include <QCoreApplication>

namespace purser {

namespace {

QString describe(const QString& resource, const QJsonObject& r)
{
    const auto text = [&r](const char* key) { return r.value(QLatin1String(key)).toString(); };
    if (resource == u"employees") {
        return QStringLiteral("%1 (%2)").arg(text("full_name"), text("employee_no"));
    }
    if (resource == u"members") {
        const QString name = text("name");
        return name.isEmpty() ? text("email") : name;
    }
    if (resource == u"payroll-runs") {
        return QCoreApplication::translate("purser::RecordNames", "Payroll %1 – %2")
            .arg(text("period_start"), text("period_end"));
    }
    if (resource == u"claims") {
        return QCoreApplication::translate("purser::RecordNames", "Claim “%1”")
            .arg(text("description"));
    }
    return {};
}

// The audit log's entity_type for a cached resource.
QString auditEntityType(const QString& resource)
{
    if (resource == u"employees") {
        return QStringLiteral("employee");
    }
    if (resource == u"payroll-runs") {
        return QStringLiteral("payroll_run");
    }
    if (resource == u"claims") {
        return QStringLiteral("claim");
    }
    return QStringLiteral("member");
}

} // namespace

QString RecordNames::lookup(const QString& resource, const QString& id) const
{
    if (id.isEmpty()) {
        return {};
    }
    const QString key = resource + u'/' + id;
    const auto known = m_names.constFind(key);
    if (known != m_names.constEnd()) {
        return *known;
    }
    QString name;
    if (m_db.isOpen()) {
        // Members are cached under their user id (SyncEngine).
        if (const auto record = CacheStore(m_db).record(resource, id)) {
            name = describe(resource, *record);
        } else if (const auto fields =
                       AuditRecordNames(m_db).fields(auditEntityType(resource), id)) {
            // Deleted since, or not for this role: what the audit log last said of it.
            name = describe(resource, *fields);
        }
    }
    m_names.insert(key, name);
    return name;
}

QString RecordNames::employee(const QString& employeeId) const
{
    return lookup(QStringLiteral("employees"), employeeId);
}

QString RecordNames::user(const QString& userId) const
{
    const QString member = lookup(QStringLiteral("members"), userId);
    if (!member.isEmpty()) {
        return member;
    }
    // Without the member list (a role that may not read it), the user's employee record.
    if (m_db.isOpen()) {
        const QString key = QStringLiteral("user-employee/") + userId;
        const auto known = m_names.constFind(key);
        if (known != m_names.constEnd()) {
            return *known;
        }
        QString name;
        for (const QJsonObject& e : CacheStore(m_db).records(QStringLiteral("employees"))) {
            if (e.value(QStringLiteral("user_id")).toString() == userId) {
                name = e.value(QStringLiteral("full_name")).toString();
                break;
            }
        }
        m_names.insert(key, name);
        return name;
    }
    return {};
}

QString RecordNames::record(const QString& entityType, const QString& id) const
{
    if (entityType == u"employee") {
        return employee(id);
    }
    if (entityType == u"claim") {
        return lookup(QStringLiteral("claims"), id);
    }
    if (entityType == u"payroll_run") {
        return lookup(QStringLiteral("payroll-runs"), id);
    }
    if (entityType == u"member" || entityType == u"user") {
        return user(id);
    }
    if (entityType == u"receipt" && m_db.isOpen()) {
        // A receipt is known by its claim (its upload entry names the claim).
        const auto fields = AuditRecordNames(m_db).fields(entityType, id);
        const QString claim = fields ? lookup(QStringLiteral("claims"),
                                              fields->value(QStringLiteral("claim_id")).toString())
                                     : QString();
        return claim.isEmpty()
                   ? QString()
                   : QCoreApplication::translate("purser::RecordNames", "Receipt of %1").arg(claim);
    }
    return {};
}

} // namespace purser
