#include "server/auth/CredentialCheck.h"

#include "server/Logging.h"
#include "server/auth/KnownClientStore.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/RateLimiter.h"
#include "server/auth/Totp.h"
#include "server/store/Database.h"
#include "server/store/TwoFactorStore.h"
#include "server/store/UserStore.h"

#include <QDateTime>
#include <QStringList>

namespace purser::server {

struct CredentialCheck::Budget
{
    QList<RateLimiter::Slot> slots;
    qint64 retryAfter = 0; // > 0: refused
};

CredentialCheck::Budget CredentialCheck::take(const QString& email, const QString& knownClientId,
                                              const Client& client)
{
    QStringList buckets;
    if (!knownClientId.isEmpty()) {
        buckets << QStringLiteral("credentials:client:") + knownClientId;
    } else {
        buckets << QStringLiteral("credentials:ip:") + client.address
                << QStringLiteral("credentials:account:") + email;
    }
    RateLimiter limiter(m_db.connection());
    Budget budget;
    for (const QString& bucket : std::as_const(buckets)) {
        const RateLimiter::Slot slot = limiter.acquire(bucket, kFailureLimit);
        if (!slot.granted) {
            giveBack(budget);
            budget.slots.clear();
            budget.retryAfter = slot.retryAfter;
            return budget;
        }
        budget.slots.append(slot);
    }
    return budget;
}

void CredentialCheck::giveBack(const Budget& budget)
{
    RateLimiter limiter(m_db.connection());
    for (const RateLimiter::Slot& slot : budget.slots) {
        limiter.release(slot);
    }
}

CredentialCheck::Result CredentialCheck::check(const QString& userId, const QString& email,
                                               const QString& passwordHash, const QString* password,
                                               const QString* code, const Client& client)
{
    Result result;
    result.userId = userId;
    if (!userId.isEmpty() && !client.knownClientToken.isEmpty()) {
        if (const auto known =
                KnownClientStore(m_db.connection()).find(userId, client.knownClientToken)) {
            result.knownClientId = *known;
        }
    }
    const Budget budget = take(email, result.knownClientId, client);
    if (budget.retryAfter > 0) {
        result.verdict = Verdict::RateLimited;
        result.retryAfter = budget.retryAfter;
        return result;
    }
    const QString requestId = QStringLiteral("request_id=") + client.requestId;
    if (password) {
        if (userId.isEmpty()) {
            PasswordHasher::dummyVerify(*password); // an unknown email costs the same
            qCInfo(lcAuth).noquote() << "credential check failed (no such account)" << requestId;
            result.verdict = Verdict::WrongPassword;
            return result;
        }
        if (!PasswordHasher::verify(passwordHash, *password)) {
            qCInfo(lcAuth).noquote()
                << "credential check failed (wrong password) for user" << userId << requestId;
            result.verdict = Verdict::WrongPassword;
            return result;
        }
    }
    if (code) {
        TwoFactorStore twoFactor(m_db.connection());
        bool matched = false;
        if (!password) { // a code of the pending secret (two-factor verify)
            const auto secret = twoFactor.pendingSecret(userId);
            const auto step = secret ? Totp::matchingStep(*secret, code->trimmed(),
                                                          QDateTime::currentSecsSinceEpoch())
                                     : std::nullopt;
            matched = step.has_value();
            result.totpStep = step.value_or(0);
        } else if (const auto secret = twoFactor.activeSecret(userId)) {
            if (code->isEmpty()) {
                // The password was right and no code was guessed: not a failed attempt.
                giveBack(budget);
                result.verdict = Verdict::CodeNeeded;
                return result;
            }
            matched = twoFactor.acceptCode(userId, *secret, *code);
        } else {
            matched = true; // no second factor on this account
        }
        if (!matched) {
            qCInfo(lcAuth).noquote() << "credential check failed (wrong two-factor code) for user"
                                     << userId << requestId;
            result.verdict = Verdict::WrongCode;
            return result;
        }
    }
    giveBack(budget);
    if (!result.knownClientId.isEmpty()) {
        KnownClientStore(m_db.connection()).touch(result.knownClientId);
    }
    result.verdict = Verdict::Accepted;
    return result;
}

CredentialCheck::Result CredentialCheck::signIn(const QString& email, const QString& password,
                                                const QString& code, const Client& client)
{
    const auto credentials = UserStore(m_db.connection()).credentialsByEmail(email);
    return check(credentials ? credentials->userId : QString(), email,
                 credentials ? credentials->passwordHash : QString(), &password, &code, client);
}

CredentialCheck::Result CredentialCheck::password(const QString& userId, const QString& password,
                                                  const Client& client)
{
    UserStore users(m_db.connection());
    const auto user = users.user(userId);
    const auto credentials = user ? users.credentialsByEmail(user->email) : std::nullopt;
    return check(credentials ? userId : QString(), user ? user->email : userId,
                 credentials ? credentials->passwordHash : QString(), &password, nullptr, client);
}

CredentialCheck::Result CredentialCheck::passwordAndCode(const QString& userId,
                                                         const QString& password,
                                                         const QString& code, const Client& client)
{
    UserStore users(m_db.connection());
    const auto user = users.user(userId);
    const auto credentials = user ? users.credentialsByEmail(user->email) : std::nullopt;
    return check(credentials ? userId : QString(), user ? user->email : userId,
                 credentials ? credentials->passwordHash : QString(), &password, &code, client);
}

CredentialCheck::Result CredentialCheck::pendingCode(const QString& userId, const QString& code,
                                                     const Client& client)
{
    const auto user = UserStore(m_db.connection()).user(userId);
    return check(userId, user ? user->email : userId, QString(), nullptr, &code, client);
}

} // namespace purser::server
