#pragma once

#include <QLoggingCategory>

namespace purser::server {

// One category per area, so operators can filter (QT_LOGGING_RULES="purser.server.store=false").
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcMain)

} // namespace purser::server
