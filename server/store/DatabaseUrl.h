#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace purser::server {

// postgres://user:pass@host:port/dbname?sslmode=verify-full&sslrootcert=/path (also
// postgresql://), split into its parts. The query may carry libpq's TLS options sslmode,
// sslrootcert, sslcert and sslkey, handed to libpq as they are; any other option is refused,
// so a misspelt one never silently leaves libpq's default ("prefer": no verification).
struct DatabaseUrl
{
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QList<QPair<QString, QString>> options; // in URL order, names as libpq spells them

    // On failure returns nullopt with a plain reason in *error that never repeats the URL
    // (it usually carries a password).
    static std::optional<DatabaseUrl> parse(const QString& text, QString* error);
    // host:port/db, without credentials, for logs and error messages.
    QString display() const;
    // The options in the form QSqlDatabase::setConnectOptions takes ("k=v;k='v'"), or empty.
    QString connectOptions() const;
};

} // namespace purser::server
