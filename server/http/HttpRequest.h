#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace purser::server {

// A parsed request as the handlers see it: no Beast types, so api/ compiles fast and can be
// tested without a socket.
struct HttpRequest
{
    QString method;                       // "GET", "POST", ...
    QString path;                         // decoded path without the query, e.g. /api/v1/healthz
    QList<QPair<QString, QString>> query; // decoded query items, in order
    QList<QPair<QByteArray, QByteArray>> headers; // names lowercased
    QByteArray body;
    QString peerAddress;
    // The client's address for rate limits and the audit log: the peer, or what a trusted
    // proxy forwarded (set before routing; see auth/TrustedProxies).
    QString clientAddress;
    QString requestId;
    // Filled in by the router: captured {name} segments of the matched pattern.
    QList<QPair<QString, QString>> pathParams;
    // The matched route pattern, e.g. /api/v1/orgs/{org}/employees (for the request log).
    QString route;

    std::optional<QByteArray> header(const QByteArray& lowercaseName) const;
    QString pathParam(const QString& name) const;

    // Splits a request target ("/a/b?x=1&y=2") into path and query items. Returns false when
    // the target is not an origin-form path or its percent-encoding is broken.
    bool setTarget(const QByteArray& target);
};

} // namespace purser::server
