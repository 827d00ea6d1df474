#pragma once

#include <QByteArray>
#include <QString>

namespace purser {

class SecretStore;

// This computer's Ed25519 witness key (docs/audit-log.md, "Witness cosignatures"): created
// once, on the first checkpoint it cosigns, and kept in the secret store (the OS keychain, or
// the passphrase-wrapped file where no keychain works), never in the settings or the cache.
class WitnessKey
{
public:
    static QString entryName() { return QStringLiteral("audit-witness-key"); }

    // The secret key (libsodium's 64-byte form), created and stored when there is none;
    // empty with *error when the store fails.
    static QByteArray loadOrCreate(SecretStore* secrets, QString* error);
    // The fingerprint of this computer's witness key (lowercase hex SHA-256 of the public
    // key), as loadOrCreate last saw it (kept in the settings: it is not a secret, and
    // Settings shows it without waiting for the keychain); empty before the first cosignature.
    static QString fingerprint();
    // The name on its cosignatures: "purser-witness-<first 16 digits of the fingerprint>".
    static QString witnessName(const QByteArray& secretKey);
};

} // namespace purser
