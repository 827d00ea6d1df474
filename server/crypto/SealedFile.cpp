#include "server/crypto/SealedFile.h"

#include <sodium.h>

namespace purser::server {
namespace {

constexpr qsizetype kKey = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr qsizetype kFileNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kFileTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
const QByteArray kMagic = QByteArrayLiteral("PSF1");

QByteArray fileAssociatedData(const QString& orgId, const QString& recordId)
{
    return QStringLiteral("purser-file|v1|org=%1|record=%2").arg(orgId, recordId).toUtf8();
}

} // namespace

QByteArray SealedFile::newKey()
{
    QByteArray key(kKey, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    return key;
}

bool SealedFile::looksSealed(const QByteArray& bytes)
{
    return bytes.startsWith(kMagic) && bytes.size() >= kMagic.size() + kFileNonce + kFileTag;
}

QByteArray SealedFile::seal(const QByteArray& key, const QString& orgId, const QString& recordId,
                            const QByteArray& plaintext)
{
    const QByteArray ad = fileAssociatedData(orgId, recordId);
    QByteArray out(kMagic.size() + kFileNonce + plaintext.size() + kFileTag, Qt::Uninitialized);
    std::copy(kMagic.begin(), kMagic.end(), out.begin());
    auto* nonce = reinterpret_cast<unsigned char*>(out.data() + kMagic.size());
    randombytes_buf(nonce, kFileNonce);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + kFileNonce, &written, reinterpret_cast<const unsigned char*>(plaintext.constData()),
        size_t(plaintext.size()), reinterpret_cast<const unsigned char*>(ad.constData()),
        size_t(ad.size()), nullptr, nonce, reinterpret_cast<const unsigned char*>(key.constData()));
    return out;
}

std::optional<QByteArray> SealedFile::open(const QByteArray& key, const QString& orgId,
                                           const QString& recordId, const QByteArray& sealed)
{
    if (key.size() != kKey || !looksSealed(sealed)) {
        return std::nullopt;
    }
    const QByteArray ad = fileAssociatedData(orgId, recordId);
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData() + kMagic.size());
    const qsizetype cipherSize = sealed.size() - kMagic.size() - kFileNonce;
    QByteArray plain(cipherSize - kFileTag, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &length, nullptr, nonce + kFileNonce,
            size_t(cipherSize), reinterpret_cast<const unsigned char*>(ad.constData()),
            size_t(ad.size()), nonce,
            reinterpret_cast<const unsigned char*>(key.constData())) != 0) {
        return std::nullopt;
    }
    plain.truncate(qsizetype(length));
    return plain;
}

} // namespace purser::server
