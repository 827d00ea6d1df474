#pragma once

#include <QByteArray>

namespace purser {

// The cache key: 32 random bytes from libsodium, carried as 64 lowercase hex digits.
struct CacheKey
{
    static constexpr int bytes = 32;
    static QByteArray generateHex();
    static bool isValidHex(const QByteArray& hex);
};

} // namespace purser
