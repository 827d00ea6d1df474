#pragma once

#include "server/http/Router.h"

#include <QString>

namespace purser::server {

class Database;

// Accounts and sessions (api.md, Authentication): sign-up, sign-in (rate limited, two-factor
// aware, rotating the session), sign-out, session, active-organization.
class AuthApi
{
public:
    static constexpr int kSignInLimit = 5; // failed attempts per window, per address and email
    static constexpr int kSignUpLimit = 5; // attempts per window per address

    explicit AuthApi(const Database& db) : m_db(db) {}
    void registerRoutes(Router& router);

    static QString normaliseEmail(const QString& email);

private:
    HttpResponse signUp(HttpRequest& request);
    HttpResponse signIn(HttpRequest& request);
    HttpResponse session(HttpRequest& request);
    HttpResponse signOut(HttpRequest& request);
    HttpResponse activeOrganization(HttpRequest& request);

    const Database& m_db;
};

} // namespace purser::server
