#pragma once

#include "server/ServerOptions.h"

namespace purser::server {

// purser-server rotate-data-key --org ORG and rotate-master-key, in the style of
// AdminCommands: result on stdout, one `purser-server: error: …` line and exit 1 on failure.
class KeyCommands
{
public:
    explicit KeyCommands(const ServerOptions& options) : m_options(options) {}

    static QString masterKeyFile(const ServerOptions& options);

    int rotateDataKey();
    int rotateMasterKey();

private:
    const ServerOptions& m_options;
};

} // namespace purser::server
