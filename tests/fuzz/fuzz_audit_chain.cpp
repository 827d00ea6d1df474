// Feeds arbitrary JSON lines to the chain verifier: it must never crash, and it must never
// accept an entry whose hash is not the hash of its content.
#include "core/AuditChain.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QJsonDocument>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    purser::AuditChain chain;
    for (const QByteArray& line : input.split('\n')) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (!chain.append(entry)) {
            FUZZ_CHECK(!chain.verdict().ok && chain.verdict().badSeq >= 1);
            break;
        }
        FUZZ_CHECK(purser::AuditChain::computeHash(entry) ==
                   entry.value(QStringLiteral("hash")).toString());
    }
    return 0;
}
