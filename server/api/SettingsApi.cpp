#include "server/api/SettingsApi.h"

#include "server/api/ApiError.h"
#include "server/api/JsonBody.h"
#include "server/api/JsonFields.h"
#include "server/api/OrgContext.h"
#include "server/audit/AuditLog.h"
#include "server/auth/EmailAddress.h"
#include "server/store/Database.h"
#include "server/store/DomainSettings.h"
#include "server/store/OrgSettingsStore.h"
#include "server/store/Transaction.h"
#include "server/store/UserStore.h"

#include <QJsonArray>

namespace purser::server {

void SettingsApi::registerRoutes(Router& router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/orgs/{org}/settings"),
               [this](HttpRequest& r) { return get(r); });
    router.add(QStringLiteral("PUT"), QStringLiteral("/api/v1/orgs/{org}/settings"),
               [this](HttpRequest& r) { return put(r); });
}

HttpResponse SettingsApi::get(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolveMember(m_db, request, &error);
    if (!context) {
        return error;
    }
    Transaction tx(m_db.connection(), context->orgId);
    const auto settings = OrgSettingsStore(tx.db()).load(context->orgId);
    // The organisation's currency (read-only here): clients enter and show money in it.
    const QString currency = DomainSettings::load(tx.db(), context->orgId).currency;
    tx.commit();
    if (!settings) {
        return ApiError::notFound();
    }
    QJsonObject body = settings->toJson();
    body.insert(QStringLiteral("currency"), currency);
    return HttpResponse::json(200, body);
}

HttpResponse SettingsApi::put(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::SettingsManage, &error);
    if (!context) {
        return error;
    }
    const auto body = parseJsonObject(request, &error);
    if (!body) {
        return error;
    }
    JsonFields fields(*body);
    fields.allowOnly({QStringLiteral("name"), QStringLiteral("email_domain_allowlist"),
                      QStringLiteral("require_two_factor"), QStringLiteral("upload_max_bytes")});
    const auto name = fields.string(QStringLiteral("name"), false);
    const auto domains = fields.stringList(QStringLiteral("email_domain_allowlist"), false);
    const auto requireTwoFactor = fields.boolean(QStringLiteral("require_two_factor"), false);
    const auto uploadMax = fields.integer(QStringLiteral("upload_max_bytes"), false);
    if (body->contains(QStringLiteral("name")) && !name) {
        fields.invalid(QStringLiteral("name"), QStringLiteral("is required"));
    }
    QStringList ascii;
    if (domains) {
        for (const QString& domain : *domains) {
            const auto converted = EmailAddress::asciiDomain(domain.trimmed());
            if (!converted || domain.contains(u'@')) {
                fields.invalid(QStringLiteral("email_domain_allowlist"),
                               QStringLiteral("%1 is not a domain name").arg(domain.left(64)));
                break;
            }
            if (!ascii.contains(*converted)) {
                ascii.append(*converted);
            }
        }
        if (ascii.size() > 50) {
            fields.invalid(QStringLiteral("email_domain_allowlist"),
                           QStringLiteral("holds at most 50 domains"));
        }
    }
    if (uploadMax && (*uploadMax < 1 || *uploadMax > OrgSettingsStore::kMaxUploadMaxBytes)) {
        fields.invalid(
            QStringLiteral("upload_max_bytes"),
            QStringLiteral("must be from 1 to %1").arg(OrgSettingsStore::kMaxUploadMaxBytes));
    }
    if (requireTwoFactor == true && !context->isApiKey()) {
        const auto me = UserStore(m_db.connection()).user(context->session.userId);
        if (!me || !me->twoFactorEnabled) {
            fields.invalid(QStringLiteral("require_two_factor"),
                           QStringLiteral("turn on two-factor authentication for yourself first"));
        }
    }
    if (fields.hasErrors()) {
        return fields.errorResponse();
    }

    Transaction tx(m_db.connection(), context->orgId);
    OrgSettingsStore store(tx.db());
    const auto old = store.load(context->orgId);
    if (!old) {
        return ApiError::notFound();
    }
    OrgSettingsStore::Settings updated = *old;
    if (name) {
        updated.name = *name;
    }
    if (domains) {
        updated.emailDomainAllowlist = ascii;
    }
    if (requireTwoFactor) {
        updated.requireTwoFactor = *requireTwoFactor;
    }
    if (uploadMax) {
        updated.uploadMaxBytes = *uploadMax;
    }
    AuditEvent event = context->auditEvent(request);
    const QJsonObject before = old->toJson();
    const QJsonObject after = updated.toJson();
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value()) {
            event.changes.insert(it.key(), AuditEvent::change(before.value(it.key()), it.value()));
        }
    }
    if (!event.changes.isEmpty()) {
        store.save(context->orgId, updated);
        event.action = QStringLiteral("update");
        event.entityType = QStringLiteral("settings");
        event.entityId = context->orgId;
        event.summary = QStringLiteral("Organisation settings changed: %1")
                            .arg(event.changes.keys().join(QStringLiteral(", ")));
        AuditLog(tx.db()).append(event);
    }
    tx.commit();
    return HttpResponse::json(200, after);
}

} // namespace purser::server
