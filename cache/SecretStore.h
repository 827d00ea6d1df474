#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace purser {

// Where the client keeps its secrets (session token, cache key). The one OS-specific bit of
// the cache, behind one small interface: the OS keychain (KeychainSecretStore) or, where no
// keychain works, a file wrapped with a passphrase (PassphraseSecretStore). Never plaintext.
// Calls are synchronous; they block briefly on the keychain.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // Plain words for the user: "the system keychain", "your Purser passphrase".
    virtual QString description() const = 0;
    // nullopt with an empty error: there is no such entry. nullopt with an error: the store
    // failed (the error says why, in plain words).
    virtual std::optional<QByteArray> read(const QString& name, QString* error) = 0;
    virtual bool write(const QString& name, const QByteArray& value, QString* error) = 0;
    // Removing what is not there succeeds.
    virtual bool remove(const QString& name, QString* error) = 0;
};

} // namespace purser
