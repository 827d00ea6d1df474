#pragma once

#include "purser_core_export.h"

#include <QByteArray>
#include <QJsonValue>
#include <optional>

namespace purser {

// RFC 8785 (JCS) canonical JSON: object keys sorted by UTF-16 code units, no whitespace,
// UTF-8, minimal string escaping. Audit entries hold no floating-point numbers, so numbers
// must be integers of at most 2^53 in magnitude; anything else gives nullopt rather than a
// serialisation two implementations might disagree on.
PURSER_CORE_EXPORT std::optional<QByteArray> canonicalJson(const QJsonValue& value);

} // namespace purser
