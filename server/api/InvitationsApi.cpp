#include "server/api/InvitationsApi.h"

#include "core/Rfc3339.h"
#include "server/Logging.h"
#include "server/api/ApiError.h"
#include "server/api/JsonBody.h"
#include "server/api/JsonFields.h"
#include "server/api/OrgContext.h"
#include "server/api/SessionIssuer.h"
#include "server/audit/AuditLog.h"
#include "server/auth/Authenticator.h"
#include "server/auth/EmailAddress.h"
#include "server/auth/RateLimiter.h"
#include "server/store/AccountStore.h"
#include "server/store/Database.h"
#include "server/store/OrgSettingsStore.h"
#include "server/store/SqlValues.h"
#include "server/store/Transaction.h"
#include "server/store/UserStore.h"

#include <QJsonArray>

namespace purser::server {
namespace {

const QString kNotOnAllowlist = QStringLiteral("is not in a domain this organisation allows");

} // namespace

void InvitationsApi::registerRoutes(Router& router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/orgs/{org}/invitations"),
               [this](HttpRequest& r) { return list(r); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/orgs/{org}/invitations"),
               [this](HttpRequest& r) { return create(r); });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/api/v1/orgs/{org}/invitations/{id}"),
               [this](HttpRequest& r) { return revoke(r); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/invitations/{token}/accept"),
               [this](HttpRequest& r) { return accept(r); });
}

HttpResponse InvitationsApi::list(HttpRequest& request)
{
    HttpResponse error;
    // Pending invitations are member administration: who is about to join, with which role.
    const auto context = OrgContext::resolve(m_db, request, Permission::MembersManage, &error);
    if (!context) {
        return error;
    }
    Transaction tx(m_db.connection(), context->orgId);
    QJsonArray items;
    for (const AccountStore::Invitation& invitation :
         AccountStore(tx.db()).pendingInvitations(context->orgId)) {
        items.append(invitation.toJson());
    }
    tx.commit();
    return HttpResponse::json(200, {{QStringLiteral("items"), items}});
}

HttpResponse InvitationsApi::revoke(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::MembersManage, &error);
    if (!context) {
        return error;
    }
    const auto id = sql::canonicalUuid(request.pathParam(QStringLiteral("id")));
    if (!id) {
        return ApiError::notFound();
    }
    Transaction tx(m_db.connection(), context->orgId);
    AccountStore accounts(tx.db());
    const auto invitation = accounts.pendingInvitation(context->orgId, *id);
    if (!invitation) {
        return ApiError::notFound();
    }
    // Whoever may not grant the role may not take such an invitation back either.
    if (!mayGrantRole(context->role, invitation->role)) {
        return ApiError::forbidden(
            QStringLiteral("Only an owner may revoke an owner's invitation."));
    }
    if (!accounts.deleteInvitation(context->orgId, *id)) {
        return ApiError::notFound();
    }
    AuditEvent event = context->auditEvent(request);
    event.action = QStringLiteral("revoke");
    event.entityType = QStringLiteral("invitation");
    event.entityId = *id;
    event.summary = QStringLiteral("The invitation of %1 as %2 was revoked")
                        .arg(invitation->email, roleName(invitation->role));
    event.changes.insert(QStringLiteral("role"),
                         AuditEvent::change(roleName(invitation->role), QJsonValue()));
    AuditLog(tx.db()).append(event);
    tx.commit();
    return HttpResponse::noContent();
}

HttpResponse InvitationsApi::create(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::MembersManage, &error);
    if (!context) {
        return error;
    }
    const auto body = parseJsonObject(request, &error);
    if (!body) {
        return error;
    }
    JsonFields fields(*body);
    fields.allowOnly({QStringLiteral("email"), QStringLiteral("role")});
    const auto emailText = fields.string(QStringLiteral("email"), true, 254);
    const auto roleText = fields.string(QStringLiteral("role"), true, 32);
    const std::optional<Role> parsedRole = roleText ? roleFromName(*roleText) : std::nullopt;
    if (roleText && !parsedRole) {
        fields.invalid(QStringLiteral("role"), QStringLiteral("is not a role"));
    }
    const QString email = emailText ? EmailAddress::normalise(*emailText) : QString();
    if (emailText && !EmailAddress::isPlausible(email)) {
        fields.invalid(QStringLiteral("email"), QStringLiteral("is not an email address"));
    }
    if (fields.hasErrors()) {
        return fields.errorResponse();
    }
    const Role role = parsedRole.value_or(Role::Viewer);
    if (!mayGrantRole(context->role, role)) {
        return ApiError::forbidden(QStringLiteral("Only an owner may invite an owner."));
    }

    Transaction tx(m_db.connection(), context->orgId);
    const auto settings = OrgSettingsStore(tx.db()).load(context->orgId);
    if (!settings) {
        return ApiError::notFound();
    }
    if (!EmailAddress::domainAllowed(email, settings->emailDomainAllowlist)) {
        return ApiError::validationFailed(QStringLiteral("email"), kNotOnAllowlist);
    }
    const auto existing = UserStore(tx.db()).credentialsByEmail(email);
    if (existing && UserStore(tx.db()).role(context->orgId, existing->userId)) {
        return ApiError::validationFailed(QStringLiteral("email"),
                                          QStringLiteral("is a member already"));
    }
    const AccountStore::Invitation invitation = AccountStore(tx.db()).createInvitation(
        context->orgId, email, role, context->session.userId);
    AuditEvent event = context->auditEvent(request);
    event.action = QStringLiteral("invite");
    event.entityType = QStringLiteral("invitation");
    event.entityId = invitation.id;
    event.summary = QStringLiteral("%1 was invited as %2").arg(email, roleName(role));
    event.changes.insert(QStringLiteral("role"), AuditEvent::change(QJsonValue(), roleName(role)));
    AuditLog(tx.db()).append(event);
    tx.commit();
    return HttpResponse::json(201,
                              {{QStringLiteral("id"), invitation.id},
                               {QStringLiteral("token"), invitation.token},
                               {QStringLiteral("email"), email},
                               {QStringLiteral("role"), roleName(role)},
                               {QStringLiteral("expires_at"), toRfc3339(invitation.expiresAt)}});
}

HttpResponse InvitationsApi::accept(HttpRequest& request)
{
    const auto session = Authenticator(m_db).authenticate(request);
    if (!session) {
        return ApiError::unauthenticated();
    }
    if (!request.body.trimmed().isEmpty()) {
        HttpResponse error;
        const auto body = parseJsonObject(request, &error);
        if (!body) {
            return error;
        }
        JsonFields fields(*body);
        fields.allowOnly({}); // no password, no name: the session is the proof
        if (fields.hasErrors()) {
            return fields.errorResponse();
        }
    }
    RateLimiter limiter(m_db.connection());
    const auto slot = limiter.acquire(
        QStringLiteral("accept-invitation:ip:") + SessionIssuer::clientOf(request), kAcceptLimit);
    if (!slot.granted) {
        return ApiError::rateLimited(slot.retryAfter);
    }
    UserStore users(m_db.connection());
    const auto user = users.user(session->userId);
    const auto invitation = AccountStore(m_db.connection())
                                .findOpenInvitation(request.pathParam(QStringLiteral("token")));
    // Another address's invitation is nothing to this account.
    if (!user || !invitation || invitation->email != user->email) {
        return ApiError::notFound();
    }
    if (!users.emailVerified(user->id)) {
        limiter.release(slot);
        return ApiError::forbidden(
            QStringLiteral("Verify your email address before accepting an invitation."),
            {{QStringLiteral("reason"), QStringLiteral("email_unverified")}});
    }
    const auto settings = OrgSettingsStore(m_db.connection()).load(invitation->orgId);
    if (!settings ||
        !EmailAddress::domainAllowed(invitation->email, settings->emailDomainAllowlist)) {
        limiter.release(slot);
        return ApiError::validationFailed(QStringLiteral("email"), kNotOnAllowlist);
    }
    if (users.role(invitation->orgId, user->id)) {
        limiter.release(slot);
        return ApiError::conflict(QStringLiteral("You are a member already."));
    }
    // The sender's right to grant the role is checked now, not only when they sent it: a
    // removed or demoted admin's invitations die with their right.
    const auto senderRole = invitation->invitedBy.isEmpty()
                                ? std::nullopt
                                : users.role(invitation->orgId, invitation->invitedBy);
    if (!senderRole || !mayGrantRole(*senderRole, invitation->role)) {
        limiter.release(slot);
        return ApiError::make(410, QStringLiteral("gone"),
                              QStringLiteral("This invitation is no longer valid: whoever sent it "
                                             "may no longer invite members. Ask an owner or an "
                                             "admin of the organisation for a new one."));
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(m_db.connection(), invitation->orgId);
    if (!AccountStore(tx.db()).markInvitationAccepted(invitation->id)) {
        return ApiError::notFound();
    }
    UserStore(tx.db()).addMembership(invitation->orgId, user->id, invitation->role, now);
    AuditEvent event = AuditEvent::fromRequest(request, invitation->orgId,
                                               SessionIssuer::userActor(user->id, user->email));
    event.action = QStringLiteral("create");
    event.entityType = QStringLiteral("member");
    event.entityId = user->id;
    event.summary = QStringLiteral("%1 accepted the invitation and joined as %2")
                        .arg(user->email, roleName(invitation->role));
    event.changes.insert(QStringLiteral("role"),
                         AuditEvent::change(QJsonValue(), roleName(invitation->role)));
    AuditLog(tx.db()).append(event);
    tx.commit();
    limiter.release(slot);
    qCInfo(lcAuth).noquote() << "user" << user->id << "joined organisation" << invitation->orgId;
    const auto info = SessionIssuer(m_db).info(*session);
    if (!info) {
        return ApiError::unauthenticated();
    }
    return HttpResponse::json(201, info->toJson());
}

} // namespace purser::server
