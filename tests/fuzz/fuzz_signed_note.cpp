// Signed-note and checkpoint parsing on arbitrary bytes: never a crash; whatever parses
// serialises back to the same bytes, and a note signed here verifies only unchanged.
#include "core/SignedNote.h"
#include "core/TreeCheckpoint.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstdint>
#include <sodium.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QByteArray secret = [] {
        FUZZ_CHECK(sodium_init() >= 0);
        QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
        QByteArray secretKey(crypto_sign_SECRETKEYBYTES, '\0');
        unsigned char seed[crypto_sign_SEEDBYTES] = {9};
        crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
                                 reinterpret_cast<unsigned char*>(secretKey.data()), seed);
        return secretKey;
    }();
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString reason;
    const auto note = purser::SignedNote::parse(input, &reason);
    FUZZ_CHECK(note || !reason.isEmpty());
    if (note) {
        FUZZ_CHECK(note->serialize() == input); // parsing loses and adds nothing
        FUZZ_CHECK(!note->verifiedBy(QStringLiteral("fuzz"), secret.mid(32)));
        const auto checkpoint = purser::TreeCheckpoint::parse(note->text, &reason);
        if (checkpoint) {
            FUZZ_CHECK(checkpoint->text() == note->text);
        }
    }
    (void)purser::TreeCheckpoint::parse(input, &reason);
    QString name;
    QByteArray key;
    (void)purser::SignedNote::parseVerifierKey(QString::fromUtf8(input), &name, &key);

    // Any newline-terminated text without blank lines can be signed and verified.
    purser::SignedNote signedNote;
    signedNote.text = input.left(200).replace('\n', ' ').replace('\r', ' ') + '\n';
    signedNote.sign(QStringLiteral("fuzz"), secret);
    const auto parsed = purser::SignedNote::parse(signedNote.serialize(), &reason);
    if (parsed) {
        FUZZ_CHECK(parsed->verifiedBy(QStringLiteral("fuzz"), secret.mid(32)));
    }
    return 0;
}
