#include "server/ServerOptions.h"

#include <QHostAddress>

namespace purser::server {
namespace {

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

} // namespace

QString ServerOptions::usage()
{
    return QStringLiteral(
        "Usage: purser-server --data-dir DIR --listen HOST:PORT [options]\n"
        "\n"
        "The Purser HTTPS API server.\n"
        "\n"
        "  --data-dir DIR          folder for the SQLite database and the TLS certificate\n"
        "  --listen HOST:PORT      address to listen on (port 0: any free port)\n"
        "  --database URL          PostgreSQL: postgres://user:pass@host:port/db\n"
        "                          (default: SQLite in DIR/purser.db)\n"
        "  --demo                  seed the demo organisations once\n"
        "  --tls-cert FILE         PEM certificate chain (default: self-signed in DIR/tls)\n"
        "  --tls-key FILE          PEM private key (with --tls-cert)\n"
        "  --threads N             worker threads (default 4)\n"
        "  --trusted-proxies LIST  CIDR blocks of reverse proxies whose X-Forwarded-For\n"
        "                          gives the client address (default: none)\n"
        "  --list-routes           print the route table and exit\n"
        "  --version               print the version and exit\n"
        "  --help                  print this help and exit\n");
}

std::optional<ServerOptions> ServerOptions::parse(const QStringList& arguments, QString* error)
{
    ServerOptions options;
    bool haveListen = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
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
        QString* target = nullptr;
        if (name == u"--data-dir") {
            target = &options.dataDir;
        } else if (name == u"--database") {
            target = &options.databaseUrl;
        } else if (name == u"--tls-cert") {
            target = &options.tlsCert;
        } else if (name == u"--tls-key") {
            target = &options.tlsKey;
        } else if (name == u"--trusted-proxies") {
            target = &options.trustedProxies;
        } else if (name != u"--listen" && name != u"--threads") {
            *error = QStringLiteral("unknown argument %1 (see --help)").arg(arg);
            return std::nullopt;
        }
        const auto v = value();
        if (!v) {
            return std::nullopt;
        }
        if (target) {
            *target = *v;
        } else if (name == u"--listen") {
            if (!parseListen(*v, &options.listenHost, &options.listenPort)) {
                *error = QStringLiteral("--listen must be HOST:PORT with an IP address, e.g. "
                                        "127.0.0.1:8443");
                return std::nullopt;
            }
            haveListen = true;
        } else {
            bool ok = false;
            options.threads = v->toInt(&ok);
            if (!ok || options.threads < 1 || options.threads > 256) {
                *error = QStringLiteral("--threads must be a number from 1 to 256");
                return std::nullopt;
            }
        }
    }
    if (options.dataDir.isEmpty()) {
        *error = QStringLiteral("--data-dir is required (see --help)");
        return std::nullopt;
    }
    if (!haveListen) {
        *error = QStringLiteral("--listen is required (see --help)");
        return std::nullopt;
    }
    if (options.tlsCert.isEmpty() != options.tlsKey.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together");
        return std::nullopt;
    }
    return options;
}

} // namespace purser::server
