#include "core/WitnessCosignature.h"

#include "core/FailureReason.h"
#include "core/KeyAnnouncement.h"
#include "core/SignedNote.h"

#include <QCryptographicHash>
#include <QList>
#include <QtEndian>
#include <sodium.h>

namespace purser {

namespace {

QString namePrefix()
{
    return QStringLiteral("purser-witness-");
}

} // namespace
namespace {

constexpr qsizetype kPayload = 4 + 8 + crypto_sign_BYTES;

bool validName(const QByteArray& name)
{
    if (name.isEmpty() || name.size() > 256 || QString::fromUtf8(name).toUtf8() != name) {
        return false;
    }
    // Printable ASCII only (stricter than C2SP's "no Unicode spaces"): a witness name is shown
    // to people, and bidi controls, zero-width or lookalike letters would let one witness pass
    // for another there. The fingerprint stays what identifies a witness.
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7F || c == '+') {
            return false;
        }
    }
    return true;
}

} // namespace

QByteArray WitnessCosignature::newSecretKey()
{
    if (sodium_init() < 0) {
        return {};
    }
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
                        reinterpret_cast<unsigned char*>(secretKey.data()));
    return secretKey;
}

QString WitnessCosignature::nameFor(const QByteArray& publicKey)
{
    return namePrefix() + KeyAnnouncement::fingerprint(publicKey).left(16);
}

quint32 WitnessCosignature::keyHash(const QString& witnessName, const QByteArray& publicKey)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(witnessName.toUtf8());
    hash.addData(QByteArrayView("\n\x04", 2));
    hash.addData(publicKey);
    return qFromBigEndian<quint32>(hash.result().constData());
}

QByteArray WitnessCosignature::signedMessage(const QByteArray& checkpointText, quint64 timestamp)
{
    return QByteArrayLiteral("cosignature/v1\ntime ") + QByteArray::number(timestamp) + '\n' +
           checkpointText;
}

WitnessCosignature WitnessCosignature::make(const QString& witnessName, const QByteArray& secretKey,
                                            const QByteArray& checkpointText, quint64 timestamp)
{
    WitnessCosignature cosignature;
    cosignature.witnessName = witnessName;
    cosignature.timestamp = timestamp;
    if (sodium_init() < 0 || secretKey.size() != crypto_sign_SECRETKEYBYTES) {
        return cosignature;
    }
    cosignature.publicKey = secretKey.mid(crypto_sign_SECRETKEYBYTES - crypto_sign_PUBLICKEYBYTES);
    const QByteArray message = signedMessage(checkpointText, timestamp);
    cosignature.signature = QByteArray(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(cosignature.signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char*>(secretKey.constData()));
    return cosignature;
}

std::optional<WitnessCosignature>
WitnessCosignature::parseLine(const QByteArray& line, const QByteArray& publicKey, QString* reason)
{
    QByteArray text = line;
    if (text.endsWith('\n')) {
        text.chop(1);
    }
    if (!text.startsWith(SignedNote::signatureLineStart())) {
        failWith(reason, QStringLiteral("the cosignature does not start with \"— \""));
        return std::nullopt;
    }
    const QList<QByteArray> parts = text.mid(SignedNote::signatureLineStart().size()).split(' ');
    if (parts.size() != 2 || !validName(parts.at(0))) {
        failWith(reason, QStringLiteral("the cosignature is not \"— <witness name> <signature>\""));
        return std::nullopt;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(parts.at(1), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != parts.at(1) ||
        decoded.decoded.size() != kPayload) {
        failWith(reason, QStringLiteral("the cosignature is not base64 of a key hash, a timestamp "
                                        "and an Ed25519 signature (76 bytes)"));
        return std::nullopt;
    }
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES) {
        failWith(reason, QStringLiteral("the witness public key is not 32 bytes"));
        return std::nullopt;
    }
    WitnessCosignature cosignature;
    cosignature.witnessName = QString::fromUtf8(parts.at(0));
    cosignature.publicKey = publicKey;
    if (cosignature.witnessName.startsWith(namePrefix()) &&
        cosignature.witnessName != nameFor(publicKey)) {
        // Else a key of one's own could pass for another auditor's witness by its name.
        failWith(reason, QStringLiteral("the witness name %1 belongs to another witness key")
                             .arg(cosignature.witnessName));
        return std::nullopt;
    }
    const QByteArray& bytes = decoded.decoded;
    if (qFromBigEndian<quint32>(bytes.constData()) != keyHash(cosignature.witnessName, publicKey)) {
        failWith(reason,
                 QStringLiteral("the cosignature's key hash does not name this witness key"));
        return std::nullopt;
    }
    cosignature.timestamp = qFromBigEndian<quint64>(bytes.constData() + 4);
    cosignature.signature = bytes.mid(12);
    return cosignature;
}

QByteArray WitnessCosignature::line() const
{
    QByteArray payload(12, '\0');
    qToBigEndian(keyHash(witnessName, publicKey), payload.data());
    qToBigEndian(timestamp, payload.data() + 4);
    return SignedNote::signatureLineStart() + witnessName.toUtf8() + ' ' +
           (payload + signature).toBase64() + '\n';
}

bool WitnessCosignature::verifies(const QByteArray& checkpointText) const
{
    if (sodium_init() < 0 || publicKey.size() != crypto_sign_PUBLICKEYBYTES ||
        signature.size() != crypto_sign_BYTES) {
        return false;
    }
    const QByteArray message = signedMessage(checkpointText, timestamp);
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char*>(signature.constData()),
               reinterpret_cast<const unsigned char*>(message.constData()),
               static_cast<unsigned long long>(message.size()),
               reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

QString WitnessCosignature::fingerprint() const
{
    return KeyAnnouncement::fingerprint(publicKey);
}

} // namespace purser
