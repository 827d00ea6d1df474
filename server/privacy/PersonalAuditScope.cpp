#include "server/privacy/PersonalAuditScope.h"

#include "core/Rfc3339.h"
#include "server/audit/AuditLog.h"
#include "server/store/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace purser::server {
namespace {

QString field(const QJsonObject& object, const char* name)
{
    return object.value(QLatin1String(name)).toString();
}

// Entity kinds that belong to the organisation or to whoever acts, never to another person.
bool isOrganisationOrOwnKind(const QString& type)
{
    static const QSet<QString> kinds{QStringLiteral("payroll_run"), QStringLiteral("settings"),
                                     QStringLiteral("audit_checkpoint"),
                                     QStringLiteral("encryption_key"), QStringLiteral("session")};
    return kinds.contains(type);
}

} // namespace

bool PersonalAuditScope::isTheirEntity(const QString& type, const QString& id) const
{
    if (id.isEmpty()) {
        return false;
    }
    if (type == u"employee") {
        return id == m_subject.employeeId;
    }
    if (type == u"claim") {
        return m_subject.claimIds.contains(id);
    }
    if (type == u"receipt") {
        return m_subject.receiptIds.contains(id);
    }
    if (type == u"member" || type == u"user") {
        return m_subject.userId && id == *m_subject.userId;
    }
    if (type == u"api_key") {
        return m_subject.apiKeyIds.contains(id);
    }
    return false;
}

PersonalAuditScope::Relation PersonalAuditScope::classify(const QJsonObject& entry) const
{
    const QString type = field(entry, "entity_type");
    if (isTheirEntity(type, field(entry, "entity_id"))) {
        return Relation::AboutThem;
    }
    const QJsonObject actor = entry.value(QStringLiteral("actor")).toObject();
    const QString kind = field(actor, "kind");
    const QString actorId = field(actor, "id");
    const bool byThem = (kind == u"user" && m_subject.userId && actorId == *m_subject.userId) ||
                        (kind == u"api_key" && m_subject.apiKeyIds.contains(actorId));
    if (!byThem) {
        return Relation::Unrelated;
    }
    return isOrganisationOrOwnKind(type) ? Relation::TheirOwn : Relation::AboutOthersByThem;
}

bool PersonalAuditScope::isDisclosure(const QJsonObject& entry, const QDateTime& at) const
{
    if (field(entry, "action") != exportAction() || field(entry, "entity_type") != u"employee" ||
        field(entry, "entity_id") != m_subject.employeeId) {
        return false;
    }
    const auto occurred = fromRfc3339(field(entry, "occurred_at"));
    return occurred && *occurred >= at.addDays(-kDisclosureDays);
}

PersonalAuditScope::Entries PersonalAuditScope::read(QSqlDatabase db, const QString& orgId,
                                                     const QDateTime& generatedAt) const
{
    // A coarse pre-selection by id (entity or actor); classify() decides.
    QStringList entityIds{m_subject.employeeId};
    for (const QSet<QString>* ids :
         {&m_subject.claimIds, &m_subject.receiptIds, &m_subject.apiKeyIds}) {
        entityIds += QStringList(ids->cbegin(), ids->cend());
    }
    QStringList actorIds(m_subject.apiKeyIds.cbegin(), m_subject.apiKeyIds.cend());
    if (m_subject.userId) {
        entityIds.append(*m_subject.userId);
        actorIds.append(*m_subject.userId);
    }
    const auto marks = [](qsizetype n) { return QStringList(n, QStringLiteral("?")).join(u','); };
    QString where = QStringLiteral("entity_id IN (") + marks(entityIds.size()) + u')';
    if (!actorIds.isEmpty()) {
        where += QStringLiteral(" OR actor_id IN (") + marks(actorIds.size()) + u')';
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + AuditLog::columns() +
              QStringLiteral(" FROM audit_log WHERE org_id = ? AND (") + where +
              QStringLiteral(") ORDER BY seq"));
    q.addBindValue(orgId);
    for (const QString& id : entityIds + actorIds) {
        q.addBindValue(id);
    }
    Database::exec(q, "read a person's audit entries");
    Entries result;
    while (q.next()) {
        const QJsonObject entry = AuditLog::entryFromRecord(q.record());
        switch (classify(entry)) {
        case Relation::AboutThem:
        case Relation::TheirOwn:
            result.entries.append(entry);
            if (isDisclosure(entry, generatedAt)) {
                result.disclosures.append(entry);
            }
            break;
        case Relation::AboutOthersByThem:
            ++result.withheld;
            break;
        case Relation::Unrelated:
            break;
        }
    }
    return result;
}

} // namespace purser::server
