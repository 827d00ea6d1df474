#include "server/demo/DemoActivity.h"

#include "core/Money.h"
#include "core/Rfc3339.h"
#include "core/Workflow.h"
#include "server/audit/AuditLog.h"
#include "server/demo/DemoReceipts.h"
#include "server/store/ChangeCounter.h"
#include "server/store/ClaimStore.h"
#include "server/store/DomainSettings.h"
#include "server/store/EmployeeStore.h"
#include "server/store/PayrollStore.h"
#include "server/store/ReceiptFiles.h"
#include "server/store/StoreError.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTimeZone>
#include <QUuid>
#include <array>

namespace purser::server {
namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct ClaimIdea
{
    const char* category;
    const char* description;
    const char* merchant;
    qint64 minAmount;
    qint64 maxAmount;
};

const std::array<ClaimIdea, 10> kIdeas = {{
    {"travel", "Taxi to client meeting", "ComfortDelGro Taxi", 1200, 4500},
    {"travel", "Flight to Kuala Lumpur for the regional review", "Singapore Airlines", 18000,
     42000},
    {"meals", "Team lunch after the quarterly close", "Din Tai Fung", 8000, 26000},
    {"meals", "Dinner with a prospective customer", "Jumbo Seafood", 12000, 38000},
    {"equipment", "USB-C docking station", "Challenger", 15000, 32000},
    {"equipment", "Noise-cancelling headset", "Harvey Norman", 18000, 45000},
    {"training", "Online course: advanced Excel for finance", "Coursera", 6000, 19000},
    {"training", "Workshop fee: employment law update", "SHRI Academy", 25000, 60000},
    {"medical", "GP consultation and medicine", "Raffles Medical", 4500, 12000},
    {"other", "Parking at the customer's site", "Wilson Parking", 600, 2500},
}};

} // namespace

DemoActivity::DemoActivity(QSqlDatabase db, const QString& dataDir, quint32 seed)
    : m_db(std::move(db)), m_dataDir(dataDir), m_rng(seed)
{
}

AuditActor DemoActivity::actorFor(const DemoData::Organization& org, Role role) const
{
    for (const DemoData::User& user : org.users) {
        if (user.role == role) {
            return {QStringLiteral("user"), user.id, user.name};
        }
    }
    const DemoData::User& owner = org.users.first();
    return {QStringLiteral("user"), owner.id, owner.name};
}

void DemoActivity::audit(const QString& orgId, const AuditActor& actor, const QString& action,
                         const QString& entityType, const QString& entityId, const QString& summary,
                         const QJsonObject& changes)
{
    AuditEvent event;
    event.orgId = orgId;
    event.actor = actor;
    event.channel = actor.kind == u"system" ? QStringLiteral("system") : QStringLiteral("desktop");
    event.action = action;
    event.entityType = entityType;
    event.entityId = entityId;
    event.summary = summary;
    event.changes = changes;
    AuditLog(m_db).append(event);
}

void DemoActivity::seed(const QString& orgId, const DemoData::Organization& org,
                        const QList<Employee>& employees, int claimCount)
{
    DomainSettings settings;
    if (org.country == DemoData::Country::Malaysia) {
        settings.currency = QStringLiteral("MYR");
        settings.contributionLabel = QStringLiteral("Employee EPF contribution");
        settings.contributionRateBp = 1100;
    }
    settings.save(m_db, orgId);
    auditEmployees(orgId, employees);
    payrollRuns(orgId, org);
    claims(orgId, org, employees, claimCount);
}

void DemoActivity::auditEmployees(const QString& orgId, const QList<Employee>& employees)
{
    for (const Employee& e : employees) {
        audit(orgId, AuditActor::system(), QStringLiteral("create"), QStringLiteral("employee"),
              e.id, QStringLiteral("Imported employee %1 (%2)").arg(e.fullName, e.employeeNo),
              {{QStringLiteral("employee_no"), AuditEvent::change(QJsonValue(), e.employeeNo)},
               {QStringLiteral("full_name"), AuditEvent::change(QJsonValue(), e.fullName)}});
    }
}

void DemoActivity::payrollRuns(const QString& orgId, const DemoData::Organization& org)
{
    const DomainSettings settings = DomainSettings::load(m_db, orgId);
    const bool malaysia = org.country == DemoData::Country::Malaysia;
    const AuditActor preparer = actorFor(org, malaysia ? Role::Admin : Role::Finance);
    const AuditActor approver = actorFor(org, malaysia ? Role::Owner : Role::Admin);
    const AuditActor payer = actorFor(org, malaysia ? Role::Owner : Role::Finance);
    PayrollStore store(m_db);
    ChangeCounter counter(m_db);
    const QDate thisMonth(2026, 1, 1);
    for (int i = 0; i < 2; ++i) {
        const bool paid = i == 0;
        const QDate start = paid ? thisMonth.addMonths(-1) : thisMonth;
        PayrollRun run;
        run.id = newId();
        run.periodStart = start;
        run.periodEnd = start.addMonths(1).addDays(-1);
        run.payDate = run.periodEnd.addDays(-2);
        run.currency = settings.currency;
        run.preparedBy = preparer.id;
        run.updatedAt = QDateTime::currentDateTimeUtc();
        QList<Payslip> slips;
        for (const Employee& e : EmployeeStore(m_db).active(orgId)) {
            if (!e.baseSalary || e.baseSalary->currency != settings.currency) {
                continue;
            }
            Payslip slip;
            slip.id = newId();
            slip.runId = run.id;
            slip.employeeId = e.id;
            slip.employeeUserId = e.userId;
            slip.gross = e.baseSalary->amount;
            const qint64 contribution = slip.gross * settings.contributionRateBp / 10000;
            slip.deductions = QJsonArray{QJsonObject{
                {QStringLiteral("label"), QStringLiteral("%1 (%2%)")
                                              .arg(settings.contributionLabel)
                                              .arg(settings.contributionRateBp / 100.0)},
                {QStringLiteral("amount"), Money{contribution, settings.currency}.toJson()}}};
            slip.net = slip.gross - contribution;
            run.gross += slip.gross;
            run.deductions += contribution;
            run.net += slip.net;
            slips.append(slip);
        }
        run.employeeCount = static_cast<int>(slips.size());
        const QString period =
            toIsoDate(run.periodStart) + QStringLiteral(" to ") + toIsoDate(run.periodEnd);
        audit(orgId, preparer, QStringLiteral("create"), QStringLiteral("payroll_run"), run.id,
              QStringLiteral("Prepared the payroll run for %1 (%2 payslips)")
                  .arg(period)
                  .arg(run.employeeCount),
              {{QStringLiteral("status"), AuditEvent::change(QJsonValue(), run.status)}});
        if (paid) {
            for (const auto& [action, actor] : {std::pair{QStringLiteral("submit"), preparer},
                                                {QStringLiteral("approve"), approver},
                                                {QStringLiteral("mark_paid"), payer}}) {
                const QString before = run.status;
                run.status = *Workflow::payrollRun().next(run.status, action);
                run.version += 1;
                audit(orgId, actor, action, QStringLiteral("payroll_run"), run.id,
                      QStringLiteral("Payroll run for %1: %2 → %3").arg(period, before, run.status),
                      {{QStringLiteral("status"), AuditEvent::change(before, run.status)}});
            }
            run.submittedBy = preparer.id;
            run.approvedBy = approver.id;
            run.paidAt = QDateTime(run.payDate, QTime(10, 0), QTimeZone::utc());
        }
        store.insert(orgId, run, counter.reserve(orgId));
        for (const Payslip& slip : slips) {
            store.insertPayslip(orgId, slip);
        }
    }
}

void DemoActivity::claims(const QString& orgId, const DemoData::Organization& org,
                          const QList<Employee>& employees, int count)
{
    const DomainSettings settings = DomainSettings::load(m_db, orgId);
    const bool malaysia = org.country == DemoData::Country::Malaysia;
    const AuditActor reviewer = actorFor(org, malaysia ? Role::Admin : Role::Finance);
    const AuditActor otherReviewer = actorFor(org, malaysia ? Role::Owner : Role::Admin);
    const AuditActor payer = actorFor(org, malaysia ? Role::Owner : Role::Finance);
    const AuditActor clerk = actorFor(org, malaysia ? Role::Admin : Role::Finance);
    const QStringList states = Workflow::claim().states();
    ClaimStore store(m_db);
    ChangeCounter counter(m_db);
    const ReceiptFiles files(m_dataDir);
    QList<Employee> claimants;
    for (const Employee& e : employees) {
        if (e.userId) {
            claimants.append(e); // every demo user has claims of their own
        }
    }
    for (int i = 0; claimants.size() < 40 && i < employees.size(); ++i) {
        if (!employees[i].userId) {
            claimants.append(employees[i]);
        }
    }
    for (int n = 0; n < count; ++n) {
        const Employee& employee = claimants[n % claimants.size()];
        const ClaimIdea& idea = kIdeas[m_rng.bounded(static_cast<int>(kIdeas.size()))];
        Claim claim;
        claim.id = newId();
        claim.employeeId = employee.id;
        claim.employeeUserId = employee.userId;
        claim.category = QString::fromLatin1(idea.category);
        claim.description = QString::fromLatin1(idea.description);
        const qint64 amount =
            idea.minAmount + m_rng.bounded(static_cast<int>(idea.maxAmount - idea.minAmount));
        claim.amount = Money{amount / 10 * 10, settings.currency};
        claim.incurredOn = QDate(2025, 12, 31).addDays(-m_rng.bounded(90));
        AuditActor claimant{QStringLiteral("user"), clerk.id, clerk.display};
        if (employee.userId) {
            for (const DemoData::User& user : org.users) {
                if (user.id == *employee.userId) {
                    claimant = {QStringLiteral("user"), user.id, user.name};
                }
            }
        }
        claim.createdBy = claimant.id;
        claim.updatedAt = QDateTime::currentDateTimeUtc();
        const QString summary =
            QStringLiteral("%1 claim of %2 for %3")
                .arg(claim.category, claim.amount.toDisplayString(), employee.fullName);
        audit(orgId, claimant, QStringLiteral("create"), QStringLiteral("claim"), claim.id,
              QStringLiteral("Created a ") + summary,
              {{QStringLiteral("status"), AuditEvent::change(QJsonValue(), claim.status)}});

        // Receipts for most claims: PNG photos and PDF invoices.
        const bool withReceipt = n % 3 != 2;
        if (withReceipt) {
            Receipt receipt;
            receipt.id = newId();
            receipt.claimId = claim.id;
            receipt.employeeId = employee.id;
            receipt.storageName = newId();
            const bool asPdf = n % 2 == 0;
            const QByteArray bytes = asPdf ? DemoReceipts::pdf(QString::fromLatin1(idea.merchant),
                                                               claim.amount.toDisplayString(),
                                                               toIsoDate(claim.incurredOn))
                                           : DemoReceipts::png(m_rng.generate());
            receipt.filename =
                QString::fromLatin1(idea.merchant).toLower().replace(u' ', u'-') +
                (asPdf ? QStringLiteral("-invoice.pdf") : QStringLiteral("-receipt.png"));
            receipt.contentType =
                asPdf ? QStringLiteral("application/pdf") : QStringLiteral("image/png");
            receipt.size = bytes.size();
            receipt.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            receipt.uploadedBy = claimant.id;
            receipt.uploadedAt = QDateTime::currentDateTimeUtc();
            if (!files.stage(orgId, receipt, bytes)) {
                throw StoreError(QStringLiteral("cannot write a demo receipt"));
            }
            claim.receipts.append(receipt);
            audit(orgId, claimant, QStringLiteral("upload"), QStringLiteral("receipt"), receipt.id,
                  QStringLiteral("Attached receipt \"%1\"").arg(receipt.filename),
                  // As the receipts route records it (ReceiptsApi): the claim, then the hash.
                  {{QStringLiteral("claim_id"), AuditEvent::change(QJsonValue(), claim.id)},
                   {QStringLiteral("sha256"), AuditEvent::change(QJsonValue(), receipt.sha256)}});
        }

        // Walk the claim to its target state (every state appears).
        const QString target = states[n % states.size()];
        QStringList path;
        if (target != u"draft") {
            path.append(QStringLiteral("submit"));
        }
        if (target == u"approved" || target == u"paid") {
            path.append(QStringLiteral("approve"));
        } else if (target == u"rejected") {
            path.append(QStringLiteral("reject"));
        }
        if (target == u"paid") {
            path.append(QStringLiteral("mark_paid"));
        }
        for (const QString& action : path) {
            AuditActor actor = claimant;
            if (action == u"approve" || action == u"reject") {
                // The same four-eyes rule the API enforces (core/Workflow).
                actor =
                    Workflow::claim().fourEyesRefusal(
                        action, reviewer.id, {claim.createdBy, claim.submittedBy, employee.userId})
                        ? otherReviewer
                        : reviewer;
                claim.reviewedBy = actor.id;
                if (action == u"reject") {
                    claim.reviewNote = QStringLiteral("Please attach an itemised receipt.");
                }
            } else if (action == u"mark_paid") {
                actor = payer;
                claim.paidAt = QDateTime::currentDateTimeUtc();
            } else {
                claim.submittedBy = claimant.id;
            }
            const QString before = claim.status;
            claim.status = *Workflow::claim().next(claim.status, action);
            claim.version += 1;
            audit(orgId, actor, action, QStringLiteral("claim"), claim.id,
                  QStringLiteral("Claim of %1: %2 → %3")
                      .arg(claim.amount.toDisplayString(), before, claim.status),
                  {{QStringLiteral("status"), AuditEvent::change(before, claim.status)}});
        }
        store.insert(orgId, claim, counter.reserve(orgId));
        for (const Receipt& receipt : claim.receipts) {
            store.insertReceipt(orgId, receipt);
            files.publish(orgId, receipt.employeeId, receipt.storageName);
        }
    }
}

} // namespace purser::server
