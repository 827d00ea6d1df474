// The export bundle parser and verifier on arbitrary JSON: never a crash, never "ok" for a
// refusal without a reason.
#include "core/AuditBundle.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QJsonObject object = QJsonDocument::fromJson(input).object();
    QString reason;
    const auto bundle =
        purser::AuditBundle::fromJson(object.value(QStringLiteral("tree")).toObject(), &reason);
    FUZZ_CHECK(bundle || !reason.isEmpty());
    if (!bundle) {
        return 0;
    }
    (void)bundle->toJson();
    QList<QJsonObject> entries;
    for (const QJsonValue& entry : object.value(QStringLiteral("entries")).toArray()) {
        entries.append(entry.toObject());
    }
    const auto verdict = bundle->verify(entries, object.value(QStringLiteral("org")).toString());
    // A refusal always says what failed.
    FUZZ_CHECK(verdict.ok || !verdict.reason.isEmpty());
    return 0;
}
