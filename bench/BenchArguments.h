#pragma once

#include <QStringList>

namespace purser::bench {

// The value after `--name` in arguments, or fallback.
inline QString option(const QStringList& arguments, const QString& name,
                      const QString& fallback = {})
{
    const qsizetype i = arguments.indexOf(QStringLiteral("--") + name);
    return i >= 0 && i + 1 < arguments.size() ? arguments.at(i + 1) : fallback;
}

} // namespace purser::bench
