// Canonical JSON must be a fixed point: parsing the canonical form and canonicalising again
// gives the same bytes, and the canonical form parses to the same value. If this fails, two
// verifiers could compute different audit hashes for one entry.
#include "core/CanonicalJson.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(input, &error);
    if (error.error != QJsonParseError::NoError) {
        return 0;
    }
    const QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    const auto first = purser::canonicalJson(value);
    if (!first) {
        return 0; // floats are refused, by design
    }
    const QJsonDocument again = QJsonDocument::fromJson(*first, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError);
    const QJsonValue reparsed =
        again.isObject() ? QJsonValue(again.object()) : QJsonValue(again.array());
    FUZZ_CHECK(reparsed == value);
    const auto second = purser::canonicalJson(reparsed);
    FUZZ_CHECK(second && *second == *first);
    return 0;
}
