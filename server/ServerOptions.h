#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <optional>

namespace purser::server {

// What purser-server was asked to do, resolved from the command line, the environment
// (PURSER_LISTEN, PURSER_DATA_DIR, PURSER_DATABASE_URL, …), the configuration file
// (/etc/purser/server.conf or --config FILE) and the defaults, in that order of precedence.
// See usage() and server/README.md.
struct ServerOptions
{
    enum class Action
    {
        Serve,
        Migrate,
        CreateOrg,
        CreateUser,
        Backup,
        RotateSigningKey,
        RotateDataKey,
        RotateMasterKey,
        Help,
        Version,
    };
    enum class LogFormat
    {
        Text,
        Json,
    };
    using Subnet = QPair<QHostAddress, int>;

    Action action = Action::Serve;
    QString configFile; // the file that was read, empty when none
    QString dataDir;
    QString listenHost;
    quint16 listenPort = 0;
    QString databaseUrl; // empty: SQLite in the data folder
    bool demo = false;
    QString tlsCert;
    QString tlsKey;
    int threads = 4;
    LogFormat logFormat = LogFormat::Text;
    QList<Subnet> trustedProxies; // peers whose X-Forwarded-For is believed
    QList<Subnet> metricsAllow;   // besides loopback, who may read GET /metrics
    bool listRoutes = false;      // print the route table ("METHOD PATTERN" lines) and exit
    // Transport limits (api.md, Transport): what one peer may hold or make the server wait.
    int maxConnections = 512;
    int headerTimeoutSeconds = 10;
    int bodyTimeoutSeconds = 60;
    int idleTimeoutSeconds = 30;
    int requestsPerConnection = 1000;
    int responseBudgetMiB = 64; // large response bodies held for slow readers, in total
    // Requests waiting for one of the `threads` database workers; more answer 503.
    int databaseQueue = 256;

    // create-org NAME
    QString orgName;
    // create-user --email --name --org --role (the password comes from stdin)
    QString userEmail;
    QString userName;
    QString userOrg;
    QString userRole;
    // backup --out DIR
    QString backupOut;
    bool backupPrivateKeys = false; // backup --include-private-keys
    // rotate-data-key --org ORG
    QString keyOrg;
    // Encryption at rest: the master key file (empty: DATA_DIR/keys/master.key)
    QString masterKeyFile;

    static constexpr const char* defaultConfigFile = "/etc/purser/server.conf";

    // arguments includes the program name first. On failure returns nullopt with a one-line
    // reason in plain words in *error.
    static std::optional<ServerOptions>
    parse(const QStringList& arguments, QString* error,
          const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    static QString usage();
};

} // namespace purser::server
