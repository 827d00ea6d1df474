#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace purser::server {

// The server's Ed25519 signing keys for audit checkpoints, in DATA_DIR/keys/:
//   {key_id}.secret (0600, libsodium secret key), {key_id}.public, and `current` naming the
//   key that signs now. key_id is the first 16 hex digits of the public key's SHA-256 (core
//   AuditCheckpoint::keyIdFor). Old keys stay listed so old checkpoints still verify; a
//   future `rotate-signing-key` command calls addKey().
class SigningKeys
{
public:
    struct PublicKey
    {
        QString keyId;
        QByteArray publicKey; // 32 raw bytes
    };

    explicit SigningKeys(QString dataDir);

    // Loads the current key, creating the first one when there is none. One-line error.
    bool open(QString* error);
    // Creates a new key and makes it current. One-line error.
    bool addKey(QString* error);

    QString currentKeyId() const { return m_keyId; }
    QByteArray sign(const QByteArray& message) const; // 64-byte detached signature
    QList<PublicKey> publicKeys() const;

private:
    bool loadCurrent(QString* error);

    QString m_dir;
    QString m_keyId;
    QByteArray m_secret;
};

} // namespace purser::server
