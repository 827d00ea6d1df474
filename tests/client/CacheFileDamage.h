#pragma once

#include <QFile>
#include <QString>

namespace purser::test {

// Flips 16 bytes inside a page near the end of a cache file: a page nothing reads at open
// (schema, migrations, outbox count), so only a check of every page finds it. False when the
// file cannot be opened or is too small to hold such a page.
inline bool damagePageNearTheEnd(const QString& path)
{
    constexpr qint64 page = 4096;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() <= 5 * page) {
        return false;
    }
    const qint64 at = file.size() - 2 * page + 512;
    file.seek(at);
    QByteArray bytes = file.read(16);
    for (char& b : bytes) {
        b = char(~b);
    }
    file.seek(at);
    return file.write(bytes) == bytes.size();
}

} // namespace purser::test
