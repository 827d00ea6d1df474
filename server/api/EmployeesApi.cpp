#include "server/api/EmployeesApi.h"

#include "core/EmployeeJson.h"
#include "core/EmployeeVisibility.h"
#include "server/api/ApiError.h"
#include "server/api/ListPageWriter.h"
#include "server/api/OrgContext.h"
#include "server/api/SyncQuery.h"
#include "server/store/ChangeCursor.h"
#include "server/store/Database.h"
#include "server/store/EmployeeStore.h"
#include "server/store/SqlValues.h"
#include "server/store/Transaction.h"

namespace purser::server {
namespace {

// Strips what the reader may not see; false when the reader may not see the record at all.
bool visibleTo(const OrgContext& context, Employee& employee)
{
    const bool own = employee.userId && *employee.userId == context.session.userId;
    const EmployeeVisibility visibility = EmployeeVisibility::forReader(context.role, own);
    if (!visibility.record) {
        return false;
    }
    visibility.apply(employee);
    return true;
}

} // namespace

void EmployeesApi::registerRoutes(Router& router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/orgs/{org}/employees"),
               [this](HttpRequest& r) { return list(r); });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/orgs/{org}/employees/{id}"),
               [this](HttpRequest& r) { return get(r); });
}

HttpResponse EmployeesApi::list(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::EmployeesRead, &error);
    if (!context) {
        return error;
    }

    const auto query = SyncQuery::parse(request, &error);
    if (!query) {
        return error;
    }

    const std::optional<QString> onlyUser = context->access == Access::Own
                                                ? std::optional<QString>(context->session.userId)
                                                : std::nullopt;
    // Inside the organisation's transaction: on PostgreSQL row-level security sees only its rows.
    Transaction tx(m_db.connection(), context->orgId, Transaction::Intent::Read);
    EmployeeStore::Page page =
        EmployeeStore(tx.db()).changesSince(context->orgId, query->since, query->limit, onlyUser);
    tx.commit();

    ListPageWriter writer(page.deleted, page.hasMore);
    for (Employee& employee : page.items) {
        if (visibleTo(*context, employee)) {
            appendEmployeeJson(writer.nextItem(), employee);
        }
    }
    return writer.finish(ChangeCursor::encode(page.lastSeq));
}

HttpResponse EmployeesApi::get(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::EmployeesRead, &error);
    if (!context) {
        return error;
    }
    if (!request.query.isEmpty()) {
        return ApiError::badRequest(QStringLiteral("This resource takes no query parameters."));
    }
    const auto id = sql::canonicalUuid(request.pathParam(QStringLiteral("id")));
    if (!id) {
        return ApiError::notFound();
    }
    Transaction tx(m_db.connection(), context->orgId, Transaction::Intent::Read);
    auto employee = EmployeeStore(tx.db()).byId(context->orgId, *id);
    tx.commit();
    // A record the role may not read (a member asking for someone else's) is "not found" too:
    // the answer never tells whether it exists.
    if (!employee || !visibleTo(*context, *employee)) {
        return ApiError::notFound();
    }
    return HttpResponse::json(200, employee->toJson());
}

} // namespace purser::server
