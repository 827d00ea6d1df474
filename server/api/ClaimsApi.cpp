#include "server/api/ClaimsApi.h"

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
#include "server/store/ClaimStore.h"
#include "server/store/Database.h"
#include "server/store/DomainSettings.h"
#include "server/store/EmployeeStore.h"
#include "server/store/ReceiptFiles.h"
#include "server/store/SqlValues.h"
#include "server/store/Transaction.h"

#include <QJsonArray>
#include <QUuid>

namespace purser::server {
namespace {

const QStringList kWritable = {QStringLiteral("employee_id"), QStringLiteral("category"),
                               QStringLiteral("description"), QStringLiteral("amount"),
                               QStringLiteral("incurred_on")};

bool isOwn(const OrgContext& context, const Claim& claim)
{
    return claim.employeeUserId && *claim.employeeUserId == context.session.userId;
}

// Applies the keys of a create or PATCH body to a claim; reasons go to errors. Money from the
// client is in the organisation's currency (claims are reimbursed with payroll, in that one).
void applyBody(const QJsonObject& body, const QString& orgCurrency, Claim& claim,
               FieldErrors& errors)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!kWritable.contains(it.key())) {
            errors.add(it.key(), QStringLiteral("unknown field"));
        }
    }
    if (body.contains(QStringLiteral("employee_id"))) {
        const auto id = sql::canonicalUuid(body.value(QStringLiteral("employee_id")).toString());
        if (!id) {
            errors.add(QStringLiteral("employee_id"), QStringLiteral("must be an employee id"));
        } else {
            claim.employeeId = *id;
        }
    }
    if (body.contains(QStringLiteral("category"))) {
        claim.category = body.value(QStringLiteral("category")).toString();
    }
    if (!Claim::categories().contains(claim.category)) {
        errors.add(QStringLiteral("category"), QStringLiteral("must be one of: ") +
                                                   Claim::categories().join(QStringLiteral(", ")));
    }
    if (body.contains(QStringLiteral("description"))) {
        claim.description = body.value(QStringLiteral("description")).toString().trimmed();
    }
    if (claim.description.isEmpty() || claim.description.size() > 1000) {
        errors.add(QStringLiteral("description"),
                   QStringLiteral("required text, at most 1000 characters"));
    }
    if (body.contains(QStringLiteral("amount"))) {
        const auto money = Money::fromJson(body.value(QStringLiteral("amount")));
        if (!money) {
            errors.add(QStringLiteral("amount"), Money::jsonRequirement());
        } else if (money->currency != orgCurrency) {
            errors.add(
                QStringLiteral("amount"),
                QStringLiteral("must be in the organisation's currency, %1").arg(orgCurrency));
        } else {
            claim.amount = *money;
        }
    }
    if (!errors.contains(QStringLiteral("amount")) &&
        (claim.amount.amount <= 0 || claim.amount.amount > 100000000 ||
         !Money::isValidCurrencyCode(claim.amount.currency))) {
        errors.add(QStringLiteral("amount"), QStringLiteral("must be a positive amount"));
    }
    if (body.contains(QStringLiteral("incurred_on"))) {
        claim.incurredOn =
            fromIsoDate(body.value(QStringLiteral("incurred_on")).toString()).value_or(QDate());
    }
    if (!claim.incurredOn.isValid()) {
        errors.add(QStringLiteral("incurred_on"), QStringLiteral("required date (YYYY-MM-DD)"));
    } else if (claim.incurredOn > QDate::currentDate().addDays(1)) {
        errors.add(QStringLiteral("incurred_on"), QStringLiteral("must not be in the future"));
    }
}

QJsonObject diff(const Claim& before, const Claim& after)
{
    const QJsonObject a = before.toJson();
    const QJsonObject b = after.toJson();
    QJsonObject changes;
    for (const QString& key :
         kWritable + QStringList{QStringLiteral("status"), QStringLiteral("review_note")}) {
        if (a.value(key) != b.value(key)) {
            changes.insert(key, AuditEvent::change(a.value(key), b.value(key)));
        }
    }
    return changes;
}

HttpResponse claimAnswer(int status, const Claim& claim)
{
    HttpResponse response = HttpResponse::json(status, claim.toJson());
    response.setHeader("ETag", versionTag(claim.version));
    return response;
}

} // namespace

bool ClaimsApi::mayRead(const OrgContext& context, const Claim& claim)
{
    return allows(context.role, Permission::ClaimsRead, isOwn(context, claim));
}

bool ClaimsApi::mayWrite(const OrgContext& context, const Claim& claim)
{
    return allows(context.role, Permission::ClaimsWriteAny) ||
           allows(context.role, Permission::ClaimsWriteOwn, isOwn(context, claim));
}

void ClaimsApi::registerRoutes(Router& router)
{
    addResourceRoutes<ClaimsApi>(router, this, QStringLiteral("/api/v1/orgs/{org}/claims"),
                                 {{"GET", "", &ClaimsApi::list},
                                  {"POST", "", &ClaimsApi::create},
                                  {"GET", "/{id}", &ClaimsApi::get},
                                  {"PATCH", "/{id}", &ClaimsApi::update},
                                  {"DELETE", "/{id}", &ClaimsApi::remove}},
                                 &ClaimsApi::transition,
                                 {{"submit", "submit"},
                                  {"approve", "approve"},
                                  {"reject", "reject"},
                                  {"mark-paid", "mark_paid"}});
}

HttpResponse ClaimsApi::list(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::ClaimsRead, &error);
    if (!context) {
        return error;
    }
    const auto query = SyncQuery::parse(request, &error);
    if (!query) {
        return error;
    }
    Transaction tx(m_db.connection(), context->orgId, Transaction::Intent::Read);
    const auto own = context->access == Access::Own
                         ? std::optional<QString>(context->session.userId)
                         : std::nullopt;
    const ClaimStore::Page page =
        ClaimStore(tx.db()).changesSince(context->orgId, query->since, query->limit, own);
    tx.commit();
    QJsonArray items;
    for (const Claim& claim : page.items) {
        items.append(claim.toJson());
    }
    return HttpResponse::json(
        200, {{QStringLiteral("items"), items},
              {QStringLiteral("deleted"), QJsonArray::fromStringList(page.deleted)},
              {QStringLiteral("next_cursor"), ChangeCursor::encode(page.lastSeq)},
              {QStringLiteral("has_more"), page.hasMore}});
}

HttpResponse ClaimsApi::get(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::ClaimsRead, &error);
    if (!context) {
        return error;
    }
    const auto id = sql::canonicalUuid(request.pathParam(QStringLiteral("id")));
    if (!id) {
        return ApiError::notFound();
    }
    Transaction tx(m_db.connection(), context->orgId, Transaction::Intent::Read);
    const auto claim = ClaimStore(tx.db()).byId(context->orgId, *id);
    tx.commit();
    if (!claim || !mayRead(*context, *claim)) {
        return ApiError::notFound();
    }
    return claimAnswer(200, *claim);
}

HttpResponse ClaimsApi::create(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::ClaimsWriteOwn, &error);
    if (!context) {
        return error;
    }
    const auto body = parseJsonObject(request, &error);
    if (!body) {
        return error;
    }
    Transaction tx(m_db.connection(), context->orgId);
    EmployeeStore employees(tx.db());
    Claim claim;
    claim.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!body->contains(QStringLiteral("employee_id"))) {
        const auto own = employees.byUser(context->orgId, context->session.userId);
        if (!own) {
            return ApiError::validationFailed(
                {{QStringLiteral("employee_id"),
                  QStringLiteral("required: you have no employee record of your own")}});
        }
        claim.employeeId = own->id;
    }
    FieldErrors errors;
    applyBody(*body, DomainSettings::load(tx.db(), context->orgId).currency, claim, errors);
    if (!errors.isEmpty()) {
        return ApiError::validationFailed(errors.toJson());
    }
    const auto employee = employees.byId(context->orgId, claim.employeeId);
    if (!employee) {
        return ApiError::validationFailed(
            {{QStringLiteral("employee_id"), QStringLiteral("no such employee")}});
    }
    claim.employeeUserId = employee->userId;
    if (!mayWrite(*context, claim)) {
        return ApiError::forbidden(
            QStringLiteral("Your role may file claims only for your own employee record."));
    }
    claim.createdBy = context->session.userId;
    claim.updatedAt = QDateTime::currentDateTimeUtc();
    ClaimStore(tx.db()).insert(context->orgId, claim,
                               ChangeCounter(tx.db()).reserve(context->orgId));
    AuditEvent event = requestAudit(
        *context, request, tx.db(), QStringLiteral("create"), QStringLiteral("claim"), claim.id,
        QStringLiteral("Created a %1 claim of %2 for %3")
            .arg(claim.category, claim.amount.toDisplayString(), employee->fullName));
    Claim empty;
    empty.status.clear();
    empty.amount.currency.clear();
    event.changes = diff(empty, claim);
    AuditLog(tx.db()).append(event);
    tx.commit();
    return claimAnswer(201, claim);
}

HttpResponse ClaimsApi::update(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::ClaimsWriteOwn, &error);
    if (!context) {
        return error;
    }
    const auto id = sql::canonicalUuid(request.pathParam(QStringLiteral("id")));
    const auto body = parseJsonObject(request, &error);
    if (!body) {
        return error;
    }
    if (!id) {
        return ApiError::notFound();
    }
    Transaction tx(m_db.connection(), context->orgId);
    ClaimStore store(tx.db());
    const auto current = store.byId(context->orgId, *id, sql::RowLock::ForUpdate);
    if (!current || !mayRead(*context, *current)) {
        return ApiError::notFound();
    }
    if (!mayWrite(*context, *current)) {
        return ApiError::forbidden();
    }
    if (auto stale = checkIfMatch(request, current->version)) {
        return *stale;
    }
    if (!Workflow::claim().isEditable(current->status)) {
        return ApiError::conflict(
            QStringLiteral("Only a draft claim can be edited; this one is %1.")
                .arg(current->status));
    }
    Claim updated = *current;
    FieldErrors errors;
    applyBody(*body, DomainSettings::load(tx.db(), context->orgId).currency, updated, errors);
    if (!errors.isEmpty()) {
        return ApiError::validationFailed(errors.toJson());
    }
    // The payee is fixed at creation: the claim's history (its create entry names the person)
    // is that person's data, and a moved claim would carry it to someone else.
    if (updated.employeeId != current->employeeId) {
        return ApiError::validationFailed(
            {{QStringLiteral("employee_id"),
              QStringLiteral("cannot change: a claim stays with the person it was created for; "
                             "delete this draft and create it for the right person")}});
    }
    const QJsonObject changes = diff(*current, updated);
    if (changes.isEmpty()) {
        return claimAnswer(200, *current);
    }
    updated.version += 1;
    updated.updatedAt = QDateTime::currentDateTimeUtc();
    store.update(context->orgId, updated, ChangeCounter(tx.db()).reserve(context->orgId));
    AuditEvent event =
        requestAudit(*context, request, tx.db(), QStringLiteral("update"), QStringLiteral("claim"),
                     updated.id, QStringLiteral("Edited a draft %1 claim").arg(updated.category));
    event.changes = changes;
    AuditLog(tx.db()).append(event);
    tx.commit();
    return claimAnswer(200, updated);
}

HttpResponse ClaimsApi::remove(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::ClaimsWriteOwn, &error);
    if (!context) {
        return error;
    }
    const auto id = sql::canonicalUuid(request.pathParam(QStringLiteral("id")));
    if (!id) {
        return ApiError::notFound();
    }
    Transaction tx(m_db.connection(), context->orgId);
    ClaimStore store(tx.db());
    const auto current = store.byId(context->orgId, *id, sql::RowLock::ForUpdate);
    if (!current || !mayRead(*context, *current)) {
        return ApiError::notFound();
    }
    if (!mayWrite(*context, *current)) {
        return ApiError::forbidden();
    }
    if (auto stale = checkIfMatch(request, current->version)) {
        return *stale;
    }
    if (!Workflow::claim().isEditable(current->status)) {
        return ApiError::conflict(
            QStringLiteral("Only a draft claim can be deleted; this one is %1.")
                .arg(current->status));
    }
    store.remove(context->orgId, *current, ChangeCounter(tx.db()).reserve(context->orgId));
    AuditEvent event = requestAudit(
        *context, request, tx.db(), QStringLiteral("delete"), QStringLiteral("claim"), current->id,
        QStringLiteral("Deleted a draft %1 claim with %2 receipt(s)")
            .arg(current->category, QString::number(current->receipts.size())));
    event.changes = {{QStringLiteral("status"), AuditEvent::change(current->status, QJsonValue())}};
    AuditLog(tx.db()).append(event);
    // Once the rows are durably gone the files follow (a crash in between leaves only
    // unreachable bytes); this transaction may be nested in the Idempotency-Key guard's.
    tx.onOutcome(
        [files = ReceiptFiles(m_dataDir), orgId = context->orgId, receipts = current->receipts] {
            for (const Receipt& receipt : receipts) {
                files.removeFinal(orgId, receipt.employeeId, receipt.storageName);
            }
        });
    tx.commit();
    return HttpResponse::noContent();
}

HttpResponse ClaimsApi::transition(HttpRequest& request, const QString& action)
{
    const Permission permission = action == u"submit"      ? Permission::ClaimsWriteOwn
                                  : action == u"mark_paid" ? Permission::ClaimsMarkPaid
                                                           : Permission::ClaimsReview;
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, permission, &error);
    if (!context) {
        return error;
    }
    QString note;
    if (action == u"approve" || action == u"reject") {
        QJsonObject body;
        if (!request.body.trimmed().isEmpty() || action == u"reject") {
            const auto parsed = parseJsonObject(request, &error);
            if (!parsed) {
                return error;
            }
            body = *parsed;
        }
        note = body.value(QStringLiteral("note")).toString().trimmed();
        if ((action == u"reject" && note.isEmpty()) || note.size() > 2000) {
            return ApiError::validationFailed(
                {{QStringLiteral("note"),
                  QStringLiteral("required text when rejecting, at most 2000 characters")}});
        }
    }
    const auto id = sql::canonicalUuid(request.pathParam(QStringLiteral("id")));
    if (!id) {
        return ApiError::notFound();
    }
    Transaction tx(m_db.connection(), context->orgId);
    ClaimStore store(tx.db());
    auto claim = store.byId(context->orgId, *id, sql::RowLock::ForUpdate);
    if (!claim || !mayRead(*context, *claim)) {
        return ApiError::notFound();
    }
    if (action == u"submit" && !mayWrite(*context, *claim)) {
        return ApiError::forbidden();
    }
    if (const auto refusal = Workflow::claim().fourEyesRefusal(
            action, context->session.userId,
            {claim->createdBy, claim->submittedBy, claim->employeeUserId})) {
        return ApiError::forbidden(*refusal);
    }
    if (auto stale = checkIfMatch(request, claim->version)) {
        return *stale;
    }
    const auto next = Workflow::claim().next(claim->status, action);
    if (!next) {
        return ApiError::conflict(QStringLiteral("This claim is %1; \"%2\" is not possible now.")
                                      .arg(claim->status, action));
    }
    const Claim before = *claim;
    claim->status = *next;
    if (action == u"submit") {
        claim->submittedBy = context->session.userId;
    } else if (action == u"approve" || action == u"reject") {
        claim->reviewedBy = context->session.userId;
        claim->reviewNote = note.isEmpty() ? std::nullopt : std::optional<QString>(note);
    } else if (action == u"mark_paid") {
        claim->paidAt = QDateTime::currentDateTimeUtc();
    }
    claim->version += 1;
    claim->updatedAt = QDateTime::currentDateTimeUtc();
    store.update(context->orgId, *claim, ChangeCounter(tx.db()).reserve(context->orgId));
    AuditEvent event =
        requestAudit(*context, request, tx.db(), action, QStringLiteral("claim"), claim->id,
                     QStringLiteral("Claim of %1: %2 → %3")
                         .arg(claim->amount.toDisplayString(), before.status, claim->status));
    event.changes = diff(before, *claim);
    AuditLog(tx.db()).append(event);
    tx.commit();
    return claimAnswer(200, *claim);
}

} // namespace purser::server
