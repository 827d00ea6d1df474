#include "server/privacy/PersonalDataDocument.h"

#include "core/EmployeeVisibility.h"
#include "core/Rfc3339.h"
#include "server/auth/EmailAddress.h"
#include "server/privacy/PersonalAuditScope.h"
#include "server/store/AccountStore.h"
#include "server/store/ApiKeyStore.h"
#include "server/store/ClaimStore.h"
#include "server/store/EmployeeStore.h"
#include "server/store/PayrollStore.h"
#include "server/store/UserStore.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace purser::server {
namespace {

QJsonValue timeOrNull(const std::optional<QDateTime>& time)
{
    return time ? QJsonValue(toRfc3339(*time)) : QJsonValue(QJsonValue::Null);
}

// The linked account and its membership of this organisation (not of others: this
// organisation is the controller answering the request).
void addAccount(QJsonObject& document, UserStore& users, const QString& orgId,
                const std::optional<QString>& userId)
{
    QJsonArray memberships;
    const auto user = userId ? users.user(*userId) : std::nullopt;
    if (!user) {
        document.insert(QStringLiteral("user"), QJsonValue(QJsonValue::Null));
        document.insert(QStringLiteral("memberships"), memberships);
        return;
    }
    document.insert(
        QStringLiteral("user"),
        QJsonObject{{QStringLiteral("id"), user->id},
                    {QStringLiteral("email"), user->email},
                    {QStringLiteral("display_name"), user->name},
                    {QStringLiteral("created_at"), timeOrNull(users.createdAt(user->id))},
                    {QStringLiteral("two_factor_enabled"), user->twoFactorEnabled}});
    const auto role = users.role(orgId, user->id);
    if (role) {
        memberships.append(QJsonObject{
            {QStringLiteral("organization_id"), orgId},
            {QStringLiteral("role"), roleName(*role)},
            {QStringLiteral("joined_at"), timeOrNull(users.joinedAt(orgId, user->id))}});
    }
    document.insert(QStringLiteral("memberships"), memberships);
}

QJsonArray payslipsWithRuns(PayrollStore& payroll, const QString& orgId, const QString& employeeId)
{
    QHash<QString, std::optional<PayrollRun>> runs;
    QJsonArray items;
    for (const Payslip& slip : payroll.payslipsOfEmployee(orgId, employeeId)) {
        if (!runs.contains(slip.runId)) {
            runs.insert(slip.runId, payroll.byId(orgId, slip.runId));
        }
        const std::optional<PayrollRun>& run = runs.value(slip.runId);
        QJsonObject item = slip.toJson(run ? run->currency : QString());
        if (run) {
            // The run's dates and state; its totals are the organisation's, not this person's.
            item.insert(QStringLiteral("run"),
                        QJsonObject{{QStringLiteral("id"), run->id},
                                    {QStringLiteral("period_start"), toIsoDate(run->periodStart)},
                                    {QStringLiteral("period_end"), toIsoDate(run->periodEnd)},
                                    {QStringLiteral("pay_date"), toIsoDate(run->payDate)},
                                    {QStringLiteral("status"), run->status}});
        }
        items.append(item);
    }
    return items;
}

QList<qint64> seqsOf(const QJsonArray& entries, const QJsonArray& disclosures)
{
    QSet<qint64> seqs;
    for (const QJsonArray* list : {&entries, &disclosures}) {
        for (const QJsonValue& entry : *list) {
            seqs.insert(entry.toObject().value(QStringLiteral("seq")).toInteger());
        }
    }
    QList<qint64> sorted(seqs.cbegin(), seqs.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

} // namespace

QString PersonalDataDocument::timeText(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

std::optional<PersonalDataDocument::Gathered>
PersonalDataDocument::gather(QSqlDatabase db, const QString& orgId, const QString& employeeId,
                             const Request& request)
{
    auto employee = EmployeeStore(db).byId(orgId, employeeId);
    if (!employee) {
        return std::nullopt;
    }
    // Every field the owner reads (roles.md): the export is what the organisation holds.
    EmployeeVisibility::forReader(Role::Owner, false).apply(*employee);
    UserStore users(db);

    PersonalAuditScope::Subject subject;
    subject.employeeId = employee->id;
    subject.userId = employee->userId;
    QJsonArray claims;
    for (const Claim& claim : ClaimStore(db).ofEmployee(orgId, employee->id)) {
        subject.claimIds.insert(claim.id);
        for (const Receipt& receipt : claim.receipts) {
            subject.receiptIds.insert(receipt.id);
        }
        claims.append(claim.toJson());
    }
    if (employee->userId) {
        for (const ApiKeyStore::Key& key : ApiKeyStore(db).list(orgId)) {
            if (key.createdBy == *employee->userId) {
                subject.apiKeyIds.insert(key.id);
            }
        }
    }
    // Invitations to their address: the record's, and the account's when one is linked.
    QStringList emails;
    const std::optional<SessionUser> account =
        employee->userId ? users.user(*employee->userId) : std::nullopt;
    for (const QString& email : {employee->email, account ? account->email : QString()}) {
        const QString normalised = EmailAddress::normalise(email);
        if (!normalised.isEmpty() && !emails.contains(normalised)) {
            emails.append(normalised);
        }
    }
    subject.invitationIds = AccountStore(db).invitationIdsTo(orgId, emails);
    PayrollStore payroll(db);
    const PersonalAuditScope::Entries audit =
        PersonalAuditScope(subject).read(db, orgId, request.generatedAt);

    QJsonObject document{
        {QStringLiteral("format"), format()},
        {QStringLiteral("organization"),
         QJsonObject{{QStringLiteral("id"), orgId},
                     {QStringLiteral("name"), users.organizationName(orgId).value_or(QString())}}},
        {QStringLiteral("generated_at"), timeText(request.generatedAt)},
        {QStringLiteral("request"),
         QJsonObject{{QStringLiteral("audit_seq"), request.auditSeq},
                     {QStringLiteral("requested_by"),
                      QJsonObject{{QStringLiteral("kind"), request.requestedBy.kind},
                                  {QStringLiteral("id"), request.requestedBy.id},
                                  {QStringLiteral("display"), request.requestedBy.display}}}}},
        {QStringLiteral("employee"), employee->toJson()},
        {QStringLiteral("payslips"), payslipsWithRuns(payroll, orgId, employee->id)},
        {QStringLiteral("claims"), claims},
        {QStringLiteral("audit_entries"), audit.entries},
        {QStringLiteral("audit_entries_withheld"), audit.withheld},
        {QStringLiteral("disclosures"), audit.disclosures},
    };
    addAccount(document, users, orgId, employee->userId);
    return Gathered{document, seqsOf(audit.entries, audit.disclosures)};
}

} // namespace purser::server
