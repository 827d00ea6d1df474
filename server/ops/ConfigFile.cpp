#include "server/ops/ConfigFile.h"

#include <QFile>

namespace purser::server {

QStringList ConfigFile::knownKeys()
{
    return {QStringLiteral("listen"),
            QStringLiteral("data_dir"),
            QStringLiteral("database_url"),
            QStringLiteral("tls_cert"),
            QStringLiteral("tls_key"),
            QStringLiteral("trusted_proxies"),
            QStringLiteral("threads"),
            QStringLiteral("log_format"),
            QStringLiteral("metrics_allow"),
            QStringLiteral("master_key_file"),
            QStringLiteral("max_connections"),
            QStringLiteral("header_timeout"),
            QStringLiteral("body_timeout"),
            QStringLiteral("idle_timeout"),
            QStringLiteral("requests_per_connection"),
            QStringLiteral("database_queue")};
}

std::optional<QMap<QString, ConfigFile::Entry>> ConfigFile::read(const QString& path,
                                                                 QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the configuration file %1: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > 1024 * 1024) {
        *error = QStringLiteral("the configuration file %1 is larger than 1 MiB").arg(path);
        return std::nullopt;
    }
    return parse(path, file.readAll(), error);
}

std::optional<QMap<QString, ConfigFile::Entry>>
ConfigFile::parse(const QString& path, const QByteArray& text, QString* error)
{
    QMap<QString, Entry> entries;
    const QStringList known = knownKeys();
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i + 1);
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0) {
            *error = QStringLiteral("%1 line %2: expected `key = value`").arg(path).arg(lineNo);
            return std::nullopt;
        }
        const QString key = line.left(eq).trimmed();
        if (!known.contains(key)) {
            *error = QStringLiteral("%1 line %2: unknown setting \"%3\" (known: %4)")
                         .arg(path)
                         .arg(lineNo)
                         .arg(key.left(64), known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (entries.contains(key)) {
            *error = QStringLiteral("%1 line %2: %3 is already set on line %4")
                         .arg(path)
                         .arg(lineNo)
                         .arg(key)
                         .arg(entries.value(key).line);
            return std::nullopt;
        }
        entries.insert(key, Entry{line.mid(eq + 1).trimmed(), lineNo});
    }
    return entries;
}

} // namespace purser::server
