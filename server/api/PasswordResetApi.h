#pragma once

#include "server/http/Router.h"

#include <QString>

namespace purser::server {

class Database;

// Passwords (api.md, Authentication):
// POST /auth/forget-password {email} → 202 always (the reset token goes only to the outbox
// file in DATA_DIR/mail/, removed once used or expired);
// POST /auth/reset-password {token, new_password} → 204, revoking every session and known
// client of the user (the mailed token also proves the address: it becomes verified);
// POST /auth/change-password {current_password, new_password} (signed in) → 204, checked by
// CredentialCheck, revoking the user's other sessions.
class PasswordResetApi
{
public:
    static constexpr int kForgetLimit = 3; // per window, per address and per email
    static constexpr int kResetLimit = 5;  // per window, per address

    PasswordResetApi(const Database& db, const QString& dataDir) : m_db(db), m_dataDir(dataDir) {}
    void registerRoutes(Router& router);

private:
    HttpResponse forget(HttpRequest& request);
    HttpResponse reset(HttpRequest& request);
    HttpResponse change(HttpRequest& request);

    const Database& m_db;
    QString m_dataDir;
};

} // namespace purser::server
