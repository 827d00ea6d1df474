#pragma once

#include <QList>
#include <QString>

namespace purser::server {

class Database;

// The one place where a password or a second factor is checked: sign-in, and every check
// behind a session (two-factor enable, verify and disable, change password). Each check
// first takes a slot in the budgets of 5 failures per 15 minutes, then checks, and gives the
// slots back when it succeeds, so parallel guessing gets exactly 5 verdicts.
//
// Budgets: a client that presents a known-client token of the account (KnownClientStore)
// draws only on that known client's budget; every other attempt draws on the client
// address's budget and the account's (normalised email) budget. So strangers can exhaust the
// account's budget for unknown clients, never the budget of a client that signed in before.
class CredentialCheck
{
public:
    static constexpr int kFailureLimit = 5;

    enum class Verdict
    {
        Accepted,
        WrongPassword, // also: no such account (same cost, same answer)
        CodeNeeded,    // password right, the account has two-factor and no code was sent
        WrongCode,     // password right (or not asked), the code is wrong or used
        RateLimited,
    };
    struct Client
    {
        QString address;          // rate-limit key (trusted proxies applied)
        QString knownClientToken; // "pc_..." or empty
        QString requestId;        // for the log
    };
    struct Result
    {
        Verdict verdict = Verdict::WrongPassword;
        qint64 retryAfter = 0; // seconds, when RateLimited
        QString userId;
        QString knownClientId; // the presented known client, when it is one of this account
        qint64 totpStep = 0;   // pendingCode(): the step that matched
        bool accepted() const { return verdict == Verdict::Accepted; }
    };

    explicit CredentialCheck(const Database& db) : m_db(db) {}

    // email is normalised; code may be empty.
    Result signIn(const QString& email, const QString& password, const QString& code,
                  const Client& client);
    // The signed-in user's own password (and second factor when code is given).
    Result password(const QString& userId, const QString& password, const Client& client);
    Result passwordAndCode(const QString& userId, const QString& password, const QString& code,
                           const Client& client);
    // A code of the user's pending (not yet verified) two-factor secret.
    Result pendingCode(const QString& userId, const QString& code, const Client& client);

private:
    struct Budget;
    Budget take(const QString& email, const QString& knownClientId, const Client& client);
    void giveBack(const Budget& budget);
    Result check(const QString& userId, const QString& email, const QString& passwordHash,
                 const QString* password, const QString* code, const Client& client);

    const Database& m_db;
};

} // namespace purser::server
