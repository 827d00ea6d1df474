#include "cache/CacheKey.h"

#include <QRegularExpression>
#include <sodium.h>

namespace purser {

QByteArray CacheKey::generateHex()
{
    if (sodium_init() < 0) {
        return {};
    }
    QByteArray raw(bytes, '\0');
    randombytes_buf(raw.data(), size_t(raw.size()));
    const QByteArray hex = raw.toHex();
    sodium_memzero(raw.data(), size_t(raw.size()));
    return hex;
}

bool CacheKey::isValidHex(const QByteArray& hex)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(QString::fromLatin1(hex)).hasMatch();
}

} // namespace purser
