#include "PurserVersion.h"
#include "server/ServerApplication.h"
#include "server/ServerOptions.h"
#include "server/crypto/KeyCommands.h"
#include "server/ops/AdminCommands.h"
#include "server/ops/BackupCommand.h"
#include "server/ops/DataFolder.h"
#include "server/ops/RequestLog.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <ctime>
#include <sodium.h>

using purser::server::ServerOptions;

int main(int argc, char* argv[])
{
    // The server keeps and answers times in UTC only (api.md). Qt's PostgreSQL driver hands
    // each timestamp back in local time, and every conversion to or from local time made glibc
    // look at the zone file again (a stat() per value, two per row of a page, issue 14). With
    // the process's zone fixed to UTC those conversions have nothing to look up; log lines
    // show UTC too.
    qputenv("TZ", "UTC");
    tzset();
    // Before anything is written: the data folder's files are for this account only.
    purser::server::DataFolder::restrictNewFilesToOwner();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("purser-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PURSER_VERSION));
    qSetMessagePattern(QStringLiteral(
        "%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-debug}debug%{endif}%{if-info}info%{endif}"
        "%{if-warning}warning%{endif}%{if-critical}error%{endif}%{if-fatal}fatal%{endif} "
        "%{category}: %{message}"));

    QString error;
    const auto options = ServerOptions::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "purser-server: error: %s\n", qPrintable(error));
        return 2;
    }
    switch (options->action) {
    case ServerOptions::Action::Help:
        std::fputs(qPrintable(ServerOptions::usage()), stdout);
        return 0;
    case ServerOptions::Action::Version:
        std::printf("purser-server %s\n", PURSER_VERSION);
        return 0;
    default:
        break;
    }
    purser::server::RequestLog::install(options->logFormat);
    if (sodium_init() < 0) {
        std::fprintf(stderr, "purser-server: error: libsodium failed to initialise\n");
        return 1;
    }
    purser::server::AdminCommands admin(*options);
    switch (options->action) {
    case ServerOptions::Action::Migrate:
        return admin.migrate();
    case ServerOptions::Action::CreateOrg:
        return admin.createOrg();
    case ServerOptions::Action::CreateUser: {
        QTextStream input(stdin);
        return admin.createUser(input);
    }
    case ServerOptions::Action::Backup:
        return purser::server::BackupCommand(*options).run();
    case ServerOptions::Action::RotateSigningKey:
        return admin.rotateSigningKey();
    case ServerOptions::Action::RotateDataKey:
        return purser::server::KeyCommands(*options).rotateDataKey();
    case ServerOptions::Action::RotateMasterKey:
        return purser::server::KeyCommands(*options).rotateMasterKey();
    default:
        return purser::server::ServerApplication().run(*options);
    }
}
