#include "cache/CacheLogging.h"

Q_LOGGING_CATEGORY(lcCache, "purser.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCacheSql, "purser.cache.sql", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "purser.cache.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOutbox, "purser.cache.outbox", QtInfoMsg)
