#pragma once

#include <QString>
#include <optional>

namespace purser::server {

// postgres://user:pass@host:port/dbname (also postgresql://), split into its parts.
struct DatabaseUrl
{
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    static std::optional<DatabaseUrl> parse(const QString& text, QString* error);
    // host:port/db, without credentials, for logs and error messages.
    QString display() const;
};

} // namespace purser::server
