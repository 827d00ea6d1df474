#include "core/CheckpointVerifier.h"

#include <QCryptographicHash>
#include <sodium.h>

namespace purser {

QByteArray AuditCheckpoint::signedMessage() const
{
    return "purser-audit-checkpoint\n" + orgId.toUtf8() + '\n' + QByteArray::number(seq) + '\n' +
           hash.toUtf8() + '\n' + signedAt.toUtf8();
}

AuditCheckpoint AuditCheckpoint::fromJson(const QString& orgId, const QJsonObject& object)
{
    AuditCheckpoint c;
    c.orgId = orgId;
    c.seq = object.value(QStringLiteral("seq")).toInteger();
    c.hash = object.value(QStringLiteral("hash")).toString();
    c.signedAt = object.value(QStringLiteral("signed_at")).toString();
    c.keyId = object.value(QStringLiteral("key_id")).toString();
    c.signature =
        QByteArray::fromBase64(object.value(QStringLiteral("signature")).toString().toLatin1());
    return c;
}

QJsonObject AuditCheckpoint::toJson() const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("hash"), hash},
            {QStringLiteral("signed_at"), signedAt},
            {QStringLiteral("key_id"), keyId},
            {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
}

QString AuditCheckpoint::keyIdFor(const QByteArray& publicKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16));
}

bool AuditCheckpoint::verify(const QByteArray& publicKey) const
{
    if (sodium_init() < 0) {
        return false;
    }
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES ||
        keyIdFor(publicKey) != keyId) {
        return false;
    }
    const QByteArray message = signedMessage();
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char*>(signature.constData()),
               reinterpret_cast<const unsigned char*>(message.constData()),
               static_cast<unsigned long long>(message.size()),
               reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

} // namespace purser
