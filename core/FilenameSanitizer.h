#pragma once

#include "core/FileType.h"
#include "purser_core_export.h"

#include <QString>

namespace purser {

// Makes a client-supplied file name safe to keep as metadata and to offer back in a
// Content-Disposition header or a save dialog on any OS: no path (either separator), nothing
// after a NUL, no control or reserved characters, no bidi controls or other invisible format
// characters (a right-to-left override makes "exe.pdf" look like "fdp.exe"), no leading dots,
// no Windows device names, at most 200 characters with the extension kept. Never used to build
// a storage path.
PURSER_CORE_EXPORT QString sanitizeFilename(const QString& name,
                                            const QString& fallback = QStringLiteral("receipt"));

// sanitizeFilename, then the extension made the one of the type the content was sniffed as:
// a wrong or misleading one is replaced ("a.html" holding a PNG becomes "a.png"), so a
// download never carries an extension that another program would open differently.
PURSER_CORE_EXPORT QString sanitizeFilenameFor(const QString& name, ReceiptType type);

} // namespace purser
