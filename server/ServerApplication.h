#pragma once

#include "server/ServerOptions.h"

namespace purser::server {

// Wires the server: data folder, TLS identity, database and migrations, demo data, routes,
// listener. run() returns the process exit code.
class ServerApplication
{
public:
    int run(const ServerOptions& options);
};

} // namespace purser::server
