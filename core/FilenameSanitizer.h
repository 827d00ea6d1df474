#pragma once

#include "purser_core_export.h"

#include <QString>

namespace purser {

// Makes a client-supplied file name safe to keep as metadata and to offer back in a
// Content-Disposition header or a save dialog on any OS: no path (either separator), no
// control or reserved characters, no leading dots, no Windows device names, at most 200
// characters with the extension kept. Never used to build a storage path.
PURSER_CORE_EXPORT QString sanitizeFilename(const QString& name,
                                            const QString& fallback = QStringLiteral("receipt"));

} // namespace purser
