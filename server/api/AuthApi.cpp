#include "server/api/AuthApi.h"

#include "server/Logging.h"
#include "server/api/ApiError.h"
#include "server/api/EmailVerificationApi.h"
#include "server/api/JsonBody.h"
#include "server/api/JsonFields.h"
#include "server/api/SessionIssuer.h"
#include "server/audit/AuditLog.h"
#include "server/auth/Authenticator.h"
#include "server/auth/CredentialCheck.h"
#include "server/auth/EmailAddress.h"
#include "server/auth/KnownClientStore.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/RateLimiter.h"
#include "server/store/ChangeCounter.h"
#include "server/store/Database.h"
#include "server/store/MailOutbox.h"
#include "server/store/SqlValues.h"
#include "server/store/Transaction.h"
#include "server/store/UserStore.h"

#include <QUuid>

namespace purser::server {

void AuthApi::registerRoutes(Router& router)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/sign-up"),
               [this](HttpRequest& r) { return signUp(r); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/sign-in"),
               [this](HttpRequest& r) { return signIn(r); });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/auth/session"),
               [this](HttpRequest& r) { return session(r); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/sign-out"),
               [this](HttpRequest& r) { return signOut(r); });
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/active-organization"),
               [this](HttpRequest& r) { return activeOrganization(r); });
}

QString AuthApi::normaliseEmail(const QString& email)
{
    return EmailAddress::normalise(email);
}

HttpResponse AuthApi::signUp(HttpRequest& request)
{
    HttpResponse error;
    const auto body = parseJsonObject(request, &error);
    if (!body) {
        return error;
    }
    RateLimiter limiter(m_db.connection());
    const auto slot = limiter.acquire(
        QStringLiteral("sign-up:ip:") + SessionIssuer::clientOf(request), kSignUpLimit);
    if (!slot.granted) {
        return ApiError::rateLimited(slot.retryAfter);
    }
    JsonFields fields(*body);
    fields.allowOnly({QStringLiteral("email"), QStringLiteral("password"), QStringLiteral("name"),
                      QStringLiteral("organization_name")});
    const auto emailText = fields.string(QStringLiteral("email"), true, 254);
    const auto password = fields.string(QStringLiteral("password"), true, 4096, true);
    const auto name = fields.string(QStringLiteral("name"));
    const auto orgName = fields.string(QStringLiteral("organization_name"), false);
    const QString email = emailText ? normaliseEmail(*emailText) : QString();
    if (emailText && !EmailAddress::isPlausible(email)) {
        fields.invalid(QStringLiteral("email"), QStringLiteral("is not an email address"));
    }
    if (password) {
        if (const auto problem = passwordProblem(*password)) {
            fields.invalid(QStringLiteral("password"), *problem);
        }
    }
    if (!fields.hasErrors() && UserStore(m_db.connection()).credentialsByEmail(email)) {
        fields.invalid(QStringLiteral("email"), QStringLiteral("is already registered"));
    }
    if (fields.hasErrors()) {
        return fields.errorResponse();
    }

    // Without organization_name the account joins organisations through invitations only
    // (after verifying its address).
    const bool withOrganization = orgName && !orgName->trimmed().isEmpty();
    const QString passwordHash = PasswordHasher::hash(*password);
    const QString orgId =
        withOrganization ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString();
    const QString userId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<Transaction> tx;
    if (withOrganization) {
        tx.emplace(m_db.connection(), orgId);
    } else {
        tx.emplace(m_db.connection());
    }
    UserStore users(tx->db());
    if (withOrganization) {
        users.createOrganization(orgId, *orgName, now);
        ChangeCounter(tx->db()).create(orgId);
    }
    users.createUser(SessionUser{userId, email, *name, false}, passwordHash, now);
    if (withOrganization) {
        users.addMembership(orgId, userId, Role::Owner, now);
    }
    const SessionStore::Created created =
        SessionStore(tx->db()).create(userId, orgId, SessionIssuer::originOf(request));
    const MailOutbox::Message verification = EmailVerificationApi::queue(tx->db(), userId, email);
    if (withOrganization) {
        AuditEvent event =
            AuditEvent::fromRequest(request, orgId, SessionIssuer::userActor(userId, email));
        event.action = QStringLiteral("create");
        event.entityType = QStringLiteral("member");
        event.entityId = userId;
        event.summary =
            QStringLiteral("%1 signed up and created the organisation as its owner").arg(email);
        AuditLog(tx->db()).append(event);
    }
    tx->commit();
    MailOutbox(m_dataDir).deliver(verification);
    qCInfo(lcAuth).noquote() << "signed up user" << userId << "with organisation" << orgId;
    return SessionIssuer(m_db).respond(201, created);
}

HttpResponse AuthApi::signIn(HttpRequest& request)
{
    HttpResponse error;
    const auto body = parseJsonObject(request, &error);
    if (!body) {
        return error;
    }
    JsonFields fields(*body);
    const auto emailText = fields.string(QStringLiteral("email"), true, 254);
    const auto password = fields.string(QStringLiteral("password"), true, 4096, true);
    const auto totpCode = fields.string(QStringLiteral("totp_code"), false, 32);
    const auto knownClient = fields.string(QStringLiteral("known_client_token"), false, 128);
    if (fields.hasErrors()) {
        return fields.errorResponse();
    }
    const QString email = normaliseEmail(*emailText);

    const CredentialCheck::Result checked = CredentialCheck(m_db).signIn(
        email, *password, totpCode.value_or(QString()),
        SessionIssuer::credentialClient(request, knownClient.value_or(QString())));
    switch (checked.verdict) {
    case CredentialCheck::Verdict::RateLimited:
        return ApiError::rateLimited(checked.retryAfter);
    case CredentialCheck::Verdict::WrongPassword:
        return ApiError::invalidCredentials();
    case CredentialCheck::Verdict::CodeNeeded:
    case CredentialCheck::Verdict::WrongCode:
        return ApiError::twoFactorRequired();
    case CredentialCheck::Verdict::Accepted:
        break;
    }
    const QString userId = checked.userId;
    UserStore users(m_db.connection());

    // Rotation: every sign-in gets a fresh token, and a session of the same user that the
    // client still presents (cookie or bearer) is revoked, so a planted or stale session never
    // outlives a sign-in. Another user's session in a shared cookie jar is left alone.
    if (const auto previous = Authenticator(m_db).authenticate(request);
        previous && previous->userId == userId) {
        SessionStore(m_db.connection()).revoke(previous->id);
    }
    const QList<Membership> memberships = users.memberships(userId);
    const QString activeOrg =
        memberships.isEmpty() ? QString() : memberships.first().organizationId;
    std::optional<Transaction> tx;
    if (activeOrg.isEmpty()) {
        tx.emplace(m_db.connection());
    } else {
        tx.emplace(m_db.connection(), activeOrg);
    }
    const SessionStore::Created created =
        SessionStore(tx->db()).create(userId, activeOrg, SessionIssuer::originOf(request));
    // A client that signed in before keeps its token; any other gets one now.
    const QString knownClientToken = checked.knownClientId.isEmpty()
                                         ? KnownClientStore(tx->db()).issue(userId).token
                                         : knownClient.value_or(QString());
    if (!activeOrg.isEmpty()) {
        AuditEvent event =
            AuditEvent::fromRequest(request, activeOrg, SessionIssuer::userActor(userId, email));
        event.action = QStringLiteral("sign_in");
        event.entityType = QStringLiteral("session");
        event.entityId = created.session.id;
        event.summary = QStringLiteral("%1 signed in").arg(email);
        AuditLog(tx->db()).append(event);
    }
    tx->commit();
    qCInfo(lcAuth).noquote() << "signed in user" << userId << "session" << created.session.id;
    return SessionIssuer(m_db).respond(200, created, knownClientToken);
}

HttpResponse AuthApi::session(HttpRequest& request)
{
    const auto session = Authenticator(m_db).authenticate(request);
    if (!session) {
        return ApiError::unauthenticated();
    }
    const auto info = SessionIssuer(m_db).info(*session);
    if (!info) {
        return ApiError::unauthenticated();
    }
    return HttpResponse::json(200, info->toJson());
}

HttpResponse AuthApi::signOut(HttpRequest& request)
{
    const auto session = Authenticator(m_db).authenticate(request);
    if (!session) {
        return ApiError::unauthenticated();
    }
    UserStore users(m_db.connection());
    const auto user = users.user(session->userId);
    const bool audited =
        user && !session->activeOrgId.isEmpty() && users.role(session->activeOrgId, user->id);
    std::optional<Transaction> tx;
    if (audited) {
        tx.emplace(m_db.connection(), session->activeOrgId);
    } else {
        tx.emplace(m_db.connection());
    }
    SessionStore(tx->db()).revoke(session->id);
    if (audited) {
        AuditEvent event = AuditEvent::fromRequest(request, session->activeOrgId,
                                                   SessionIssuer::userActor(user->id, user->email));
        event.action = QStringLiteral("sign_out");
        event.entityType = QStringLiteral("session");
        event.entityId = session->id;
        event.summary = QStringLiteral("%1 signed out").arg(user->email);
        AuditLog(tx->db()).append(event);
    }
    tx->commit();
    qCInfo(lcAuth).noquote() << "signed out session" << session->id;
    HttpResponse response = HttpResponse::noContent();
    response.setHeader("Set-Cookie", Authenticator::clearedCookie());
    return response;
}

HttpResponse AuthApi::activeOrganization(HttpRequest& request)
{
    auto session = Authenticator(m_db).authenticate(request);
    if (!session) {
        return ApiError::unauthenticated();
    }
    HttpResponse error;
    const auto body = parseJsonObject(request, &error);
    if (!body) {
        return error;
    }
    JsonFields fields(*body);
    fields.allowOnly({QStringLiteral("organization_id")});
    const auto orgText = fields.string(QStringLiteral("organization_id"), true, 64);
    if (fields.hasErrors()) {
        return fields.errorResponse();
    }
    const auto orgId = sql::canonicalUuid(*orgText);
    if (!orgId || !UserStore(m_db.connection()).role(*orgId, session->userId)) {
        return ApiError::notFound();
    }
    SessionStore(m_db.connection()).setActiveOrganization(session->id, *orgId);
    session->activeOrgId = *orgId;
    const auto info = SessionIssuer(m_db).info(*session);
    if (!info) {
        return ApiError::unauthenticated();
    }
    return HttpResponse::json(200, info->toJson());
}

} // namespace purser::server
