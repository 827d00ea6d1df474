#pragma once

#include <QLoggingCategory>

// One logging category per area, so a support engineer can turn on exactly one of them
// (QT_LOGGING_RULES="purser.net.tls.debug=true"). Nothing logged here may contain a token, a
// password or an Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcTls)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
