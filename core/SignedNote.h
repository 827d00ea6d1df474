#pragma once

#include "purser_core_export.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace purser {

// A C2SP signed note: UTF-8 text of newline-terminated lines, a blank line, then one or more
// signature lines "— <key name> <base64(4-byte key hash || signature)>". Only Ed25519 keys
// (signature type 0x01) are made and verified here; signatures by other keys are kept and
// ignored. The key hash is the first 4 bytes of SHA-256(name || "\n" || 0x01 || public key).
struct PURSER_CORE_EXPORT SignedNote
{
    struct Signature
    {
        QString keyName;
        quint32 keyHash = 0;
        QByteArray signature; // the bytes after the key hash
    };

    static constexpr qsizetype kMaxSize = 64 * 1024;
    // Every signature line (and a cosignature's) starts with U+2014 EM DASH and a space.
    static QByteArray signatureLineStart() { return QByteArrayLiteral("\xE2\x80\x94 "); }

    QByteArray text; // the signed bytes: every line with its newline
    QList<Signature> signatures;

    // nullopt and the reason (which line, what is wrong) for anything malformed.
    static std::optional<SignedNote> parse(const QByteArray& note, QString* reason);
    QByteArray serialize() const;

    static quint32 keyHash(const QString& keyName, const QByteArray& publicKey);
    // "<name>+<8 hex key hash>+<base64(0x01 || public key)>", the verifier key string.
    static QString verifierKey(const QString& keyName, const QByteArray& publicKey);
    // Parses a verifier key; false when malformed or its hash does not match.
    static bool parseVerifierKey(const QString& vkey, QString* keyName, QByteArray* publicKey);

    // Adds an Ed25519 signature by secretKey (libsodium's 64-byte form) under keyName.
    void sign(const QString& keyName, const QByteArray& secretKey);
    // True when a signature line names keyName with the key hash of publicKey and verifies.
    bool verifiedBy(const QString& keyName, const QByteArray& publicKey) const;
};

} // namespace purser
