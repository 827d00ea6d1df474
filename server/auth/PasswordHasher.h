#pragma once

#include <QString>

namespace purser::server {

// Argon2id password hashes (libsodium crypto_pwhash_str, INTERACTIVE limits). Each hash has
// its own random salt.
class PasswordHasher
{
public:
    static QString hash(const QString& password);
    static bool verify(const QString& hash, const QString& password);
    // Costs the same as verify() against a real hash; used for unknown emails so the answer
    // time does not tell whether an account exists.
    static void dummyVerify(const QString& password);
    // Computes dummyVerify()'s hash ahead, so even the first unknown email costs the same.
    static void prepareDummy();
};

} // namespace purser::server
