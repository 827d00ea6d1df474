#pragma once

#include "purser_core_export.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace purser {

// A witness's cosignature on an audit checkpoint, in the C2SP tlog-cosignature (v1) format
// (docs/audit-log.md, "Witness cosignatures"): the witness signs with Ed25519
//   "cosignature/v1\ntime <timestamp>\n" || <checkpoint body>
// and the signature line is "— <witness name> base64(key hash || timestamp || signature)",
// key hash = the first 4 bytes of SHA-256(name || "\n" || 0x04 || public key), timestamp = 8
// bytes big-endian seconds since 1970. It is an extra signature line on the checkpoint note.
struct PURSER_CORE_EXPORT WitnessCosignature
{
    QString witnessName;
    QByteArray publicKey; // 32 raw bytes
    quint64 timestamp = 0;
    QByteArray signature; // 64 bytes

    // A new Ed25519 witness key in libsodium's 64-byte form (empty if libsodium fails).
    static QByteArray newSecretKey();
    static quint32 keyHash(const QString& witnessName, const QByteArray& publicKey);
    // Purser's name for the witness of publicKey: "purser-witness-" and the first 16 hex
    // digits of its fingerprint. A cosignature under such a name must be by that key.
    static QString nameFor(const QByteArray& publicKey);
    static QByteArray signedMessage(const QByteArray& checkpointText, quint64 timestamp);
    // Cosigns with secretKey (libsodium's 64-byte form; the public key is its second half).
    static WitnessCosignature make(const QString& witnessName, const QByteArray& secretKey,
                                   const QByteArray& checkpointText, quint64 timestamp);
    // Parses a signature line of publicKey's witness; nullopt and the reason when it is not
    // one (malformed, wrong length, a key hash that does not name publicKey, a Purser witness
    // name made for another key).
    static std::optional<WitnessCosignature>
    parseLine(const QByteArray& line, const QByteArray& publicKey, QString* reason);
    QByteArray line() const; // with its newline
    bool verifies(const QByteArray& checkpointText) const;
    QString fingerprint() const; // of the public key (KeyAnnouncement::fingerprint)
};

} // namespace purser
