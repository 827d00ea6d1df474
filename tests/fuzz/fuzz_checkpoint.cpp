// Checkpoint verification on arbitrary JSON: it must never crash and never accept a
// checkpoint that was not signed by the key it is checked against. A fixed key signs the
// decoded checkpoint once; flipping any field afterwards must make verification fail.
#include "core/CheckpointVerifier.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QJsonDocument>
#include <cstdint>
#include <sodium.h>

namespace {

struct FixedKey
{
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    unsigned char secretKey[crypto_sign_SECRETKEYBYTES];
    FixedKey()
    {
        FUZZ_CHECK(sodium_init() >= 0);
        unsigned char seed[crypto_sign_SEEDBYTES] = {7};
        crypto_sign_seed_keypair(publicKey, secretKey, seed);
    }
    QByteArray publicBytes() const
    {
        return QByteArray(reinterpret_cast<const char*>(publicKey), sizeof publicKey);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const FixedKey key;
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QJsonObject object = QJsonDocument::fromJson(input).object();
    const QString org = object.value(QStringLiteral("org")).toString(QStringLiteral("org-1"));

    purser::AuditCheckpoint checkpoint = purser::AuditCheckpoint::fromJson(org, object);
    // Whatever arrives, it was not signed by our fixed key (the seed is not in any corpus).
    FUZZ_CHECK(!checkpoint.verify(key.publicBytes()));
    (void)checkpoint.verify(input.left(32));
    (void)checkpoint.toJson();

    // Sign it properly: it verifies, survives a JSON round trip, and a change breaks it.
    const QByteArray message = checkpoint.signedMessage();
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()), key.secretKey);
    checkpoint.signature = signature;
    checkpoint.keyId = purser::AuditCheckpoint::keyIdFor(key.publicBytes());
    FUZZ_CHECK(checkpoint.verify(key.publicBytes()));
    const auto again = purser::AuditCheckpoint::fromJson(org, checkpoint.toJson());
    FUZZ_CHECK(again.signedMessage() == message);
    FUZZ_CHECK(again.verify(key.publicBytes()));
    purser::AuditCheckpoint tampered = checkpoint;
    tampered.seq ^= 1;
    FUZZ_CHECK(!tampered.verify(key.publicBytes()));
    return 0;
}
