#include "net/NetLogging.h"

Q_LOGGING_CATEGORY(lcApi, "purser.net.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTls, "purser.net.tls", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "purser.net.session", QtInfoMsg)
