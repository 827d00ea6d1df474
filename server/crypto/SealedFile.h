#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace purser::server {

// A file sealed under a key of its own (receipts: medical bills among them). The file key is
// 32 random bytes, kept only sealed under the organisation's data key in the file's database
// row (a sealed column, so data key rotation re-seals it without touching the file). On disk:
// "PSF1" || nonce || XChaCha20-Poly1305 ciphertext, associated data naming the organisation
// and the record, so a file moved to another record does not open.
class SealedFile
{
public:
    static QByteArray newKey();
    static QByteArray seal(const QByteArray& key, const QString& orgId, const QString& recordId,
                           const QByteArray& plaintext);
    // nullopt when the bytes are not a sealed file or fail their integrity check.
    static std::optional<QByteArray> open(const QByteArray& key, const QString& orgId,
                                          const QString& recordId, const QByteArray& sealed);
    static bool looksSealed(const QByteArray& bytes);
};

} // namespace purser::server
