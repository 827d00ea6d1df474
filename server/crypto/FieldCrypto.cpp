#include "server/crypto/FieldCrypto.h"

#include "server/crypto/CryptoLog.h"
#include "server/store/StoreError.h"

#include <charconv>
#include <sodium.h>

namespace purser::server {
namespace {

std::shared_ptr<FieldCrypto> g_instance;

// "purser-field|v1|org=<org>|table=<table>|id=<id>|field=<field>|version=<n>", appended part by
// part: opening a page runs this for every sealed field of every row.
QByteArray associatedData(const SealedFieldRef& ref, int version)
{
    QByteArray ad;
    ad.reserve(128);
    ad.append("purser-field|v1|org=")
        .append(ref.orgId.toUtf8())
        .append("|table=")
        .append(ref.table.toUtf8())
        .append("|id=")
        .append(ref.recordId.toUtf8())
        .append("|field=")
        .append(ref.field.toUtf8())
        .append("|version=")
        .append(QByteArray::number(version));
    return ad;
}

// An absent value is an empty plaintext under associated data of its own, so neither an
// empty string nor any ciphertext of a value can pass for "none".
QByteArray absentAssociatedData(const SealedFieldRef& ref, int version)
{
    return associatedData(ref, version) + "|absent";
}

constexpr qsizetype kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;

} // namespace

void FieldCrypto::install(std::shared_ptr<FieldCrypto> crypto)
{
    g_instance = std::move(crypto);
}

FieldCrypto& FieldCrypto::instance()
{
    if (!g_instance) {
        throw StoreError(QStringLiteral("encryption at rest is not set up"));
    }
    return *g_instance;
}

QString FieldCrypto::sealedPrefix(int keyVersion)
{
    return QStringLiteral("v1:%1:").arg(keyVersion);
}

bool FieldCrypto::isSealed(const QVariant& stored)
{
    return stored.typeId() == QMetaType::QString && stored.toString().startsWith(u"v1:");
}

int FieldCrypto::keyVersionOf(const QString& sealed)
{
    if (!sealed.startsWith(u"v1:")) {
        return 0;
    }
    const qsizetype end = sealed.indexOf(u':', 3);
    bool ok = false;
    const int version = end > 3 ? sealed.mid(3, end - 3).toInt(&ok) : 0;
    return ok && version > 0 ? version : 0;
}

QString FieldCrypto::seal(QSqlDatabase db, const SealedFieldRef& ref, const QByteArray& plaintext)
{
    return sealWith(m_keys.current(db, ref.orgId), ref, plaintext);
}

QString FieldCrypto::sealWith(const DataKeyRing::Key& key, const SealedFieldRef& ref,
                              const QByteArray& plaintext) const
{
    return encrypt(key, associatedData(ref, key.version), plaintext);
}

QString FieldCrypto::sealAbsent(QSqlDatabase db, const SealedFieldRef& ref)
{
    return sealAbsentWith(m_keys.current(db, ref.orgId), ref);
}

QString FieldCrypto::sealAbsentWith(const DataKeyRing::Key& key, const SealedFieldRef& ref) const
{
    return encrypt(key, absentAssociatedData(ref, key.version), QByteArray());
}

QString FieldCrypto::encrypt(const DataKeyRing::Key& key, const QByteArray& ad,
                             const QByteArray& plaintext) const
{
    QByteArray out(kNonce + plaintext.size() + kTag, Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, kNonce);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + kNonce, &written, reinterpret_cast<const unsigned char*>(plaintext.constData()),
        size_t(plaintext.size()), reinterpret_cast<const unsigned char*>(ad.constData()),
        size_t(ad.size()), nullptr, nonce,
        reinterpret_cast<const unsigned char*>(key.bytes.constData()));
    return sealedPrefix(key.version) + QString::fromLatin1(out.toBase64());
}

FieldCrypto::Opened FieldCrypto::integrityError(const SealedFieldRef& ref,
                                                const QString& what) const
{
    Opened result;
    result.integrityError = true;
    qCCritical(lcCrypto).noquote()
        << QStringLiteral("integrity error: %1.%2 of record %3 in organisation %4 %5; the field "
                          "is left out of the answer")
               .arg(ref.table, ref.field, ref.recordId, ref.orgId, what);
    return result;
}

namespace {

bool decrypt(const QByteArray& sealed, const QByteArray& ad, const QByteArray& key,
             QByteArray* plain)
{
    plain->resize(sealed.size() - kNonce - kTag);
    unsigned long long length = 0;
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData());
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain->data()), &length, nullptr, nonce + kNonce,
            size_t(sealed.size() - kNonce), reinterpret_cast<const unsigned char*>(ad.constData()),
            size_t(ad.size()), nonce,
            reinterpret_cast<const unsigned char*>(key.constData())) != 0) {
        return false;
    }
    plain->truncate(qsizetype(length));
    return true;
}

} // namespace

FieldCrypto::Opened FieldCrypto::open(QSqlDatabase db, const SealedFieldRef& ref,
                                      const QVariant& stored)
{
    if (stored.isNull()) {
        return openStored(std::move(db), ref, std::nullopt);
    }
    const QByteArray utf8 = stored.toString().toUtf8();
    return openStored(std::move(db), ref, QByteArrayView(utf8));
}

FieldCrypto::Opened FieldCrypto::openStored(QSqlDatabase db, const SealedFieldRef& ref,
                                            std::optional<QByteArrayView> stored)
{
    Opened result;
    if (!stored || !stored->startsWith("v1:")) {
        if (m_strict) {
            // Never adopt what someone wrote around the server: not an envelope, not genuine.
            return integrityError(ref, !stored ? QStringLiteral("is NULL, not sealed")
                                               : QStringLiteral("is not sealed"));
        }
        if (stored) {
            // Written before encryption at rest; the start-up sweep seals it.
            result.value = stored->toByteArray();
            result.wasPlaintext = true;
        }
        return result;
    }
    // "v1:<version>:<base64>"
    const qsizetype colon = stored->indexOf(':', 3);
    int version = 0;
    if (colon > 3) {
        const auto [end, error] =
            std::from_chars(stored->data() + 3, stored->data() + colon, version);
        if (error != std::errc() || end != stored->data() + colon || version < 0) {
            version = 0;
        }
    }
    const QByteArrayView encoded = colon > 3 ? stored->sliced(colon + 1) : QByteArrayView();
    // Strict standard base64 as encrypt() writes it (libsodium's decoder: Qt's lenient one
    // was a tenth of a page's time); anything else does not open.
    QByteArray sealed(encoded.size() * 3 / 4 + 3, Qt::Uninitialized);
    size_t decoded = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(sealed.data()), size_t(sealed.size()),
                          encoded.data(), size_t(encoded.size()), nullptr, &decoded, nullptr,
                          sodium_base64_VARIANT_ORIGINAL) != 0) {
        decoded = 0;
    }
    sealed.truncate(qsizetype(decoded));
    std::optional<QByteArray> key;
    if (version > 0 && sealed.size() >= kNonce + kTag) {
        key = m_keys.forVersion(db, ref.orgId, version);
    }
    if (key) {
        QByteArray plain;
        if (decrypt(sealed, associatedData(ref, version), *key, &plain)) {
            result.value = plain;
            return result;
        }
        if (sealed.size() == kNonce + kTag &&
            decrypt(sealed, absentAssociatedData(ref, version), *key, &plain)) {
            return result; // a sealed "none"
        }
    }
    return integrityError(ref, QStringLiteral("does not decrypt (moved, altered, or its key "
                                              "version %1 is gone)")
                                   .arg(version));
}

} // namespace purser::server
