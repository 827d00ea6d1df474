#pragma once

#include "purser_core_export.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace purser {

// Times on the wire are RFC 3339 UTC with milliseconds ("2026-11-21T09:30:00.000Z"); dates
// are "YYYY-MM-DD" (api.md).
PURSER_CORE_EXPORT QString toRfc3339(const QDateTime& time);
PURSER_CORE_EXPORT std::optional<QDateTime> fromRfc3339(const QString& text);
PURSER_CORE_EXPORT QString toIsoDate(const QDate& date);
// Strict: exactly YYYY-MM-DD and a real calendar date.
PURSER_CORE_EXPORT std::optional<QDate> fromIsoDate(const QString& text);

} // namespace purser
