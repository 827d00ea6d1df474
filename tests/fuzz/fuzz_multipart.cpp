// The receipt upload parser on arbitrary bodies. The first line of the input is the
// Content-Type header value, the rest is the body. It must never crash, never accept more
// than 16 parts, and every accepted part's bytes must lie inside the body it came from.
#include "core/MultipartFormData.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray contentType = newline < 0 ? input : input.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);

    (void)purser::MultipartFormData::boundary(contentType);
    QString error;
    const auto parts = purser::MultipartFormData::parse(contentType, body, &error);
    if (!parts) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(parts->size() <= 16);
    qsizetype total = 0;
    for (const purser::MultipartPart& part : *parts) {
        FUZZ_CHECK(part.data.isEmpty() || body.contains(part.data));
        total += part.data.size();
    }
    FUZZ_CHECK(total <= body.size());
    return 0;
}
