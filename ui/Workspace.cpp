#include "ui/Workspace.h"

#include "cache/CacheStore.h"

namespace purser {

QString Workspace::ownEmployeeId() const
{
    return cache.isOpen() ? CacheStore(cache).meta(QStringLiteral("own_employee_id")) : QString();
}

qint64 Workspace::uploadLimitBytes() const
{
    constexpr qint64 defaultLimit = 5 * 1024 * 1024; // api.md default
    if (!cache.isOpen()) {
        return defaultLimit;
    }
    bool ok = false;
    const qint64 limit = CacheStore(cache).meta(QStringLiteral("upload_max_bytes")).toLongLong(&ok);
    return ok && limit > 0 ? limit : defaultLimit;
}

QString Workspace::currency() const
{
    return cache.isOpen() ? CacheStore(cache).meta(QStringLiteral("currency")) : QString();
}

} // namespace purser
