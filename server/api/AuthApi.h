#pragma once

#include "server/http/Router.h"

#include <QString>

namespace purser::server {

class Database;

// Accounts and sessions (api.md, Authentication): sign-up (sends the address verification),
// sign-in (through CredentialCheck, two-factor aware, rotating the session, issuing a
// known-client token), sign-out, session, active-organization.
class AuthApi
{
public:
    static constexpr int kSignUpLimit = 5; // attempts per window per address

    AuthApi(const Database& db, QString dataDir) : m_db(db), m_dataDir(std::move(dataDir)) {}
    void registerRoutes(Router& router);

    static QString normaliseEmail(const QString& email);

private:
    HttpResponse signUp(HttpRequest& request);
    HttpResponse signIn(HttpRequest& request);
    HttpResponse session(HttpRequest& request);
    HttpResponse signOut(HttpRequest& request);
    HttpResponse activeOrganization(HttpRequest& request);

    const Database& m_db;
    QString m_dataDir;
};

} // namespace purser::server
