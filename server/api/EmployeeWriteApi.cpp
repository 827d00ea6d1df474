#include "server/api/EmployeeWriteApi.h"

#include "core/EmployeeVisibility.h"
#include "core/Workflow.h"
#include "server/api/ApiError.h"
#include "server/api/EmployeeInput.h"
#include "server/api/JsonBody.h"
#include "server/api/OrgContext.h"
#include "server/api/Preconditions.h"
#include "server/api/RequestAudit.h"
#include "server/audit/AuditLog.h"
#include "server/store/ChangeCounter.h"
#include "server/store/Database.h"
#include "server/store/DomainSettings.h"
#include "server/store/EmployeeStore.h"
#include "server/store/SqlValues.h"
#include "server/store/Transaction.h"
#include "server/store/UserStore.h"

#include <QSqlQuery>
#include <QUuid>

namespace purser::server {
namespace {

// Checks that need the organisation: unique number, department spelling, currency, manager
// and user in the org. current: the record before a PATCH (null on create); a number or
// department it keeps is not judged again (records stored before a rule stay editable).
void checkAgainstOrg(QSqlDatabase db, const QString& orgId, const Employee& e,
                     const Employee* current, FieldErrors* errors)
{
    EmployeeStore store(db);
    const bool newNumber = !current || EmployeeRules::employeeNoKey(current->employeeNo) !=
                                           EmployeeRules::employeeNoKey(e.employeeNo);
    if (newNumber && store.employeeNoTaken(orgId, e.employeeNo, e.id)) {
        errors->add(QStringLiteral("employee_no"), QStringLiteral("already in use"));
    }
    if (!current || current->department != e.department) {
        EmployeeInput::checkDepartment(e.department, store.departments(orgId, e.id),
                                       EmployeeRules::NewDepartment::Allowed, errors);
    }
    const DomainSettings settings = DomainSettings::load(db, orgId);
    if (e.baseSalary && e.baseSalary->currency != settings.currency) {
        errors->add(
            QStringLiteral("base_salary"),
            QStringLiteral("must be in the organisation's currency, %1").arg(settings.currency));
    }
    if (e.managerId) {
        const auto managerId = sql::canonicalUuid(*e.managerId);
        if (!managerId || *managerId == e.id || !store.byId(orgId, *managerId)) {
            errors->add(QStringLiteral("manager_id"),
                        QStringLiteral("must be another employee of this organisation"));
        }
    }
    if (e.userId) {
        const auto userId = sql::canonicalUuid(*e.userId);
        if (!userId || !UserStore(db).role(orgId, *userId)) {
            errors->add(QStringLiteral("user_id"),
                        QStringLiteral("must be a member of this organisation"));
        } else if (const auto other = store.byUser(orgId, *userId); other && other->id != e.id) {
            errors->add(QStringLiteral("user_id"),
                        QStringLiteral("already linked to %1").arg(other->employeeNo));
        }
    }
}

HttpResponse answer(int status, const OrgContext& context, Employee employee)
{
    const bool own = employee.userId && *employee.userId == context.session.userId;
    EmployeeVisibility::forReader(context.role, own).apply(employee);
    HttpResponse response = HttpResponse::json(status, employee.toJson());
    response.setHeader("ETag", versionTag(employee.version));
    return response;
}

} // namespace

void EmployeeWriteApi::registerRoutes(Router& router)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/orgs/{org}/employees"),
               [this](HttpRequest& r) { return create(r); });
    router.add(QStringLiteral("PATCH"), QStringLiteral("/api/v1/orgs/{org}/employees/{id}"),
               [this](HttpRequest& r) { return update(r); });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/api/v1/orgs/{org}/employees/{id}"),
               [this](HttpRequest& r) { return remove(r); });
}

HttpResponse EmployeeWriteApi::create(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::EmployeesWrite, &error);
    if (!context) {
        return error;
    }
    const auto body = parseJsonObject(request, &error);
    if (!body) {
        return error;
    }
    Employee base;
    base.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    base.version = 1;
    base.updatedAt = QDateTime::currentDateTimeUtc();
    FieldErrors errors;
    auto employee = EmployeeInput::forCreate(*body, base, &errors);

    Transaction tx(m_db.connection(), context->orgId);
    // The organisation's change counter is held from here to the commit, so its writers run
    // the checks below one after the other, each seeing what the one before committed. Checked
    // side by side (PostgreSQL), two creates with one number both passed and the unique index
    // answered the second with a 500 (the morning attacker).
    const qint64 seq = employee ? ChangeCounter(tx.db()).reserve(context->orgId) : 0;
    if (employee) {
        checkAgainstOrg(tx.db(), context->orgId, *employee, nullptr, &errors);
    }
    if (!errors.isEmpty()) {
        return ApiError::validationFailed(errors.toJson());
    }
    if (employee->userId) {
        employee->userId = sql::canonicalUuid(*employee->userId);
    }
    if (const auto refusal =
            Workflow::userLinkRefusal(context->session.userId, std::nullopt, employee->userId)) {
        return ApiError::forbidden(*refusal);
    }
    if (employee->managerId) {
        employee->managerId = sql::canonicalUuid(*employee->managerId);
    }
    EmployeeStore(tx.db()).insert(context->orgId, *employee, seq);
    AuditEvent event = requestAudit(
        *context, request, tx.db(), QStringLiteral("create"), QStringLiteral("employee"),
        employee->id,
        QStringLiteral("Added employee %1 (%2)").arg(employee->fullName, employee->employeeNo));
    event.changes = EmployeeInput::changes(Employee{}, *employee);
    AuditLog(tx.db()).append(event);
    tx.commit();
    return answer(201, *context, *employee);
}

HttpResponse EmployeeWriteApi::update(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::EmployeesWrite, &error);
    if (!context) {
        return error;
    }
    const auto id = sql::canonicalUuid(request.pathParam(QStringLiteral("id")));
    if (!id) {
        return ApiError::notFound();
    }
    const auto body = parseJsonObject(request, &error);
    if (!body) {
        return error;
    }
    Transaction tx(m_db.connection(), context->orgId);
    EmployeeStore store(tx.db());
    const auto current = store.byId(context->orgId, *id, sql::RowLock::ForUpdate);
    if (!current) {
        return ApiError::notFound();
    }
    if (auto stale = checkIfMatch(request, current->version)) {
        return *stale;
    }
    // Held to the commit, after the row's lock (every writer locks its row first): the number
    // and department checks see what the organisation's writer before committed (see create).
    const qint64 seq = ChangeCounter(tx.db()).reserve(context->orgId);
    FieldErrors errors;
    auto updated = EmployeeInput::forPatch(*body, *current, &errors);
    if (updated) {
        // A field that failed its integrity check and is not in this PATCH keeps its stored
        // ciphertext (EmployeeStore::update leaves that column alone).
        for (const QString& field : current->integrityErrors) {
            if (!body->contains(field)) {
                updated->integrityErrors.append(field);
            }
        }
        checkAgainstOrg(tx.db(), context->orgId, *updated, &*current, &errors);
    }
    if (!errors.isEmpty()) {
        return ApiError::validationFailed(errors.toJson());
    }
    if (updated->userId) {
        updated->userId = sql::canonicalUuid(*updated->userId);
    }
    if (const auto refusal =
            Workflow::userLinkRefusal(context->session.userId, current->userId, updated->userId)) {
        return ApiError::forbidden(*refusal);
    }
    if (updated->managerId) {
        updated->managerId = sql::canonicalUuid(*updated->managerId);
    }
    const QJsonObject changes = EmployeeInput::changes(*current, *updated);
    if (changes.isEmpty()) {
        return answer(200, *context, *current); // nothing changed: no new version, no entry
    }
    updated->version = current->version + 1;
    updated->updatedAt = QDateTime::currentDateTimeUtc();
    store.update(context->orgId, *updated, seq);
    AuditEvent event = requestAudit(
        *context, request, tx.db(), QStringLiteral("update"), QStringLiteral("employee"),
        updated->id,
        QStringLiteral("Updated employee %1 (%2)").arg(updated->fullName, updated->employeeNo));
    event.changes = changes;
    AuditLog(tx.db()).append(event);
    tx.commit();
    return answer(200, *context, *updated);
}

HttpResponse EmployeeWriteApi::remove(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::EmployeesWrite, &error);
    if (!context) {
        return error;
    }
    const auto id = sql::canonicalUuid(request.pathParam(QStringLiteral("id")));
    if (!id) {
        return ApiError::notFound();
    }
    Transaction tx(m_db.connection(), context->orgId);
    EmployeeStore store(tx.db());
    const auto current = store.byId(context->orgId, *id, sql::RowLock::ForUpdate);
    if (!current) {
        return ApiError::notFound();
    }
    if (auto stale = checkIfMatch(request, current->version)) {
        return *stale;
    }
    QSqlQuery claims(tx.db());
    claims.prepare(
        QStringLiteral("SELECT COUNT(*) FROM claims WHERE org_id = ? AND employee_id = ?"));
    claims.addBindValue(context->orgId);
    claims.addBindValue(*id);
    Database::exec(claims, "count employee claims");
    if (claims.next() && claims.value(0).toLongLong() > 0) {
        return ApiError::conflict(QStringLiteral(
            "This employee has expense claims; set the status to terminated instead."));
    }
    // Reports lose their manager; each of them is a change sync readers must see.
    QSqlQuery reports(tx.db());
    reports.prepare(QStringLiteral("SELECT id FROM employees WHERE org_id = ? AND manager_id = ?"));
    reports.addBindValue(context->orgId);
    reports.addBindValue(*id);
    Database::exec(reports, "list reports");
    QStringList reportIds;
    while (reports.next()) {
        reportIds.append(reports.value(0).toString());
    }
    ChangeCounter counter(tx.db());
    for (const QString& reportId : reportIds) {
        auto report = store.byId(context->orgId, reportId, sql::RowLock::ForUpdate);
        report->managerId.reset();
        report->version += 1;
        report->updatedAt = QDateTime::currentDateTimeUtc();
        store.update(context->orgId, *report, counter.reserve(context->orgId));
    }
    store.remove(context->orgId, *current, counter.reserve(context->orgId));
    AuditEvent event = requestAudit(
        *context, request, tx.db(), QStringLiteral("delete"), QStringLiteral("employee"),
        current->id,
        QStringLiteral("Deleted employee %1 (%2)").arg(current->fullName, current->employeeNo));
    event.changes = EmployeeInput::changes(*current, Employee{});
    AuditLog(tx.db()).append(event);
    tx.commit();
    return HttpResponse::noContent();
}

} // namespace purser::server
