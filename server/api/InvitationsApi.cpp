#include "server/api/InvitationsApi.h"

#include "core/Rfc3339.h"
#include "server/Logging.h"
#include "server/api/ApiError.h"
#include "server/api/JsonBody.h"
#include "server/api/JsonFields.h"
#include "server/api/OrgContext.h"
#include "server/api/SessionIssuer.h"
#include "server/audit/AuditLog.h"
#include "server/auth/EmailAddress.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/RateLimiter.h"
#include "server/store/AccountStore.h"
#include "server/store/Database.h"
#include "server/store/OrgSettingsStore.h"
#include "server/store/Transaction.h"
#include "server/store/TwoFactorStore.h"
#include "server/store/UserStore.h"

#include <QUuid>

namespace purser::server {
namespace {

const QString kNotOnAllowlist = QStringLiteral("is not in a domain this organisation allows");

} // namespace

void InvitationsApi::registerRoutes(Router& router)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/orgs/{org}/invitations"),
               [this](HttpRequest& r) { return create(r); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/invitations/{token}/accept"),
               [this](HttpRequest& r) { return accept(r); });
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
    if (role == Role::Owner && context->role != Role::Owner) {
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
    HttpResponse error;
    const auto body = parseJsonObject(request, &error);
    if (!body) {
        return error;
    }
    JsonFields fields(*body);
    fields.allowOnly(
        {QStringLiteral("name"), QStringLiteral("password"), QStringLiteral("totp_code")});
    const auto name = fields.string(QStringLiteral("name"), false);
    const auto password = fields.string(QStringLiteral("password"), true, 4096, true);
    const auto totpCode = fields.string(QStringLiteral("totp_code"), false, 32);
    if (fields.hasErrors()) {
        return fields.errorResponse();
    }
    RateLimiter limiter(m_db.connection());
    const auto slot = limiter.acquire(
        QStringLiteral("accept-invitation:ip:") + SessionIssuer::clientOf(request), kAcceptLimit);
    if (!slot.granted) {
        return ApiError::rateLimited(slot.retryAfter);
    }
    const auto invitation = AccountStore(m_db.connection())
                                .findOpenInvitation(request.pathParam(QStringLiteral("token")));
    if (!invitation) {
        return ApiError::notFound();
    }
    const auto settings = OrgSettingsStore(m_db.connection()).load(invitation->orgId);
    if (!settings ||
        !EmailAddress::domainAllowed(invitation->email, settings->emailDomainAllowlist)) {
        return ApiError::validationFailed(QStringLiteral("email"), kNotOnAllowlist);
    }
    UserStore users(m_db.connection());
    const auto existing = users.credentialsByEmail(invitation->email);
    QString passwordHash;
    if (existing) {
        if (!PasswordHasher::verify(existing->passwordHash, *password)) {
            return ApiError::invalidCredentials();
        }
        TwoFactorStore twoFactor(m_db.connection());
        if (const auto secret = twoFactor.activeSecret(existing->userId)) {
            if (!totpCode || !twoFactor.acceptCode(existing->userId, *secret, *totpCode)) {
                return ApiError::twoFactorRequired();
            }
        }
        if (users.role(invitation->orgId, existing->userId)) {
            limiter.release(slot);
            return ApiError::conflict(QStringLiteral("You are a member already."));
        }
    } else {
        if (!name || name->isEmpty()) {
            fields.invalid(QStringLiteral("name"), QStringLiteral("is required"));
        }
        if (const auto problem = passwordProblem(*password)) {
            fields.invalid(QStringLiteral("password"), *problem);
        }
        if (fields.hasErrors()) {
            limiter.release(slot);
            return fields.errorResponse();
        }
        passwordHash = PasswordHasher::hash(*password);
    }

    const QString userId =
        existing ? existing->userId : QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(m_db.connection(), invitation->orgId);
    AccountStore accounts(tx.db());
    if (!accounts.markInvitationAccepted(invitation->id)) {
        return ApiError::notFound();
    }
    UserStore txUsers(tx.db());
    if (!existing) {
        txUsers.createUser(SessionUser{userId, invitation->email, *name, false}, passwordHash, now);
    }
    txUsers.addMembership(invitation->orgId, userId, invitation->role, now);
    const SessionStore::Created created = SessionStore(tx.db()).create(userId, invitation->orgId);
    AuditEvent event = AuditEvent::fromRequest(request, invitation->orgId,
                                               SessionIssuer::userActor(userId, invitation->email));
    event.action = QStringLiteral("create");
    event.entityType = QStringLiteral("member");
    event.entityId = userId;
    event.summary = QStringLiteral("%1 accepted the invitation and joined as %2")
                        .arg(invitation->email, roleName(invitation->role));
    event.changes.insert(QStringLiteral("role"),
                         AuditEvent::change(QJsonValue(), roleName(invitation->role)));
    AuditLog(tx.db()).append(event);
    tx.commit();
    limiter.release(slot);
    qCInfo(lcAuth).noquote() << "user" << userId << "joined organisation" << invitation->orgId;
    return SessionIssuer(m_db).respond(201, created);
}

} // namespace purser::server
