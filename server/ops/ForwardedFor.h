#pragma once

#include "server/ServerOptions.h"

namespace purser::server {

struct HttpRequest;

// Behind a load balancer the socket peer is the proxy. When the peer is a trusted proxy, the
// client address is taken from X-Forwarded-For: the rightmost entry that is not itself a
// trusted proxy (entries further left are whatever the client claimed). Untrusted peers'
// X-Forwarded-For is ignored, so nobody can spoof their address in the audit log.
class ForwardedFor
{
public:
    static void resolveClientAddress(HttpRequest& request,
                                     const QList<ServerOptions::Subnet>& trustedProxies);
};

} // namespace purser::server
