#include "server/api/OrgContext.h"

#include "server/Logging.h"
#include "server/api/ApiError.h"
#include "server/auth/Authenticator.h"
#include "server/auth/CallerLookup.h"
#include "server/store/Database.h"
#include "server/store/OrgSettingsStore.h"
#include "server/store/SqlValues.h"
#include "server/store/UserStore.h"

namespace purser::server {
namespace {

// The organisation's "require two-factor" policy, for a member's session or for the member an
// API key acts for: a key must not be a way around the policy its creator is held to.
bool failsTwoFactorPolicy(bool required, const SessionUser& user, HttpResponse* error)
{
    if (required && !user.twoFactorEnabled) {
        *error = ApiError::forbidden(
            QStringLiteral("This organisation requires two-factor authentication. Turn it on "
                           "for your account, then try again."),
            {{QStringLiteral("reason"), QStringLiteral("two_factor_required")}});
        return true;
    }
    return false;
}

bool failsTwoFactorPolicy(const Database& db, const QString& orgId, const SessionUser& user,
                          HttpResponse* error)
{
    const auto settings = OrgSettingsStore(db.connection()).load(orgId);
    return failsTwoFactorPolicy(settings && settings->requireTwoFactor, user, error);
}

// A session caller: the session, role, user and policy in one statement (CallerLookup).
std::optional<OrgContext> resolveSessionCaller(const Database& db, const HttpRequest& request,
                                               const QString& token, const QString& orgId,
                                               HttpResponse* error)
{
    const auto caller = CallerLookup(db.connection()).bySessionToken(token, orgId);
    if (!caller) {
        qCInfo(lcAuth).noquote() << (QStringLiteral("rejected a session token, request_id=") +
                                     request.requestId);
        *error = ApiError::unauthenticated();
        return std::nullopt;
    }
    if (!caller->role) {
        *error = ApiError::notFound();
        return std::nullopt;
    }
    if (!caller->user) {
        *error = ApiError::unauthenticated();
        return std::nullopt;
    }
    OrgContext context;
    context.orgId = orgId;
    context.session = caller->session;
    context.role = *caller->role;
    context.actor = AuditActor{QStringLiteral("user"), caller->user->id, caller->user->email};
    if (failsTwoFactorPolicy(caller->organisationRequiresTwoFactor, *caller->user, error)) {
        return std::nullopt;
    }
    return context;
}

std::optional<OrgContext> resolveCaller(const Database& db, const HttpRequest& request,
                                        HttpResponse* error)
{
    const auto token = Authenticator::presentedToken(request);
    const auto canonicalOrg = sql::canonicalUuid(request.pathParam(QStringLiteral("org")));
    if (token && canonicalOrg && token->startsWith(u"ps_")) {
        return resolveSessionCaller(db, request, *token, *canonicalOrg, error);
    }
    const auto principal = Authenticator(db).authenticatePrincipal(request);
    if (!principal) {
        *error = ApiError::unauthenticated();
        return std::nullopt;
    }
    const auto orgId = sql::canonicalUuid(request.pathParam(QStringLiteral("org")));
    if (!orgId) {
        *error = ApiError::notFound();
        return std::nullopt;
    }
    OrgContext context;
    context.orgId = *orgId;
    if (principal->apiKey) {
        if (principal->apiKey->orgId != *orgId) {
            *error = ApiError::notFound();
            return std::nullopt;
        }
        // A key acts for the member who created it (findLive checked that they still may
        // manage keys here): four eyes and "own" records are about that person.
        const ApiKeyStore::Key& key = *principal->apiKey;
        const auto creator = UserStore(db.connection()).user(key.createdBy);
        if (!creator) {
            *error = ApiError::unauthenticated();
            return std::nullopt;
        }
        if (failsTwoFactorPolicy(db, *orgId, *creator, error)) {
            return std::nullopt;
        }
        context.apiKeyId = key.id;
        context.role = key.role;
        context.keyCreatorRole = key.creatorRole;
        context.session.userId = key.createdBy;
        context.actor =
            AuditActor{QStringLiteral("api_key"), key.id, key.actorDisplay(creator->email)};
        return context;
    }
    context.session = *principal->session;
    UserStore users(db.connection());
    const auto role = users.role(*orgId, context.session.userId);
    if (!role) {
        *error = ApiError::notFound();
        return std::nullopt;
    }
    context.role = *role;
    const auto user = users.user(context.session.userId);
    if (!user) {
        *error = ApiError::unauthenticated();
        return std::nullopt;
    }
    context.actor = AuditActor{QStringLiteral("user"), user->id, user->email};
    if (failsTwoFactorPolicy(db, *orgId, *user, error)) {
        return std::nullopt;
    }
    return context;
}

} // namespace

AuditEvent OrgContext::auditEvent(const HttpRequest& request) const
{
    return AuditEvent::fromRequest(request, orgId, actor);
}

std::optional<OrgContext> OrgContext::resolveMember(const Database& db, const HttpRequest& request,
                                                    HttpResponse* error)
{
    auto context = resolveCaller(db, request, error);
    if (context) {
        context->access = Access::All;
    }
    return context;
}

std::optional<OrgContext> OrgContext::resolve(const Database& db, const HttpRequest& request,
                                              Permission permission, HttpResponse* error)
{
    auto context = resolveCaller(db, request, error);
    if (!context) {
        return std::nullopt;
    }
    context->access = purser::access(context->role, permission);
    if (context->isApiKey() &&
        purser::access(context->keyCreatorRole, permission) == Access::None) {
        // An admin's finance-role key must not mark anything paid: admins cannot.
        context->access = Access::None;
    }
    if (context->access == Access::None) {
        *error = ApiError::forbidden();
        return std::nullopt;
    }
    return context;
}

} // namespace purser::server
