#pragma once

#include "purser_core_export.h"

#include <QByteArray>
#include <QStringView>

namespace purser {

// Appends `text` as a JSON string (quotes included) exactly as QJsonDocument::toJson writes
// it: the short escapes for " \ and \b \f \n \r \t, \u00xx for the other control characters,
// everything else as UTF-8 (U+2028 too), an unpaired surrogate as \uxxxx. For answers written
// straight into a buffer instead of through a QJsonObject tree, byte for byte the same.
PURSER_CORE_EXPORT void appendJsonString(QByteArray& out, QStringView text);

} // namespace purser
