// The JSON decoders of core (employee, session, money) on arbitrary documents: never crash,
// and whatever they accept survives a round trip unchanged.
#include "core/Employee.h"
#include "core/Money.h"
#include "core/SessionInfo.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QJsonDocument>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QJsonObject object = QJsonDocument::fromJson(input).object();

    purser::FieldErrors errors;
    if (const auto employee = purser::Employee::fromJson(object, &errors)) {
        FUZZ_CHECK(errors.isEmpty());
        const auto again = purser::Employee::fromJson(employee->toJson());
        FUZZ_CHECK(again && *again == *employee);
    } else {
        FUZZ_CHECK(!errors.isEmpty());
    }
    if (const auto session = purser::SessionInfo::fromJson(object)) {
        const auto again = purser::SessionInfo::fromJson(session->toJson());
        FUZZ_CHECK(again.has_value());
    }
    if (const auto money = purser::Money::fromJson(object)) {
        FUZZ_CHECK(purser::Money::fromJson(money->toJson()) == money);
        FUZZ_CHECK(!money->toDisplayString().isEmpty());
    }
    return 0;
}
