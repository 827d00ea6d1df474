#pragma once

#include "purser_core_export.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace purser {

// A signed audit-log checkpoint (api.md, Audit log): Ed25519 over the line
// `purser-audit-checkpoint\n{org}\n{seq}\n{hash}\n{signed_at}`. The server signs it; the
// client and any auditor tool verify it with this one function, so both agree on the bytes.
struct PURSER_CORE_EXPORT AuditCheckpoint
{
    QString orgId;
    qint64 seq = 0;
    QString hash;
    QString signedAt;     // RFC 3339, exactly as served
    QString keyId;        // the signing key's fingerprint
    QByteArray signature; // 64 raw bytes

    // The exact bytes that are signed.
    QByteArray signedMessage() const;

    // {seq, hash, signed_at, key_id, signature (base64)}; the org comes from the request path.
    static AuditCheckpoint fromJson(const QString& orgId, const QJsonObject& object);
    QJsonObject toJson() const;

    // The key id for a raw 32-byte Ed25519 public key: the first 16 hex digits of its SHA-256.
    static QString keyIdFor(const QByteArray& publicKey);

    // True when the signature is a valid Ed25519 signature by publicKey (32 raw bytes) over
    // signedMessage() and keyId names that key.
    bool verify(const QByteArray& publicKey) const;
};

} // namespace purser
