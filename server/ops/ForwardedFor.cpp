#include "server/ops/ForwardedFor.h"

#include "server/http/HttpRequest.h"

#include <QHostAddress>

namespace purser::server {
namespace {

bool isTrusted(const QHostAddress& address, const QList<ServerOptions::Subnet>& trusted)
{
    for (const ServerOptions::Subnet& subnet : trusted) {
        if (address.isInSubnet(subnet)) {
            return true;
        }
    }
    return false;
}

} // namespace

void ForwardedFor::resolveClientAddress(HttpRequest& request,
                                        const QList<ServerOptions::Subnet>& trustedProxies)
{
    if (trustedProxies.isEmpty() || !isTrusted(QHostAddress(request.peerAddress), trustedProxies)) {
        return;
    }
    QByteArray joined;
    for (const auto& [name, value] : request.headers) {
        if (name == "x-forwarded-for") {
            joined += (joined.isEmpty() ? "" : ",") + value;
        }
    }
    const QList<QByteArray> hops = joined.split(',');
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        const QHostAddress hop(QString::fromLatin1(hops[i].trimmed()));
        if (hop.isNull()) {
            return; // garbage: keep the proxy's address rather than guess
        }
        if (!isTrusted(hop, trustedProxies)) {
            request.peerAddress = hop.toString();
            return;
        }
    }
}

} // namespace purser::server
