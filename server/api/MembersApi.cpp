#include "server/api/MembersApi.h"

#include "server/api/ApiError.h"
#include "server/api/JsonBody.h"
#include "server/api/JsonFields.h"
#include "server/api/OrgContext.h"
#include "server/api/SyncQuery.h"
#include "server/audit/AuditLog.h"
#include "server/store/AccountStore.h"
#include "server/store/ApiKeyStore.h"
#include "server/store/ChangeCounter.h"
#include "server/store/ChangeCursor.h"
#include "server/store/Database.h"
#include "server/store/SqlValues.h"
#include "server/store/Transaction.h"

#include <QJsonArray>

namespace purser::server {
namespace {

// A key lives no longer than its creator's right to manage keys (roles.md): revoke theirs.
void revokeKeysOf(QSqlDatabase db, const QString& orgId, const QString& userId, AuditEvent& event)
{
    const int revoked = ApiKeyStore(std::move(db)).revokeCreatedBy(orgId, userId);
    if (revoked > 0) {
        event.changes.insert(QStringLiteral("api_keys_revoked"),
                             AuditEvent::change(QJsonValue(), revoked));
    }
}

const QString kOwnersOnly = QStringLiteral("Only an owner may change, remove or appoint an owner.");

} // namespace

void MembersApi::registerRoutes(Router& router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/orgs/{org}/members"),
               [this](HttpRequest& r) { return list(r); });
    router.add(QStringLiteral("PATCH"), QStringLiteral("/api/v1/orgs/{org}/members/{user_id}"),
               [this](HttpRequest& r) { return changeRole(r); });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/api/v1/orgs/{org}/members/{user_id}"),
               [this](HttpRequest& r) { return remove(r); });
}

HttpResponse MembersApi::list(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::MembersRead, &error);
    if (!context) {
        return error;
    }
    // The same query contract as the other sync reads (an unknown or malformed parameter is
    // 400); the list itself is always complete.
    if (!SyncQuery::parse(request, &error)) {
        return error;
    }
    Transaction tx(m_db.connection(), context->orgId, Transaction::Intent::Read);
    QJsonArray items;
    for (const AccountStore::Member& member : AccountStore(tx.db()).members(context->orgId)) {
        items.append(member.toJson());
    }
    tx.commit();
    // The sync shape of api.md; the member list is small, so every answer is complete.
    return HttpResponse::json(200, {{QStringLiteral("items"), items},
                                    {QStringLiteral("deleted"), QJsonArray()},
                                    {QStringLiteral("next_cursor"), ChangeCursor::encode(0)},
                                    {QStringLiteral("has_more"), false}});
}

HttpResponse MembersApi::changeRole(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::MembersManage, &error);
    if (!context) {
        return error;
    }
    const auto userId = sql::canonicalUuid(request.pathParam(QStringLiteral("user_id")));
    if (!userId) {
        return ApiError::notFound();
    }
    const auto body = parseJsonObject(request, &error);
    if (!body) {
        return error;
    }
    JsonFields fields(*body);
    fields.allowOnly({QStringLiteral("role")});
    const auto roleText = fields.string(QStringLiteral("role"), true, 32);
    const std::optional<Role> parsedRole = roleText ? roleFromName(*roleText) : std::nullopt;
    if (roleText && !parsedRole) {
        fields.invalid(QStringLiteral("role"), QStringLiteral("is not a role"));
    }
    if (fields.hasErrors()) {
        return fields.errorResponse();
    }
    const Role role = parsedRole.value_or(Role::Viewer);

    Transaction tx(m_db.connection(), context->orgId);
    ChangeCounter(tx.db()).reserve(context->orgId); // serialises member changes of this org
    AccountStore accounts(tx.db());
    const auto member = accounts.member(context->orgId, *userId);
    if (!member) {
        return ApiError::notFound();
    }
    if (context->role != Role::Owner && (member->role == Role::Owner || role == Role::Owner)) {
        return ApiError::forbidden(kOwnersOnly);
    }
    if (member->role == Role::Owner && role != Role::Owner &&
        accounts.ownerCount(context->orgId) <= 1) {
        return ApiError::conflict(QStringLiteral("An organisation keeps at least one owner."));
    }
    if (member->role != role) {
        accounts.setRole(context->orgId, *userId, role);
        AuditEvent event = context->auditEvent(request);
        event.action = QStringLiteral("update");
        event.entityType = QStringLiteral("member");
        event.entityId = *userId;
        event.summary = QStringLiteral("%1 is now %2").arg(member->email, roleName(role));
        event.changes.insert(QStringLiteral("role"),
                             AuditEvent::change(roleName(member->role), roleName(role)));
        if (!allows(role, Permission::ApiKeysManage)) {
            revokeKeysOf(tx.db(), context->orgId, *userId, event);
        }
        AuditLog(tx.db()).append(event);
    }
    const auto updated = accounts.member(context->orgId, *userId);
    tx.commit();
    return HttpResponse::json(200, updated ? updated->toJson() : QJsonObject());
}

HttpResponse MembersApi::remove(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::MembersManage, &error);
    if (!context) {
        return error;
    }
    const auto userId = sql::canonicalUuid(request.pathParam(QStringLiteral("user_id")));
    if (!userId) {
        return ApiError::notFound();
    }
    Transaction tx(m_db.connection(), context->orgId);
    ChangeCounter(tx.db()).reserve(context->orgId);
    AccountStore accounts(tx.db());
    const auto member = accounts.member(context->orgId, *userId);
    if (!member) {
        return ApiError::notFound();
    }
    if (member->role == Role::Owner && context->role != Role::Owner) {
        return ApiError::forbidden(kOwnersOnly);
    }
    if (member->role == Role::Owner && accounts.ownerCount(context->orgId) <= 1) {
        return ApiError::conflict(QStringLiteral("An organisation keeps at least one owner."));
    }
    accounts.removeMember(context->orgId, *userId);
    AuditEvent event = context->auditEvent(request);
    event.action = QStringLiteral("delete");
    event.entityType = QStringLiteral("member");
    event.entityId = *userId;
    event.summary = QStringLiteral("%1 was removed from the organisation").arg(member->email);
    event.changes.insert(QStringLiteral("role"),
                         AuditEvent::change(roleName(member->role), QJsonValue()));
    revokeKeysOf(tx.db(), context->orgId, *userId, event);
    AuditLog(tx.db()).append(event);
    tx.commit();
    return HttpResponse::noContent();
}

} // namespace purser::server
