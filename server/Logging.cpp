#include "server/Logging.h"

namespace purser::server {

Q_LOGGING_CATEGORY(lcHttp, "purser.server.http")
Q_LOGGING_CATEGORY(lcAuth, "purser.server.auth")
Q_LOGGING_CATEGORY(lcApi, "purser.server.api")
Q_LOGGING_CATEGORY(lcStore, "purser.server.store")
Q_LOGGING_CATEGORY(lcDemo, "purser.server.demo")
Q_LOGGING_CATEGORY(lcMain, "purser.server")

} // namespace purser::server
