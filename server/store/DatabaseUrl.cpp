#include "server/store/DatabaseUrl.h"

#include <QUrl>

namespace purser::server {

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString& text, QString* error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgres" && url.scheme() != u"postgresql")) {
        *error = QStringLiteral("--database must look like postgres://user:pass@host:port/db");
        return std::nullopt;
    }
    DatabaseUrl result;
    result.host = url.host();
    result.port = url.port(5432);
    result.user = url.userName(QUrl::FullyDecoded);
    result.password = url.password(QUrl::FullyDecoded);
    result.database = url.path(QUrl::FullyDecoded).mid(1);
    if (result.host.isEmpty() || result.database.isEmpty() || result.database.contains(u'/')) {
        *error = QStringLiteral("--database needs a host and a database name: "
                                "postgres://user:pass@host:port/db");
        return std::nullopt;
    }
    return result;
}

QString DatabaseUrl::display() const
{
    return QStringLiteral("%1:%2/%3").arg(host).arg(port).arg(database);
}

} // namespace purser::server
