// Witness cosignature lines on arbitrary bytes: never a crash; whatever parses writes back the
// same line and verifies over no checkpoint it was not made for; a cosignature made here
// parses back and verifies only over its own checkpoint.
#include "core/WitnessCosignature.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstdint>
#include <sodium.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QByteArray secret = [] {
        FUZZ_CHECK(sodium_init() >= 0);
        QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
        QByteArray secretKey(crypto_sign_SECRETKEYBYTES, '\0');
        unsigned char seed[crypto_sign_SEEDBYTES] = {7};
        crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
                                 reinterpret_cast<unsigned char*>(secretKey.data()), seed);
        return secretKey;
    }();
    const QByteArray publicKey = secret.mid(32);
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString reason;
    const auto parsed = purser::WitnessCosignature::parseLine(input, publicKey, &reason);
    FUZZ_CHECK(parsed || !reason.isEmpty());
    if (parsed) {
        QByteArray line = input;
        if (!line.endsWith('\n')) {
            line += '\n';
        }
        FUZZ_CHECK(parsed->line() == line); // parsing loses and adds nothing
        FUZZ_CHECK(!parsed->verifies(QByteArrayLiteral("fuzz.example/org\n1\n") + input.left(8)));
    }

    // Any checkpoint text can be cosigned; the line verifies over it and over nothing else.
    const QByteArray text = input.left(200) + '\n';
    const auto made = purser::WitnessCosignature::make(QStringLiteral("fuzz-witness"), secret, text,
                                                       quint64(size) * 7919u);
    const auto back = purser::WitnessCosignature::parseLine(made.line(), publicKey, &reason);
    FUZZ_CHECK(back && back->verifies(text) && back->timestamp == made.timestamp);
    FUZZ_CHECK(!back->verifies(text + 'x'));
    return 0;
}
