#include "PurserVersion.h"
#include "server/ServerApplication.h"
#include "server/ServerOptions.h"

#include <QCoreApplication>
#include <cstdio>
#include <sodium.h>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("purser-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PURSER_VERSION));
    qSetMessagePattern(QStringLiteral(
        "%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-debug}debug%{endif}%{if-info}info%{endif}"
        "%{if-warning}warning%{endif}%{if-critical}error%{endif}%{if-fatal}fatal%{endif} "
        "%{category}: %{message}"));

    QString error;
    const auto options =
        purser::server::ServerOptions::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "purser-server: error: %s\n", qPrintable(error));
        return 2;
    }
    if (options->action == purser::server::ServerOptions::Action::Help) {
        std::fputs(qPrintable(purser::server::ServerOptions::usage()), stdout);
        return 0;
    }
    if (options->action == purser::server::ServerOptions::Action::Version) {
        std::printf("purser-server %s\n", PURSER_VERSION);
        return 0;
    }
    if (sodium_init() < 0) {
        std::fprintf(stderr, "purser-server: error: libsodium failed to initialise\n");
        return 1;
    }
    return purser::server::ServerApplication().run(*options);
}
