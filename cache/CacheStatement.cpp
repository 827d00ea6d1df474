#include "cache/CacheStatement.h"

#include "cache/CacheLogging.h"

#include <QSqlError>

namespace purser {

bool runCacheStatement(QSqlQuery& query)
{
    if (!query.exec()) {
        qCWarning(lcCacheSql) << "cache statement failed:" << query.lastError().nativeErrorCode();
        return false;
    }
    return true;
}

} // namespace purser
