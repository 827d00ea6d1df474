#include "server/crypto/CryptoLog.h"

namespace purser::server {

Q_LOGGING_CATEGORY(lcCrypto, "purser.server.crypto")

} // namespace purser::server
