#include "server/ServerOptions.h"

#include "server/ops/ConfigFile.h"
#include "server/store/DatabaseUrl.h"

#include <QFileInfo>
#include <QMap>

namespace purser::server {
namespace {

// One setting as it was found, with where it came from for error messages.
struct Setting
{
    QString value;
    QString source; // "--listen", "PURSER_LISTEN" or "listen in FILE line N"
};

struct SettingName
{
    const char* key;  // in the configuration file
    const char* flag; // on the command line
    const char* env;  // in the environment
};

constexpr SettingName kSettings[] = {
    {"listen", "--listen", "PURSER_LISTEN"},
    {"data_dir", "--data-dir", "PURSER_DATA_DIR"},
    {"database_url", "--database", "PURSER_DATABASE_URL"},
    {"tls_cert", "--tls-cert", "PURSER_TLS_CERT"},
    {"tls_key", "--tls-key", "PURSER_TLS_KEY"},
    {"trusted_proxies", "--trusted-proxies", "PURSER_TRUSTED_PROXIES"},
    {"threads", "--threads", "PURSER_THREADS"},
    {"log_format", "--log-format", "PURSER_LOG_FORMAT"},
    {"metrics_allow", "--metrics-allow", "PURSER_METRICS_ALLOW"},
    {"master_key_file", "--master-key-file", "PURSER_MASTER_KEY_FILE"},
    {"max_connections", "--max-connections", "PURSER_MAX_CONNECTIONS"},
    {"header_timeout", "--header-timeout", "PURSER_HEADER_TIMEOUT"},
    {"body_timeout", "--body-timeout", "PURSER_BODY_TIMEOUT"},
    {"idle_timeout", "--idle-timeout", "PURSER_IDLE_TIMEOUT"},
    {"requests_per_connection", "--requests-per-connection", "PURSER_REQUESTS_PER_CONNECTION"},
    {"response_budget_mib", "--response-budget-mib", "PURSER_RESPONSE_BUDGET_MIB"},
    {"database_queue", "--database-queue", "PURSER_DATABASE_QUEUE"},
};

bool parseListen(const QString& text, QString* host, quint16* port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0) {
        return false;
    }
    QString h = text.left(colon);
    if (h.startsWith(u'[') && h.endsWith(u']')) {
        h = h.mid(1, h.size() - 2);
    }
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || QHostAddress(h).isNull()) {
        return false;
    }
    *host = h;
    *port = static_cast<quint16>(p);
    return true;
}

// "127.0.0.1, 10.0.0.0/8, ::1" → subnets; a bare address is a /32 or /128.
bool parseSubnets(const QString& text, QList<ServerOptions::Subnet>* out)
{
    out->clear();
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString& raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty()) {
            continue;
        }
        ServerOptions::Subnet subnet;
        if (part.contains(u'/')) {
            subnet = QHostAddress::parseSubnet(part);
        } else {
            const QHostAddress address(part);
            subnet = {address, address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
        }
        if (subnet.first.isNull()) {
            return false;
        }
        out->append(subnet);
    }
    return true;
}

const QMap<QString, ServerOptions::Action>& commands()
{
    static const QMap<QString, ServerOptions::Action> map = {
        {QStringLiteral("serve"), ServerOptions::Action::Serve},
        {QStringLiteral("migrate"), ServerOptions::Action::Migrate},
        {QStringLiteral("create-org"), ServerOptions::Action::CreateOrg},
        {QStringLiteral("create-user"), ServerOptions::Action::CreateUser},
        {QStringLiteral("backup"), ServerOptions::Action::Backup},
        {QStringLiteral("rotate-signing-key"), ServerOptions::Action::RotateSigningKey},
        {QStringLiteral("rotate-data-key"), ServerOptions::Action::RotateDataKey},
        {QStringLiteral("rotate-master-key"), ServerOptions::Action::RotateMasterKey},
    };
    return map;
}

// Checks and converts the merged settings into options. One plain-words error on failure.
bool applySettings(const QMap<QString, Setting>& s, ServerOptions* o, QString* error)
{
    using Action = ServerOptions::Action;
    // Signing keys, uploads and the TLS identity live in the data folder.
    const bool needsDataDir =
        o->action == Action::Serve || o->action == Action::Backup ||
        o->action == Action::RotateSigningKey || !s.contains(QStringLiteral("database_url")) ||
        ((o->action == Action::RotateDataKey || o->action == Action::RotateMasterKey) &&
         !s.contains(QStringLiteral("master_key_file")));
    if (s.contains(QStringLiteral("data_dir"))) {
        o->dataDir = s[QStringLiteral("data_dir")].value;
        const QFileInfo info(o->dataDir);
        if (info.exists() && !info.isDir()) {
            *error = QStringLiteral("%1: %2 exists but is not a folder")
                         .arg(s[QStringLiteral("data_dir")].source, o->dataDir);
            return false;
        }
    } else if (needsDataDir) {
        *error = QStringLiteral("no data folder: give --data-dir DIR, set PURSER_DATA_DIR or "
                                "data_dir in the configuration file (see --help)");
        return false;
    }
    if (s.contains(QStringLiteral("listen"))) {
        const Setting& listen = s[QStringLiteral("listen")];
        if (!parseListen(listen.value, &o->listenHost, &o->listenPort)) {
            *error = QStringLiteral("%1 must be HOST:PORT with an IP address, e.g. "
                                    "127.0.0.1:8443")
                         .arg(listen.source);
            return false;
        }
    } else if (o->action == Action::Serve) {
        *error = QStringLiteral("no address to listen on: give --listen HOST:PORT, set "
                                "PURSER_LISTEN or listen in the configuration file (see --help)");
        return false;
    }
    if (s.contains(QStringLiteral("database_url"))) {
        const Setting& db = s[QStringLiteral("database_url")];
        o->databaseUrl = db.value;
        if (!o->databaseUrl.startsWith(QStringLiteral("postgres://")) &&
            !o->databaseUrl.startsWith(QStringLiteral("postgresql://"))) {
            // Never echo the value: it usually carries a password.
            *error = QStringLiteral("%1 must look like postgres://user:pass@host:port/db")
                         .arg(db.source);
            return false;
        }
        QString why;
        if (!DatabaseUrl::parse(o->databaseUrl, &why)) {
            *error = QStringLiteral("%1: %2").arg(db.source, why); // why never holds the URL
            return false;
        }
    }
    o->masterKeyFile = s.value(QStringLiteral("master_key_file")).value;
    o->tlsCert = s.value(QStringLiteral("tls_cert")).value;
    o->tlsKey = s.value(QStringLiteral("tls_key")).value;
    if (o->tlsCert.isEmpty() != o->tlsKey.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together (tls_cert and tls_key in "
                                "the configuration file)");
        return false;
    }
    if (o->action == Action::Serve) {
        for (const char* key : {"tls_cert", "tls_key"}) {
            const QString k = QString::fromLatin1(key);
            if (s.contains(k) && !QFileInfo(s[k].value).isReadable()) {
                *error = QStringLiteral("%1: cannot read %2").arg(s[k].source, s[k].value);
                return false;
            }
        }
    }
    if (s.contains(QStringLiteral("threads"))) {
        const Setting& t = s[QStringLiteral("threads")];
        bool ok = false;
        o->threads = t.value.toInt(&ok);
        if (!ok || o->threads < 1 || o->threads > 256) {
            *error = QStringLiteral("%1 must be a number from 1 to 256").arg(t.source);
            return false;
        }
    }
    const struct
    {
        const char* key;
        int* target;
        int max;
    } numbers[] = {
        {"max_connections", &o->maxConnections, 100000},
        {"header_timeout", &o->headerTimeoutSeconds, 3600},
        {"body_timeout", &o->bodyTimeoutSeconds, 3600},
        {"idle_timeout", &o->idleTimeoutSeconds, 3600},
        {"requests_per_connection", &o->requestsPerConnection, 1000000},
        {"response_budget_mib", &o->responseBudgetMiB, 1024 * 1024},
        {"database_queue", &o->databaseQueue, 100000},
    };
    for (const auto& number : numbers) {
        const QString k = QString::fromLatin1(number.key);
        if (!s.contains(k)) {
            continue;
        }
        bool ok = false;
        *number.target = s[k].value.toInt(&ok);
        if (!ok || *number.target < 1 || *number.target > number.max) {
            *error =
                QStringLiteral("%1 must be a number from 1 to %2").arg(s[k].source).arg(number.max);
            return false;
        }
    }
    if (s.contains(QStringLiteral("log_format"))) {
        const Setting& f = s[QStringLiteral("log_format")];
        if (f.value == u"text") {
            o->logFormat = ServerOptions::LogFormat::Text;
        } else if (f.value == u"json") {
            o->logFormat = ServerOptions::LogFormat::Json;
        } else {
            *error = QStringLiteral("%1 must be text or json").arg(f.source);
            return false;
        }
    }
    for (const auto& [key, target] :
         {std::pair{"trusted_proxies", &o->trustedProxies}, {"metrics_allow", &o->metricsAllow}}) {
        const QString k = QString::fromLatin1(key);
        if (s.contains(k) && !parseSubnets(s[k].value, target)) {
            *error = QStringLiteral("%1 must be a comma-separated list of IP addresses or "
                                    "subnets like 10.0.0.0/8")
                         .arg(s[k].source);
            return false;
        }
    }
    return true;
}

} // namespace

QString ServerOptions::usage()
{
    return QStringLiteral(
        "Usage: purser-server [COMMAND] [options]\n"
        "\n"
        "The Purser HTTPS API server.\n"
        "\n"
        "Commands:\n"
        "  serve                   serve the API (the default)\n"
        "  migrate                 apply database migrations, report them, exit\n"
        "  create-org NAME         create an organisation, print its id\n"
        "  create-user --email E --name N --org ORG_ID --role ROLE\n"
        "                          create a user in an organisation; the password is read\n"
        "                          from the first line of standard input\n"
        "  backup --out DIR        consistent online copy of the SQLite database and the\n"
        "                          uploads into the new folder DIR (PostgreSQL: use pg_dump);\n"
        "                          private keys (TLS, audit signing) only with\n"
        "                          --include-private-keys\n"
        "  rotate-signing-key      make a new audit checkpoint signing key (old keys stay\n"
        "                          for verification)\n"
        "  rotate-data-key --org ORG\n"
        "                          new data key for an organisation (id or name); re-encrypts\n"
        "                          its sensitive fields while the server keeps running\n"
        "  rotate-master-key       new server master key; re-wraps every data key, then\n"
        "                          replaces the master key file\n"
        "\n"
        "Settings (command line > environment > configuration file):\n"
        "  --config FILE           configuration file (default /etc/purser/server.conf,\n"
        "                          or PURSER_CONFIG; `key = value` lines)\n"
        "  --data-dir DIR          data folder: SQLite database, uploads, TLS  [data_dir,\n"
        "                          PURSER_DATA_DIR]\n"
        "  --listen HOST:PORT      address to listen on, port 0: any free port  [listen,\n"
        "                          PURSER_LISTEN]\n"
        "  --database URL          PostgreSQL: postgres://user:pass@host:port/db, options\n"
        "                          ?sslmode=verify-full&sslrootcert=FILE (sslcert, sslkey)\n"
        "                          (default: SQLite in DIR/purser.db)  [database_url,\n"
        "                          PURSER_DATABASE_URL]\n"
        "  --tls-cert FILE         PEM certificate chain (default: self-signed in DIR/tls)\n"
        "  --tls-key FILE          PEM private key (with --tls-cert)  [tls_cert, tls_key,\n"
        "                          PURSER_TLS_CERT, PURSER_TLS_KEY]\n"
        "  --threads N             IO threads, and database workers with a connection each\n"
        "                          (default 4)  [threads, PURSER_THREADS]\n"
        "  --database-queue N      requests waiting for a database worker; more answer 503\n"
        "                          with Retry-After (default 256)  [database_queue,\n"
        "                          PURSER_DATABASE_QUEUE]\n"
        "  --master-key-file FILE  master key for encryption at rest, kept out of database\n"
        "                          backups (default DIR/keys/master.key, made on first\n"
        "                          start)  [master_key_file, PURSER_MASTER_KEY_FILE]\n"
        "  --log-format text|json  log lines on stderr (default text)  [log_format,\n"
        "                          PURSER_LOG_FORMAT]\n"
        "  --trusted-proxies LIST  proxies whose X-Forwarded-For is believed, e.g.\n"
        "                          127.0.0.1,10.0.0.0/8  [trusted_proxies,\n"
        "                          PURSER_TRUSTED_PROXIES]\n"
        "  --metrics-allow LIST    who besides loopback may read /metrics  [metrics_allow,\n"
        "                          PURSER_METRICS_ALLOW]\n"
        "  --max-connections N     open connections at most; more are closed at once\n"
        "                          (default 512)  [max_connections, PURSER_MAX_CONNECTIONS]\n"
        "  --header-timeout S      seconds for the TLS handshake and a request's headers\n"
        "                          (default 10)  [header_timeout, PURSER_HEADER_TIMEOUT]\n"
        "  --body-timeout S        seconds to receive a body or send an answer (default 60)\n"
        "                          [body_timeout, PURSER_BODY_TIMEOUT]\n"
        "  --idle-timeout S        seconds a kept-alive connection may wait (default 30)\n"
        "                          [idle_timeout, PURSER_IDLE_TIMEOUT]\n"
        "  --requests-per-connection N\n"
        "                          then the connection closes (default 1000)\n"
        "                          [requests_per_connection, PURSER_REQUESTS_PER_CONNECTION]\n"
        "  --response-budget-mib N large answers held for slow readers, all connections\n"
        "                          together; past it a large answer is 503 (default 64)\n"
        "                          [response_budget_mib, PURSER_RESPONSE_BUDGET_MIB]\n"
        "  --demo                  serve: seed the demo organisations once\n"
        "  --list-routes           print the route table and exit\n"
        "  --version               print the version and exit\n"
        "  --help                  print this help and exit\n");
}

std::optional<ServerOptions> ServerOptions::parse(const QStringList& arguments, QString* error,
                                                  const QProcessEnvironment& environment)
{
    ServerOptions options;
    QMap<QString, Setting> cli;
    QString configPath;
    bool haveCommand = false;
    QStringList positional;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (!arg.startsWith(u'-')) {
            if (!haveCommand && i == 1) {
                if (!commands().contains(arg)) {
                    *error = QStringLiteral("unknown command %1 (see --help)").arg(arg.left(64));
                    return std::nullopt;
                }
                options.action = commands().value(arg);
                haveCommand = true;
            } else {
                positional.append(arg);
            }
            continue;
        }
        QString name = arg;
        std::optional<QString> inlineValue;
        if (arg.startsWith(QStringLiteral("--")) && arg.contains(u'=')) {
            name = arg.left(arg.indexOf(u'='));
            inlineValue = arg.mid(arg.indexOf(u'=') + 1);
        }
        auto value = [&]() -> std::optional<QString> {
            if (inlineValue) {
                return inlineValue;
            }
            if (i + 1 >= arguments.size()) {
                *error = QStringLiteral("%1 needs a value").arg(name);
                return std::nullopt;
            }
            return arguments[++i];
        };
        if (name == u"--help" || name == u"-h") {
            options.action = Action::Help;
            return options;
        }
        if (name == u"--version") {
            options.action = Action::Version;
            return options;
        }
        if (name == u"--demo") {
            options.demo = true;
            continue;
        }
        if (name == u"--list-routes") {
            options.listRoutes = true;
            continue;
        }
        if (name == u"--include-private-keys") {
            options.backupPrivateKeys = true;
            continue;
        }
        QString* target = nullptr;
        QString settingKey;
        for (const SettingName& setting : kSettings) {
            if (name == QLatin1String(setting.flag)) {
                settingKey = QString::fromLatin1(setting.key);
            }
        }
        if (name == u"--config") {
            target = &configPath;
        } else if (name == u"--out") {
            target = &options.backupOut;
        } else if (name == u"--email") {
            target = &options.userEmail;
        } else if (name == u"--name") {
            target = &options.userName;
        } else if (name == u"--org") {
            target = &options.userOrg;
        } else if (name == u"--role") {
            target = &options.userRole;
        } else if (settingKey.isEmpty()) {
            *error = QStringLiteral("unknown argument %1 (see --help)").arg(arg.left(64));
            return std::nullopt;
        }
        const auto v = value();
        if (!v) {
            return std::nullopt;
        }
        if (target) {
            *target = *v;
        } else {
            cli.insert(settingKey, Setting{*v, name});
        }
    }

    // Command-specific arguments belong to their command only.
    const bool isCreateUser = options.action == Action::CreateUser;
    if (options.demo && options.action != Action::Serve) {
        *error = QStringLiteral("--demo only goes with serve");
        return std::nullopt;
    }
    if (!options.backupOut.isEmpty() != (options.action == Action::Backup)) {
        *error = options.action == Action::Backup
                     ? QStringLiteral("backup needs --out DIR (a folder that does not exist yet)")
                     : QStringLiteral("--out only goes with backup");
        return std::nullopt;
    }
    if (options.backupPrivateKeys && options.action != Action::Backup) {
        *error = QStringLiteral("--include-private-keys only goes with backup");
        return std::nullopt;
    }
    if (options.action == Action::RotateDataKey) {
        if (options.userOrg.isEmpty()) {
            *error = QStringLiteral("rotate-data-key needs --org ORG (organisation id or name)");
            return std::nullopt;
        }
        options.keyOrg = options.userOrg;
        options.userOrg.clear();
    }
    const bool anyUserArg = !options.userEmail.isEmpty() || !options.userName.isEmpty() ||
                            !options.userOrg.isEmpty() || !options.userRole.isEmpty();
    if (anyUserArg && !isCreateUser) {
        *error = QStringLiteral("--email, --name, --org and --role only go with create-user");
        return std::nullopt;
    }
    if (isCreateUser && (options.userEmail.isEmpty() || options.userName.isEmpty() ||
                         options.userOrg.isEmpty() || options.userRole.isEmpty())) {
        *error = QStringLiteral("create-user needs --email, --name, --org (organisation id) and "
                                "--role");
        return std::nullopt;
    }
    if (options.action == Action::CreateOrg) {
        if (positional.size() != 1 || positional.first().trimmed().isEmpty()) {
            *error = QStringLiteral("create-org needs exactly one NAME (quote it if it has "
                                    "spaces)");
            return std::nullopt;
        }
        options.orgName = positional.first().trimmed();
    } else if (!positional.isEmpty()) {
        *error = QStringLiteral("unexpected argument %1 (see --help)").arg(positional.first());
        return std::nullopt;
    }

    // The configuration file: --config must exist; PURSER_CONFIG too; the default may not.
    QMap<QString, Setting> merged;
    bool explicitConfig = !configPath.isEmpty();
    if (configPath.isEmpty() && !environment.value(QStringLiteral("PURSER_CONFIG")).isEmpty()) {
        configPath = environment.value(QStringLiteral("PURSER_CONFIG"));
        explicitConfig = true;
    }
    if (configPath.isEmpty()) {
        configPath = QString::fromLatin1(defaultConfigFile);
    }
    if (explicitConfig || QFileInfo::exists(configPath)) {
        const auto entries = ConfigFile::read(configPath, error);
        if (!entries) {
            return std::nullopt;
        }
        for (auto it = entries->cbegin(); it != entries->cend(); ++it) {
            merged.insert(it.key(), Setting{it.value().value, QStringLiteral("%1 in %2 line %3")
                                                                  .arg(it.key(), configPath)
                                                                  .arg(it.value().line)});
        }
        options.configFile = configPath;
    }
    for (const SettingName& setting : kSettings) {
        const QString env = environment.value(QString::fromLatin1(setting.env));
        if (!env.isEmpty()) {
            merged.insert(QString::fromLatin1(setting.key),
                          Setting{env, QString::fromLatin1(setting.env)});
        }
    }
    for (auto it = cli.cbegin(); it != cli.cend(); ++it) {
        merged.insert(it.key(), it.value());
    }
    if (!applySettings(merged, &options, error)) {
        return std::nullopt;
    }
    return options;
}

} // namespace purser::server
