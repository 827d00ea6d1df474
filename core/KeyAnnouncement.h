#pragma once

#include "purser_core_export.h"

#include <QByteArray>
#include <QString>

namespace purser {

// The text of the signed note in which a server announces a new checkpoint signing key
// (docs/audit-log.md): "purser-signing-key/v1\n<identity>\n<verifier key of the new key>\n",
// signed by the key it replaces. A client that trusts the old key trusts the new one only
// through such a note.
struct PURSER_CORE_EXPORT KeyAnnouncement
{
    static QByteArray text(const QString& identity, const QByteArray& newPublicKey);
    // The SHA-256 of a raw public key, lowercase hex: the fingerprint users compare.
    static QString fingerprint(const QByteArray& publicKey);
    // Whether a fingerprint as a user typed it (hex, any case, ':' or ' ' allowed, at least
    // 16 digits) names publicKey.
    static bool fingerprintMatches(const QString& typed, const QByteArray& publicKey);
};

} // namespace purser
