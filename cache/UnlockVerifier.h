#pragma once

#include <QString>

namespace purser {

class SecretStore;

// What lets a locked window be unlocked offline without keeping the password anywhere: an
// Argon2id hash of it (libsodium crypto_pwhash_str, random salt), kept in the SecretStore
// beside the session token. Written after every sign-in, password change and online unlock.
class UnlockVerifier
{
public:
    enum class Verdict
    {
        Right,
        Wrong,
        Unknown, // no verifier stored (or the store failed): offline unlock is not possible
    };

    // secrets is not owned; account names the entry (one per server and user).
    UnlockVerifier(SecretStore* secrets, const QString& account);

    static QString entryName(const QString& account);
    bool remember(const QString& password);
    Verdict check(const QString& password) const;
    bool forget();

private:
    SecretStore* m_secrets;
    QString m_name;
};

} // namespace purser
