#include "server/http/HttpRequest.h"

#include "core/CanonicalJson.h"

#include <QJsonValue>
#include <QUrl>

namespace purser::server {
namespace {

std::optional<QString> decodeComponent(const QByteArray& raw)
{
    QByteArray plusFixed = raw;
    plusFixed.replace('+', ' ');
    const QByteArray decoded = QByteArray::fromPercentEncoding(plusFixed);
    const QString text = QString::fromUtf8(decoded);
    if (text.toUtf8() != decoded) {
        return std::nullopt; // not valid UTF-8
    }
    // Refused like JSON text (NUL, U+FEFF, noncharacters): a NUL cut a filter short on its way
    // into PostgreSQL, which answered 500 (the morning attacker).
    if (hasUnstorableText(QJsonValue(text))) {
        return std::nullopt;
    }
    return text;
}

} // namespace

std::optional<QByteArray> HttpRequest::header(const QByteArray& lowercaseName) const
{
    for (const auto& h : headers) {
        if (h.first == lowercaseName) {
            return h.second;
        }
    }
    return std::nullopt;
}

QString HttpRequest::pathParam(const QString& name) const
{
    for (const auto& p : pathParams) {
        if (p.first == name) {
            return p.second;
        }
    }
    return {};
}

bool HttpRequest::setTarget(const QByteArray& target)
{
    if (!target.startsWith('/')) {
        return false;
    }
    const qsizetype q = target.indexOf('?');
    const QByteArray rawPath = q < 0 ? target : target.left(q);
    const QByteArray decodedPath = QByteArray::fromPercentEncoding(rawPath);
    path = QString::fromUtf8(decodedPath);
    if (path.toUtf8() != decodedPath || hasUnstorableText(QJsonValue(path))) {
        return false;
    }
    query.clear();
    if (q >= 0) {
        const QByteArray rawQuery = target.mid(q + 1);
        for (const QByteArray& item : rawQuery.split('&')) {
            if (item.isEmpty()) {
                continue;
            }
            const qsizetype eq = item.indexOf('=');
            const auto key = decodeComponent(eq < 0 ? item : item.left(eq));
            const auto value = decodeComponent(eq < 0 ? QByteArray() : item.mid(eq + 1));
            if (!key || !value) {
                return false;
            }
            query.append({*key, *value});
        }
    }
    return true;
}

} // namespace purser::server
