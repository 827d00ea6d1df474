#pragma once

#include "server/http/HttpRequest.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace purser::server {

// A browser sends the session cookie with every request to this host, also with one that a
// page of another site (a sibling subdomain included) starts, e.g. a form post. So a write
// authenticated by the cookie alone must show it comes from a page of this origin: a JSON
// content type (multipart/form-data for uploads), which a cross-site form cannot send, and,
// when the browser sends Origin, this server's own origin. Bearer tokens are not sent by
// browsers on their own and are not affected.
class CookieWriteCheck
{
public:
    // Why the request is refused, or nothing when it may go on.
    static std::optional<QString> refusal(const HttpRequest& request, bool multipartBody);

    // True when origin ("https://host:port") names the origin that the Host header names
    // for this HTTPS server (default port 443).
    static bool sameOrigin(const QByteArray& origin, const QByteArray& host);

private:
    static bool mutating(const QString& method);
    static QByteArray mediaType(const HttpRequest& request);
};

} // namespace purser::server
