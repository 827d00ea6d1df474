#pragma once

#include "core/SignedNote.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace purser::server {

// The server's Ed25519 signing keys for audit checkpoints, in DATA_DIR/keys/:
//   {key_id}.secret (0600, libsodium secret key), {key_id}.public, and `current` naming the
//   key that signs now. key_id is the first 16 hex digits of the public key's SHA-256 (core
//   AuditCheckpoint::keyIdFor). Old keys stay listed so old checkpoints still verify;
//   `rotate-signing-key` calls addKey(), which also writes {key_id}.announcement: a signed note
//   naming the new key, signed by the key it replaces, so a client that trusts one key can
//   follow rotations. `identity` holds the server's log identity (the host name at first
//   start), the key name of its signed notes and the first half of every checkpoint origin.
class SigningKeys
{
public:
    struct PublicKey
    {
        QString keyId;
        QByteArray publicKey; // 32 raw bytes
        QString announcement; // signed note by the previous key; empty for the first key
    };

    // The text of the note that announces a new key (docs/audit-log.md).
    static QByteArray announcementText(const QString& identity, const QByteArray& publicKey);

    explicit SigningKeys(QString dataDir);

    // Loads the current key, creating the first one when there is none. One-line error.
    bool open(QString* error);
    // Creates a new key and makes it current. One-line error.
    bool addKey(QString* error);

    QString currentKeyId() const { return m_keyId; }
    QByteArray sign(const QByteArray& message) const; // 64-byte detached signature
    QString identity() const { return m_identity; }
    QByteArray currentPublicKey() const;
    // Signs a note's text with the current key under the server's identity.
    SignedNote signNote(const QByteArray& text) const;
    QList<PublicKey> publicKeys() const;

private:
    bool loadCurrent(QString* error);

    QString m_dir;
    bool loadIdentity(QString* error);

    QString m_keyId;
    QByteArray m_secret;
    QString m_identity;
};

} // namespace purser::server
