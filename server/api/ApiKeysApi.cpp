#include "server/api/ApiKeysApi.h"

#include "server/api/ApiError.h"
#include "server/api/JsonBody.h"
#include "server/api/JsonFields.h"
#include "server/api/OrgContext.h"
#include "server/audit/AuditLog.h"
#include "server/store/ApiKeyStore.h"
#include "server/store/Database.h"
#include "server/store/SqlValues.h"
#include "server/store/Transaction.h"
#include "server/store/UserStore.h"

#include <QJsonArray>

namespace purser::server {

void ApiKeysApi::registerRoutes(Router& router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/orgs/{org}/api-keys"),
               [this](HttpRequest& r) { return list(r); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/orgs/{org}/api-keys"),
               [this](HttpRequest& r) { return create(r); });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/api/v1/orgs/{org}/api-keys/{id}"),
               [this](HttpRequest& r) { return revoke(r); });
}

namespace {

// API keys are managed by people: a key that could mint or revoke keys could outlive its own
// revocation through a longer-lived child, or lock its creator out of their other keys.
HttpResponse keysAreManagedBySessions()
{
    return ApiError::forbidden(
        QStringLiteral("API keys are managed from a signed-in session, not with an API key."));
}

} // namespace

HttpResponse ApiKeysApi::list(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::ApiKeysManage, &error);
    if (!context) {
        return error;
    }
    Transaction tx(m_db.connection(), context->orgId);
    QJsonArray items;
    for (const ApiKeyStore::Key& key : ApiKeyStore(tx.db()).list(context->orgId)) {
        items.append(key.toJson());
    }
    tx.commit();
    return HttpResponse::json(200, {{QStringLiteral("items"), items}});
}

HttpResponse ApiKeysApi::create(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::ApiKeysManage, &error);
    if (!context) {
        return error;
    }
    if (context->isApiKey()) {
        return keysAreManagedBySessions();
    }
    const auto body = parseJsonObject(request, &error);
    if (!body) {
        return error;
    }
    JsonFields fields(*body);
    fields.allowOnly(
        {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("expires_in_days")});
    const auto name = fields.string(QStringLiteral("name"), true, 100);
    const qint64 lifetimeDays = fields.integer(QStringLiteral("expires_in_days"), false)
                                    .value_or(ApiKeyStore::kDefaultLifetimeDays);
    if (lifetimeDays < 1 || lifetimeDays > ApiKeyStore::kMaxLifetimeDays) {
        fields.invalid(QStringLiteral("expires_in_days"),
                       QStringLiteral("must be 1 to %1 days").arg(ApiKeyStore::kMaxLifetimeDays));
    }
    const auto roleText = fields.string(QStringLiteral("role"), true, 32);
    const std::optional<Role> parsedRole = roleText ? roleFromName(*roleText) : std::nullopt;
    if (roleText && !parsedRole) {
        fields.invalid(QStringLiteral("role"), QStringLiteral("is not a role"));
    } else if (parsedRole == Role::Owner) {
        fields.invalid(QStringLiteral("role"), QStringLiteral("an API key cannot be owner"));
    }
    if (fields.hasErrors()) {
        return fields.errorResponse();
    }
    const Role role = parsedRole.value_or(Role::Viewer);
    Transaction tx(m_db.connection(), context->orgId);
    const ApiKeyStore::Created created =
        ApiKeyStore(tx.db()).create(context->orgId, *name, role, context->session.userId,
                                    QDateTime::currentDateTimeUtc().addDays(lifetimeDays));
    AuditEvent event = context->auditEvent(request);
    event.action = QStringLiteral("create");
    event.entityType = QStringLiteral("api_key");
    event.entityId = created.key.id;
    event.summary = QStringLiteral("API key \"%1\" (%2) created with role %3")
                        .arg(*name, created.key.prefix, roleName(role));
    event.changes.insert(QStringLiteral("role"), AuditEvent::change(QJsonValue(), roleName(role)));
    event.changes.insert(
        QStringLiteral("expires_at"),
        AuditEvent::change(QJsonValue(), created.key.toJson().value(QStringLiteral("expires_at"))));
    AuditLog(tx.db()).append(event);
    tx.commit();
    QJsonObject json = created.key.toJson();
    json.insert(QStringLiteral("key"), created.plaintext);
    return HttpResponse::json(201, json);
}

HttpResponse ApiKeysApi::revoke(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::ApiKeysManage, &error);
    if (!context) {
        return error;
    }
    if (context->isApiKey()) {
        return keysAreManagedBySessions();
    }
    const auto id = sql::canonicalUuid(request.pathParam(QStringLiteral("id")));
    if (!id) {
        return ApiError::notFound();
    }
    Transaction tx(m_db.connection(), context->orgId);
    ApiKeyStore keys(tx.db());
    const auto key = keys.byId(context->orgId, *id);
    if (!key) {
        return ApiError::notFound();
    }
    // An admin cannot touch owners, and an owner's key is the owner acting.
    if (context->role != Role::Owner &&
        UserStore(tx.db()).role(context->orgId, key->createdBy) == Role::Owner) {
        return ApiError::forbidden();
    }
    if (!keys.revoke(context->orgId, *id)) {
        return ApiError::notFound();
    }
    AuditEvent event = context->auditEvent(request);
    event.action = QStringLiteral("revoke");
    event.entityType = QStringLiteral("api_key");
    event.entityId = *id;
    event.summary = QStringLiteral("API key \"%1\" (%2) revoked").arg(key->name, key->prefix);
    AuditLog(tx.db()).append(event);
    tx.commit();
    return HttpResponse::noContent();
}

} // namespace purser::server
