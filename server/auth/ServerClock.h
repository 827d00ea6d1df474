#pragma once

#include <QDateTime>

namespace purser::server {

// The server's notion of "now" for everything that expires (sessions, tokens, rate-limit
// windows, known clients). Production reads the system clock. Tests move time by starting the
// server with PURSER_TEST_CLOCK_OFFSET_SECONDS (read once; the server logs a warning when it
// is set), so lifetimes of days are tested without waiting.
namespace ServerClock {
QDateTime now();
qint64 nowSecs();
qint64 offsetSeconds();
} // namespace ServerClock

} // namespace purser::server
