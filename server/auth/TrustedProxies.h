#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace purser::server {

struct HttpRequest;

// --trusted-proxies CIDR[,CIDR...]. The client address is the TCP peer, unless the peer is a
// trusted proxy: then it is the rightmost X-Forwarded-For address that is not a trusted proxy
// (addresses further left were written by the client and may be forged).
class TrustedProxies
{
public:
    TrustedProxies() = default;
    // Address blocks (address, prefix length), as ServerOptions reads them.
    explicit TrustedProxies(QList<QPair<QHostAddress, int>> subnets)
        : m_subnets(std::move(subnets))
    {
    }
    // nullopt (with *error) when an entry is not an address or CIDR block.
    static std::optional<TrustedProxies> parse(const QString& list, QString* error);

    bool isEmpty() const { return m_subnets.isEmpty(); }
    bool contains(const QHostAddress& address) const;
    QString clientAddress(const HttpRequest& request) const;

private:
    QList<QPair<QHostAddress, int>> m_subnets;
};

} // namespace purser::server
