#include "server/auth/CookieWriteCheck.h"

#include "server/auth/Authenticator.h"

#include <QUrl>

namespace purser::server {

bool CookieWriteCheck::mutating(const QString& method)
{
    return method == u"POST" || method == u"PUT" || method == u"PATCH" || method == u"DELETE";
}

QByteArray CookieWriteCheck::mediaType(const HttpRequest& request)
{
    const QByteArray value = request.header("content-type").value_or(QByteArray());
    const qsizetype semicolon = value.indexOf(';');
    return (semicolon < 0 ? value : value.left(semicolon)).trimmed().toLower();
}

bool CookieWriteCheck::sameOrigin(const QByteArray& origin, const QByteArray& host)
{
    const QUrl originUrl(QString::fromLatin1(origin), QUrl::StrictMode);
    if (!originUrl.isValid() || originUrl.scheme() != u"https" || originUrl.host().isEmpty() ||
        !originUrl.path().isEmpty() || originUrl.hasQuery() || !originUrl.userInfo().isEmpty()) {
        return false;
    }
    // The Host header is an authority: host, [IPv6] or either with :port.
    const QUrl hostUrl(QStringLiteral("https://") + QString::fromLatin1(host.trimmed()),
                       QUrl::StrictMode);
    if (!hostUrl.isValid() || hostUrl.host().isEmpty() || !hostUrl.path().isEmpty() ||
        !hostUrl.userInfo().isEmpty()) {
        return false;
    }
    return originUrl.host().compare(hostUrl.host(), Qt::CaseInsensitive) == 0 &&
           originUrl.port(443) == hostUrl.port(443);
}

std::optional<QString> CookieWriteCheck::refusal(const HttpRequest& request, bool multipartBody)
{
    if (!mutating(request.method) || request.header("authorization") ||
        !Authenticator::cookieToken(request)) {
        return std::nullopt;
    }
    const QByteArray expected = multipartBody ? "multipart/form-data" : "application/json";
    if (mediaType(request) != expected) {
        return QStringLiteral("A change signed in with the session cookie must be sent as %1.")
            .arg(QString::fromLatin1(expected));
    }
    const auto origin = request.header("origin");
    if (origin && !sameOrigin(*origin, request.header("host").value_or(QByteArray()))) {
        return QStringLiteral("A change signed in with the session cookie must come from this "
                              "server's own origin.");
    }
    return std::nullopt;
}

} // namespace purser::server
