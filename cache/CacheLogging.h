#pragma once

#include <QLoggingCategory>

// Logging for the encrypted cache. Never log a key, a passphrase or a record's content.
Q_DECLARE_LOGGING_CATEGORY(lcCache)
Q_DECLARE_LOGGING_CATEGORY(lcCacheSql)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)
