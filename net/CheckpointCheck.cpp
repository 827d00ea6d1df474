#include "net/CheckpointCheck.h"

#include "core/CheckpointVerifier.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace purser {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("purser", text);
}

} // namespace

bool verifyStoredCheckpoint(const QString& organizationId, const CacheStore::Checkpoint& stored,
                            QString* reason)
{
    const QJsonObject json{{QStringLiteral("seq"), stored.seq},
                           {QStringLiteral("hash"), stored.hash},
                           {QStringLiteral("signed_at"), stored.signedAt},
                           {QStringLiteral("key_id"), stored.keyId},
                           {QStringLiteral("signature"), stored.signature}};
    const AuditCheckpoint checkpoint = AuditCheckpoint::fromJson(organizationId, json);
    const QByteArray publicKey = QByteArray::fromBase64(stored.publicKey.toLatin1());
    if (publicKey.size() != 32) {
        *reason = tr("the signing key is not an Ed25519 public key");
        return false;
    }
    if (!checkpoint.verify(publicKey)) {
        *reason = tr("the signature of the checkpoint at entry %1 is not valid").arg(stored.seq);
        return false;
    }
    return true;
}

std::optional<CacheStore::Checkpoint> verifyCheckpoint(const QString& organizationId,
                                                       const QJsonObject& checkpoint,
                                                       const QJsonValue& signingKeys,
                                                       QString* reason)
{
    CacheStore::Checkpoint stored;
    stored.seq = checkpoint.value(QStringLiteral("seq")).toInteger();
    stored.hash = checkpoint.value(QStringLiteral("hash")).toString();
    stored.signedAt = checkpoint.value(QStringLiteral("signed_at")).toString();
    stored.keyId = checkpoint.value(QStringLiteral("key_id")).toString();
    stored.signature = checkpoint.value(QStringLiteral("signature")).toString();
    const QJsonArray keys = signingKeys.isArray()
                                ? signingKeys.toArray()
                                : signingKeys.toObject().value(QStringLiteral("keys")).toArray();
    for (const QJsonValue& key : keys) {
        if (key.toObject().value(QStringLiteral("key_id")).toString() == stored.keyId) {
            stored.publicKey = key.toObject().value(QStringLiteral("public_key")).toString();
        }
    }
    if (stored.publicKey.isEmpty()) {
        *reason = tr("the server does not publish the key that signed it");
        return std::nullopt;
    }
    if (!verifyStoredCheckpoint(organizationId, stored, reason)) {
        return std::nullopt;
    }
    return stored;
}

} // namespace purser
