#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace purser::server {

// The command line:
//   purser-server --data-dir DIR --listen HOST:PORT [--database postgres://user:pass@host:port/db]
//                 [--demo] [--tls-cert FILE --tls-key FILE] [--threads N]
//                 [--trusted-proxies CIDR[,CIDR...]] [--list-routes] [--version] [--help]
struct ServerOptions
{
    enum class Action
    {
        Run,
        Help,
        Version,
    };

    Action action = Action::Run;
    QString dataDir;
    QString listenHost;
    quint16 listenPort = 0;
    QString databaseUrl; // empty: SQLite in the data folder
    bool demo = false;
    QString tlsCert;
    QString tlsKey;
    int threads = 4;
    QString trustedProxies;  // CIDR[,CIDR...]: peers whose X-Forwarded-For is believed
    bool listRoutes = false; // print the route table ("METHOD PATTERN" lines) and exit

    // arguments includes the program name first. On failure returns nullopt with a one-line
    // reason in *error.
    static std::optional<ServerOptions> parse(const QStringList& arguments, QString* error);
    static QString usage();
};

} // namespace purser::server
