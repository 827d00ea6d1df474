#include "server/store/DatabaseUrl.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>

namespace purser::server {
namespace {

const QStringList& knownOptions()
{
    static const QStringList names = {QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
                                      QStringLiteral("sslcert"), QStringLiteral("sslkey")};
    return names;
}

const QStringList& sslModes()
{
    static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

// An option name as the error may show it: printable ASCII, short.
QString shown(const QString& name)
{
    QString out;
    for (const QChar c : name.left(40)) {
        out += (c.unicode() > 0x20 && c.unicode() < 0x7f) ? c : u'?';
    }
    return out;
}

// A libpq connection-string value: single quotes, backslash escapes.
QString quoted(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\"));
    value.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}

} // namespace

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString& text, QString* error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgres" && url.scheme() != u"postgresql")) {
        *error = QStringLiteral("must look like postgres://user:pass@host:port/db");
        return std::nullopt;
    }
    DatabaseUrl result;
    result.host = url.host();
    result.port = url.port(5432);
    result.user = url.userName(QUrl::FullyDecoded);
    result.password = url.password(QUrl::FullyDecoded);
    result.database = url.path(QUrl::FullyDecoded).mid(1);
    if (result.host.isEmpty() || result.database.isEmpty() || result.database.contains(u'/')) {
        *error = QStringLiteral("needs a host and a database name: "
                                "postgres://user:pass@host:port/db");
        return std::nullopt;
    }
    const QUrlQuery query(url);
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownOptions().contains(name)) {
            *error = QStringLiteral("the option \"%1\" is not supported (supported: "
                                    "%2)")
                         .arg(shown(name), knownOptions().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        for (const auto& seen : std::as_const(result.options)) {
            if (seen.first == name) {
                *error = QStringLiteral("the option \"%1\" is given twice").arg(name);
                return std::nullopt;
            }
        }
        if (name == u"sslmode" && !sslModes().contains(value)) {
            *error = QStringLiteral("sslmode must be one of %1")
                         .arg(sslModes().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        // Qt splits the connect options at ';', and a file name needs no control characters.
        if (value.isEmpty() || value.contains(u';') ||
            std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() < 0x20; })) {
            *error = QStringLiteral("the option \"%1\" needs a value without ';' or "
                                    "control characters")
                         .arg(name);
            return std::nullopt;
        }
        result.options.append({name, value});
    }
    return result;
}

QString DatabaseUrl::display() const
{
    return QStringLiteral("%1:%2/%3").arg(host).arg(port).arg(database);
}

QString DatabaseUrl::connectOptions() const
{
    QStringList parts;
    for (const auto& [name, value] : options) {
        parts.append(name + u'=' + quoted(value));
    }
    return parts.join(u';');
}

} // namespace purser::server
