#pragma once

#include <QString>

namespace purser {

// The parsers' and verifiers' one way to say what failed: sets *reason when the caller asked
// for it and returns false, so a check reads `return failWith(reason, tr(...));`.
inline bool failWith(QString* reason, const QString& text)
{
    if (reason) {
        *reason = text;
    }
    return false;
}

} // namespace purser
