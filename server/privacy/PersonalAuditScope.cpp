#include "server/privacy/PersonalAuditScope.h"

#include "core/Rfc3339.h"
#include "server/audit/AuditLog.h"
#include "server/store/Database.h"

#include <QJsonArray>
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

// True when changes.<name> is [from, to] and either side is `id`.
bool changeNames(const QJsonObject& entry, const char* name, const QSet<QString>& ids)
{
    const QJsonArray change =
        entry.value(QStringLiteral("changes")).toObject().value(QLatin1String(name)).toArray();
    for (const QJsonValue& side : change) {
        if (side.isString() && ids.contains(side.toString())) {
            return true;
        }
    }
    return false;
}

QString marks(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(u',');
}

} // namespace

void PersonalAuditScope::Subject::addRecordsNamedIn(const QJsonObject& entry)
{
    const QString type = field(entry, "entity_type");
    const QString id = field(entry, "entity_id");
    if (id.isEmpty()) {
        return;
    }
    if (type == u"claim" && changeNames(entry, "employee_id", {employeeId})) {
        claimIds.insert(id);
    } else if (type == u"receipt" && changeNames(entry, "claim_id", claimIds)) {
        receiptIds.insert(id);
    }
}

PersonalAuditScope::Subject PersonalAuditScope::withRecordsFromHistory(QSqlDatabase db,
                                                                       const QString& orgId) const
{
    Subject subject = m_subject;
    // A coarse pre-selection on the changes text (ids are UUIDs: no LIKE wildcards in them);
    // addRecordsNamedIn decides. Claims first, then the receipts of every claim of theirs.
    const auto scan = [&](const QString& type, const QStringList& ids) {
        if (ids.isEmpty()) {
            return;
        }
        QStringList likes(ids.size(), QStringLiteral("changes LIKE ?"));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ") + AuditLog::columns() +
                  QStringLiteral(" FROM audit_log WHERE org_id = ? AND entity_type = ? AND (") +
                  likes.join(QStringLiteral(" OR ")) + QStringLiteral(") ORDER BY seq"));
        q.addBindValue(orgId);
        q.addBindValue(type);
        for (const QString& id : ids) {
            q.addBindValue(QStringLiteral("%\"") + id + QStringLiteral("\"%"));
        }
        Database::exec(q, "read the history of a person's claims");
        while (q.next()) {
            subject.addRecordsNamedIn(AuditLog::entryFromRecord(q.record()));
        }
    };
    scan(QStringLiteral("claim"), {subject.employeeId});
    scan(QStringLiteral("receipt"),
         QStringList(subject.claimIds.cbegin(), subject.claimIds.cend()));
    return subject;
}

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
    if (type == u"invitation") {
        return m_subject.invitationIds.contains(id);
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
    const PersonalAuditScope scope(withRecordsFromHistory(db, orgId));
    const Subject& subject = scope.m_subject;
    // A coarse pre-selection by id (entity or actor); classify() decides.
    QStringList entityIds{subject.employeeId};
    for (const QSet<QString>* ids :
         {&subject.claimIds, &subject.receiptIds, &subject.apiKeyIds, &subject.invitationIds}) {
        entityIds += QStringList(ids->cbegin(), ids->cend());
    }
    QStringList actorIds(subject.apiKeyIds.cbegin(), subject.apiKeyIds.cend());
    if (subject.userId) {
        entityIds.append(*subject.userId);
        actorIds.append(*subject.userId);
    }
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
        switch (scope.classify(entry)) {
        case Relation::AboutThem:
        case Relation::TheirOwn:
            result.entries.append(entry);
            if (scope.isDisclosure(entry, generatedAt)) {
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
