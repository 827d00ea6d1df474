#pragma once

#include "server/http/Router.h"

#include <QString>

namespace purser::server {

class Database;

// POST /auth/forget-password {email} → 202 always (the reset token goes to the mail outbox:
// table mail_outbox and DATA_DIR/mail/, one file per message) and
// POST /auth/reset-password {token, new_password} → 204, revoking every session of the user.
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

    const Database& m_db;
    QString m_dataDir;
};

} // namespace purser::server
