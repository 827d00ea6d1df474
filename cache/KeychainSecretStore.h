#pragma once

#include "cache/SecretStore.h"

namespace purser {

// SecretStore over QtKeychain: Secret Service or KWallet on Linux, the macOS Keychain, the
// Windows Credential Manager. Values are stored as text (secrets here are hex or tokens).
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Purser"));

    // True when the keychain answers at all; otherwise why not, in plain words.
    static bool isAvailable(QString* why = nullptr,
                            const QString& service = QStringLiteral("Purser"));

    QString description() const override;
    std::optional<QByteArray> read(const QString& name, QString* error) override;
    bool write(const QString& name, const QByteArray& value, QString* error) override;
    bool remove(const QString& name, QString* error) override;

private:
    QString m_service;
};

} // namespace purser
