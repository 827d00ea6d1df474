#pragma once

#include <QMap>
#include <QString>
#include <optional>

namespace purser::server {

// The server configuration file (/etc/purser/server.conf by default): one `key = value` per
// line, `#` starts a comment line, blank lines are ignored, no sections and no quoting (the
// value is everything after the first '=', trimmed). Unknown keys and repeated keys are
// errors, so a typo never silently falls back to a default.
class ConfigFile
{
public:
    struct Entry
    {
        QString value;
        int line = 0;
    };

    static QStringList knownKeys();
    // On failure returns nullopt with a one-line reason naming the file and line.
    static std::optional<QMap<QString, Entry>> read(const QString& path, QString* error);
    static std::optional<QMap<QString, Entry>> parse(const QString& path, const QByteArray& text,
                                                     QString* error);
};

} // namespace purser::server
