// Sniffing must never read past the bytes it was given, and whatever it accepts must be one
// of the four receipt types and agree with its own content type.
#include "core/FileType.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // A heap copy of exactly `size` bytes so ASan catches any over-read.
    const QByteArray head(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto type = purser::FileType::sniff(head);
    if (type) {
        const QString contentType = purser::FileType::contentType(*type);
        FUZZ_CHECK(!contentType.isEmpty());
        FUZZ_CHECK(purser::FileType::declaredTypeAgrees(contentType, *type));
        FUZZ_CHECK(size >= 3);
    }
    purser::FileType::declaredTypeAgrees(QString::fromUtf8(head), purser::ReceiptType::Png);
    return 0;
}
