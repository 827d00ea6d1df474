#include "server/auth/TrustedProxies.h"

#include "server/http/HttpRequest.h"

#include <QStringList>

namespace purser::server {
namespace {

// IPv4-mapped IPv6 (::ffff:10.0.0.1) compares as the IPv4 address it carries.
QHostAddress normalised(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

std::optional<TrustedProxies> TrustedProxies::parse(const QString& list, QString* error)
{
    TrustedProxies proxies;
    for (const QString& raw : list.split(u',', Qt::SkipEmptyParts)) {
        const QString entry = raw.trimmed();
        QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(entry);
        if (subnet.first.isNull() && !entry.contains(u'/')) {
            const QHostAddress single(entry);
            if (!single.isNull()) {
                subnet = {single, single.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
            }
        }
        if (subnet.first.isNull()) {
            *error = QStringLiteral("--trusted-proxies: %1 is not an IP address or CIDR block")
                         .arg(entry);
            return std::nullopt;
        }
        proxies.m_subnets.append(subnet);
    }
    return proxies;
}

bool TrustedProxies::contains(const QHostAddress& address) const
{
    const QHostAddress a = normalised(address);
    for (const auto& subnet : m_subnets) {
        if (a.isInSubnet(subnet)) {
            return true;
        }
    }
    return false;
}

QString TrustedProxies::clientAddress(const HttpRequest& request) const
{
    const QHostAddress peer = normalised(QHostAddress(request.peerAddress));
    if (peer.isNull() || !contains(peer)) {
        return peer.isNull() ? request.peerAddress : peer.toString();
    }
    QStringList hops;
    for (const auto& [name, value] : request.headers) {
        if (name == "x-forwarded-for") {
            hops += QString::fromLatin1(value).split(u',', Qt::SkipEmptyParts);
        }
    }
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        const QHostAddress hop = normalised(QHostAddress(hops[i].trimmed()));
        if (hop.isNull()) {
            break; // garbage: stop trusting the chain here
        }
        if (!contains(hop)) {
            return hop.toString();
        }
    }
    return peer.toString();
}

} // namespace purser::server
