#pragma once

#include "server/ServerOptions.h"

#include <QString>

namespace purser::server {

struct HttpRequest;

// Where log lines go (stderr) and in which shape. Text: `TIME LEVEL CATEGORY: message`.
// JSON: one object per line, {"time","level","category","message"} for ordinary log lines and
// {"time","level","category":"purser.server.http","msg":"request","request_id","method",
// "route","status","duration_ms","client_ip"} per answered request. The request line names the
// route pattern, never the raw path or query, and no header or body, so tokens, passwords
// and record ids never reach the log.
class RequestLog
{
public:
    static void install(ServerOptions::LogFormat format);
    static void request(const HttpRequest& request, int status, qint64 microseconds);
};

} // namespace purser::server
