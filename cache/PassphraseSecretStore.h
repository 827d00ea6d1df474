#pragma once

#include "cache/SecretStore.h"

#include <QJsonObject>

namespace purser {

// SecretStore for a machine without a working keychain: every value is sealed with
// crypto_secretbox (XSalsa20-Poly1305) under a key derived from the user's passphrase with
// Argon2id (crypto_pwhash), and kept in one JSON file in the app-data folder (mode 0600).
// The passphrase itself is never stored. unlock() must succeed before read/write.
class PassphraseSecretStore : public SecretStore
{
public:
    explicit PassphraseSecretStore(QString filePath);
    ~PassphraseSecretStore() override;
    PassphraseSecretStore(const PassphraseSecretStore&) = delete;
    PassphraseSecretStore& operator=(const PassphraseSecretStore&) = delete;

    static QString defaultFilePath(); // <AppDataLocation>/secrets.json

    bool exists() const;
    // Creates the file on first use (the passphrase chosen now); later checks the passphrase.
    // A wrong passphrase fails with a plain-words error and unlocks nothing.
    bool unlock(const QString& passphrase, QString* error);
    bool isUnlocked() const { return !m_key.isEmpty(); }

    QString description() const override;
    std::optional<QByteArray> read(const QString& name, QString* error) override;
    bool write(const QString& name, const QByteArray& value, QString* error) override;
    bool remove(const QString& name, QString* error) override;

private:
    bool load(QString* error);
    bool save(QString* error);
    QJsonObject seal(const QByteArray& plain) const;
    std::optional<QByteArray> open(const QJsonObject& sealed) const;

    QString m_path;
    QJsonObject m_file;
    QByteArray m_key; // derived key, wiped on destruction
};

} // namespace purser
