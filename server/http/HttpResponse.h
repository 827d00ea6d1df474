#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace purser::server {

// An answer as the handlers produce it. The HTTP layer adds the headers every response
// carries (api.md, Transport) and the request id.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool closeConnection = false;

    static HttpResponse json(int status, const QJsonObject& object);
    static HttpResponse noContent();

    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;
};

} // namespace purser::server
