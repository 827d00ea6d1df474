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
// Strings with an unpaired UTF-16 surrogate (JSON allows "\uDD0E"; I-JSON, which RFC 8785
// builds on, does not) are refused too: UTF-8 cannot carry them, so the canonical bytes would
// not parse back to the same value.
PURSER_CORE_EXPORT std::optional<QByteArray> canonicalJson(const QJsonValue& value);

// True when a string or key anywhere in value holds an unpaired surrogate: input to refuse at
// the door, before it reaches a hash.
PURSER_CORE_EXPORT bool hasUnpairedSurrogate(const QJsonValue& value);
// True also for NUL, U+FEFF and the Unicode noncharacters anywhere in a string or key: text
// that would not be stored and read back byte for byte, so an audit entry's hash over it
// would not match what the log serves later (one such name stopped an organisation's
// checkpoints for good). Refused at the door with the surrogates.
PURSER_CORE_EXPORT bool hasUnstorableText(const QJsonValue& value);

} // namespace purser
