#include "PurserVersion.h"
#include "app/AppController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>
#include <cstring>

namespace {

// --version and --help must work without a display (scripts, packaging checks), so they are
// answered before QApplication, which would need a windowing system.
bool handledWithoutGui(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("purser %s\n", PURSER_VERSION);
            return true;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::printf("Usage: purser [--server https://host:port] [--version]\n"
                        "Desktop admin client for HR, payroll and finance data.\n");
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (handledWithoutGui(argc, argv)) {
        return 0;
    }
    QApplication::setOrganizationName(QStringLiteral("Purser"));
    QApplication::setOrganizationDomain(QStringLiteral("purser.example"));
    QApplication::setApplicationName(QStringLiteral("purser"));
    QApplication::setApplicationVersion(QStringLiteral(PURSER_VERSION));
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(true);

    QCommandLineParser parser;
    const QCommandLineOption server(
        QStringLiteral("server"), QApplication::translate("main", "Server address to sign in to."),
        QStringLiteral("url"));
    parser.addOption(server);
    parser.process(app);

    purser::AppController controller;
    controller.start(parser.value(server));
    return app.exec();
}
