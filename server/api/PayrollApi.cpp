#include "server/api/PayrollApi.h"

#include "core/Rfc3339.h"
#include "core/Workflow.h"
#include "server/api/ApiError.h"
#include "server/api/JsonBody.h"
#include "server/api/OrgContext.h"
#include "server/api/Preconditions.h"
#include "server/api/RequestAudit.h"
#include "server/api/ResourceRoutes.h"
#include "server/api/SyncQuery.h"
#include "server/audit/AuditLog.h"
#include "server/store/ChangeCounter.h"
#include "server/store/ChangeCursor.h"
#include "server/store/Database.h"
#include "server/store/DomainSettings.h"
#include "server/store/EmployeeStore.h"
#include "server/store/PayrollStore.h"
#include "server/store/SqlValues.h"
#include "server/store/Transaction.h"

#include <QJsonArray>
#include <QUuid>

namespace purser::server {
namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<QString> ownOnly(const OrgContext& context)
{
    return context.access == Access::Own ? std::optional<QString>(context.session.userId)
                                         : std::nullopt;
}

// Loads a run the caller may see; a member sees only runs that pay them.
std::optional<PayrollRun> visibleRun(QSqlDatabase db, const OrgContext& context,
                                     const HttpRequest& request,
                                     sql::RowLock lock = sql::RowLock::None)
{
    const auto id = sql::canonicalUuid(request.pathParam(QStringLiteral("id")));
    if (!id) {
        return std::nullopt;
    }
    PayrollStore store(db);
    auto run = store.byId(context.orgId, *id, lock);
    if (run && context.access == Access::Own &&
        store.payslips(context.orgId, run->id, context.session.userId).isEmpty()) {
        return std::nullopt;
    }
    return run;
}

HttpResponse runAnswer(int status, const OrgContext& context, const PayrollRun& run)
{
    HttpResponse response = HttpResponse::json(status, run.toJson(context.access == Access::All));
    response.setHeader("ETag", versionTag(run.version));
    return response;
}

} // namespace

void PayrollApi::registerRoutes(Router& router)
{
    addResourceRoutes<PayrollApi>(router, this, QStringLiteral("/api/v1/orgs/{org}/payroll-runs"),
                                  {{"GET", "", &PayrollApi::list},
                                   {"POST", "", &PayrollApi::create},
                                   {"GET", "/{id}", &PayrollApi::get},
                                   {"DELETE", "/{id}", &PayrollApi::remove},
                                   {"GET", "/{id}/payslips", &PayrollApi::payslips}},
                                  &PayrollApi::transition,
                                  {{"submit", "submit"},
                                   {"return", "return"},
                                   {"approve", "approve"},
                                   {"mark-paid", "mark_paid"}});
}

HttpResponse PayrollApi::list(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::PayrollRead, &error);
    if (!context) {
        return error;
    }
    const auto query = SyncQuery::parse(request, &error);
    if (!query) {
        return error;
    }
    Transaction tx(m_db.connection(), context->orgId, Transaction::Intent::Read);
    const PayrollStore::Page page = PayrollStore(tx.db()).changesSince(
        context->orgId, query->since, query->limit, ownOnly(*context));
    tx.commit();
    QJsonArray items;
    for (const PayrollRun& run : page.items) {
        items.append(run.toJson(context->access == Access::All));
    }
    return HttpResponse::json(
        200, {{QStringLiteral("items"), items},
              {QStringLiteral("deleted"), QJsonArray::fromStringList(page.deleted)},
              {QStringLiteral("next_cursor"), ChangeCursor::encode(page.lastSeq)},
              {QStringLiteral("has_more"), page.hasMore}});
}

HttpResponse PayrollApi::get(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::PayrollRead, &error);
    if (!context) {
        return error;
    }
    Transaction tx(m_db.connection(), context->orgId, Transaction::Intent::Read);
    const auto run = visibleRun(tx.db(), *context, request);
    tx.commit();
    return run ? runAnswer(200, *context, *run) : ApiError::notFound();
}

HttpResponse PayrollApi::payslips(HttpRequest& request)
{
    HttpResponse error;
    const auto context =
        OrgContext::resolve(m_db, request, Permission::PayrollReadPayslips, &error);
    if (!context) {
        return error;
    }
    Transaction tx(m_db.connection(), context->orgId, Transaction::Intent::Read);
    const auto run = visibleRun(tx.db(), *context, request);
    if (!run) {
        return ApiError::notFound();
    }
    QJsonArray items;
    for (const Payslip& slip :
         PayrollStore(tx.db()).payslips(context->orgId, run->id, ownOnly(*context))) {
        items.append(slip.toJson(run->currency));
    }
    tx.commit();
    return HttpResponse::json(200, {{QStringLiteral("items"), items}});
}

HttpResponse PayrollApi::create(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::PayrollPrepare, &error);
    if (!context) {
        return error;
    }
    const auto body = parseJsonObject(request, &error);
    if (!body) {
        return error;
    }
    FieldErrors errors;
    auto date = [&](const QString& key) {
        const auto value = fromIsoDate(body->value(key).toString());
        if (!value) {
            errors.add(key, QStringLiteral("required date (YYYY-MM-DD)"));
        }
        return value.value_or(QDate());
    };
    PayrollRun run;
    run.periodStart = date(QStringLiteral("period_start"));
    run.periodEnd = date(QStringLiteral("period_end"));
    run.payDate = date(QStringLiteral("pay_date"));
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() != u"period_start" && it.key() != u"period_end" && it.key() != u"pay_date") {
            errors.add(it.key(), QStringLiteral("unknown field"));
        }
    }
    if (errors.isEmpty() && run.periodEnd < run.periodStart) {
        errors.add(QStringLiteral("period_end"), QStringLiteral("must not be before period_start"));
    }
    if (errors.isEmpty() && run.payDate < run.periodStart) {
        errors.add(QStringLiteral("pay_date"), QStringLiteral("must not be before period_start"));
    }
    if (!errors.isEmpty()) {
        return ApiError::validationFailed(errors.toJson());
    }

    Transaction tx(m_db.connection(), context->orgId);
    const DomainSettings settings = DomainSettings::load(tx.db(), context->orgId);
    run.id = newId();
    run.currency = settings.currency;
    run.preparedBy = context->session.userId;
    run.updatedAt = QDateTime::currentDateTimeUtc();
    PayrollStore store(tx.db());
    QList<Payslip> slips;
    for (const Employee& employee : EmployeeStore(tx.db()).active(context->orgId)) {
        if (employee.integrityErrors.contains(QStringLiteral("base_salary"))) {
            // A salary that fails its integrity check is never silently left out of a run.
            return ApiError::conflict(
                QStringLiteral("the stored base salary of employee %1 failed its integrity "
                               "check; fix that record before preparing a payroll run")
                    .arg(employee.employeeNo));
        }
        if (!employee.baseSalary || employee.baseSalary->currency != settings.currency) {
            continue; // nothing to pay in this run's currency
        }
        Payslip slip;
        slip.id = newId();
        slip.runId = run.id;
        slip.employeeId = employee.id;
        slip.employeeUserId = employee.userId;
        slip.gross = employee.baseSalary->amount;
        // Integer arithmetic, rounded down to the minor unit (as CPF/EPF tables round the
        // employee's share down).
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
    store.insert(context->orgId, run, ChangeCounter(tx.db()).reserve(context->orgId));
    for (const Payslip& slip : slips) {
        store.insertPayslip(context->orgId, slip);
    }
    AuditEvent event = requestAudit(
        *context, request, tx.db(), QStringLiteral("create"), QStringLiteral("payroll_run"), run.id,
        QStringLiteral("Prepared the payroll run for %1 to %2 (%3 payslips)")
            .arg(toIsoDate(run.periodStart), toIsoDate(run.periodEnd))
            .arg(run.employeeCount));
    event.changes = {
        {QStringLiteral("status"), AuditEvent::change(QJsonValue(), run.status)},
        {QStringLiteral("employee_count"), AuditEvent::change(QJsonValue(), run.employeeCount)}};
    AuditLog(tx.db()).append(event);
    tx.commit();
    return runAnswer(201, *context, run);
}

HttpResponse PayrollApi::transition(HttpRequest& request, const QString& action)
{
    const Permission permission = action == u"submit"      ? Permission::PayrollPrepare
                                  : action == u"mark_paid" ? Permission::PayrollMarkPaid
                                                           : Permission::PayrollApprove;
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, permission, &error);
    if (!context) {
        return error;
    }
    QString note;
    if (action == u"return") {
        const auto body = parseJsonObject(request, &error);
        if (!body) {
            return error;
        }
        note = body->value(QStringLiteral("note")).toString().trimmed();
        if (note.isEmpty() || note.size() > 2000) {
            return ApiError::validationFailed(
                {{QStringLiteral("note"),
                  QStringLiteral("required text, at most 2000 characters")}});
        }
    }
    Transaction tx(m_db.connection(), context->orgId);
    auto run = visibleRun(tx.db(), *context, request, sql::RowLock::ForUpdate);
    if (!run) {
        return ApiError::notFound();
    }
    if (auto stale = checkIfMatch(request, run->version)) {
        return *stale;
    }
    const auto next = Workflow::payrollRun().next(run->status, action);
    if (!next) {
        return ApiError::conflict(
            QStringLiteral("This payroll run is %1; \"%2\" is not possible now.")
                .arg(run->status, action));
    }
    if (const auto refusal = Workflow::payrollRun().fourEyesRefusal(
            action, context->session.userId, {run->preparedBy, run->submittedBy, std::nullopt})) {
        return ApiError::forbidden(*refusal);
    }
    const QString before = run->status;
    run->status = *next;
    if (action == u"submit") {
        run->submittedBy = context->session.userId;
        run->returnNote.reset();
    } else if (action == u"return") {
        run->returnNote = note;
        run->submittedBy.reset();
    } else if (action == u"approve") {
        run->approvedBy = context->session.userId;
    } else if (action == u"mark_paid") {
        run->paidAt = QDateTime::currentDateTimeUtc();
    }
    run->version += 1;
    run->updatedAt = QDateTime::currentDateTimeUtc();
    PayrollStore(tx.db()).update(context->orgId, *run,
                                 ChangeCounter(tx.db()).reserve(context->orgId));
    AuditEvent event = requestAudit(
        *context, request, tx.db(), action, QStringLiteral("payroll_run"), run->id,
        QStringLiteral("Payroll run for %1 to %2: %3 → %4")
            .arg(toIsoDate(run->periodStart), toIsoDate(run->periodEnd), before, run->status));
    event.changes = {{QStringLiteral("status"), AuditEvent::change(before, run->status)}};
    if (!note.isEmpty()) {
        event.changes.insert(QStringLiteral("return_note"), AuditEvent::change(QJsonValue(), note));
    }
    AuditLog(tx.db()).append(event);
    tx.commit();
    return runAnswer(200, *context, *run);
}

HttpResponse PayrollApi::remove(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::PayrollPrepare, &error);
    if (!context) {
        return error;
    }
    Transaction tx(m_db.connection(), context->orgId);
    const auto run = visibleRun(tx.db(), *context, request, sql::RowLock::ForUpdate);
    if (!run) {
        return ApiError::notFound();
    }
    if (auto stale = checkIfMatch(request, run->version)) {
        return *stale;
    }
    if (!Workflow::payrollRun().isEditable(run->status)) {
        return ApiError::conflict(
            QStringLiteral("Only a draft payroll run can be deleted; this one is %1.")
                .arg(run->status));
    }
    PayrollStore(tx.db()).remove(context->orgId, run->id,
                                 ChangeCounter(tx.db()).reserve(context->orgId));
    AuditEvent event =
        requestAudit(*context, request, tx.db(), QStringLiteral("delete"),
                     QStringLiteral("payroll_run"), run->id,
                     QStringLiteral("Deleted the draft payroll run for %1 to %2")
                         .arg(toIsoDate(run->periodStart), toIsoDate(run->periodEnd)));
    event.changes = {{QStringLiteral("status"), AuditEvent::change(run->status, QJsonValue())}};
    AuditLog(tx.db()).append(event);
    tx.commit();
    return HttpResponse::noContent();
}

} // namespace purser::server
