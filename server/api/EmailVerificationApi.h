#pragma once

#include "server/http/Router.h"
#include "server/store/MailOutbox.h"

#include <QSqlDatabase>
#include <QString>

namespace purser::server {

class Database;

// Verifying an account's email address (api.md, Authentication): sign-up mails a "pv_" token
// through the outbox; POST /auth/verify-email {token} → 204 marks the address verified;
// POST /auth/verify-email/resend (signed in) → 202 mails a new one, rate limited. Until it is
// verified an account cannot accept invitations nor turn on two-factor.
class EmailVerificationApi
{
public:
    static constexpr int kResendLimit = 3; // per window, per account and per address
    static constexpr int kVerifyLimit = 5; // failed tokens per window, per address

    EmailVerificationApi(const Database& db, QString dataDir)
        : m_db(db), m_dataDir(std::move(dataDir))
    {
    }
    void registerRoutes(Router& router);

    // Creates a token for userId and records its mail inside the caller's transaction; deliver
    // the returned message after commit.
    static MailOutbox::Message queue(QSqlDatabase tx, const QString& userId, const QString& email);

private:
    HttpResponse verify(HttpRequest& request);
    HttpResponse resend(HttpRequest& request);

    const Database& m_db;
    QString m_dataDir;
};

} // namespace purser::server
