#pragma once

#include <QLoggingCategory>

namespace purser::server {

// Encryption at rest: key handling, integrity errors, rotation (never a key or a value).
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)

} // namespace purser::server
