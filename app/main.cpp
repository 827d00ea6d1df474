#include "PurserVersion.h"
#include "app/AppController.h"
#include "app/FirstPaintProbe.h"
#include "app/HeadlessCommands.h"
#include "app/WindowScreenshot.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
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
            std::printf(
                "Usage: purser [--server https://host:port] [--version]\n"
                "       purser sign-in --server URL --email EMAIL [--pin-sha256 FINGERPRINT]\n"
                "       purser sync [--org ORG] [--discard-offline-data]\n"
                "       purser sign-out [--remove-offline-data [--discard-unsent]]\n"
                "       purser export-audit --org ORG [--from T] [--to T] --format csv|jsonl "
                "[--entity ID] --out FILE\n"
                "       purser verify-export [--trusted-key FINGERPRINT]... [--require-witness "
                "FINGERPRINT]... FILE\n"
                "       purser import-employees FILE --org ORG [--dry-run] [--mapping FILE]\n"
                "       purser export-person --org ORG --employee ID|EMPLOYEE_NO --out DIR\n"
                "       purser verify-person-export [--trusted-key FINGERPRINT]... DIR\n"
                "Desktop admin client for HR, payroll and finance data. The commands need no "
                "display;\nsign-in reads the password from standard input.\n");
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
    // Same names for the window and the commands: same settings, same app-data folder.
    QCoreApplication::setOrganizationName(QStringLiteral("Purser"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("purser.example"));
    QCoreApplication::setApplicationName(QStringLiteral("purser"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PURSER_VERSION));
    if (argc > 1 && purser::isHeadlessCommand(argv[1])) {
        return purser::runHeadlessCommand(
            argc, argv, [](QCoreApplication& app) { purser::installTranslations(app); });
    }
    QApplication app(argc, argv);
    purser::FirstPaintProbe::installIfRequested(&app);
    QApplication::setQuitOnLastWindowClosed(true);
    // The desktop file and AppStream id (Wayland app id, taskbar grouping) and the icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.purser.Purser"));
    Q_INIT_RESOURCE(resources);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/purser/icons/purser.svg")));

    QCommandLineParser parser;
    const QCommandLineOption server(
        QStringLiteral("server"), QApplication::translate("main", "Server address to sign in to."),
        QStringLiteral("url"));
    parser.addOption(server);
    // Hidden: save a picture of the first window shown and exit (packaging smoke test).
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.process(app);
    purser::installTranslations(app); // before the first window: its texts are read once

    purser::AppController controller;
    if (!controller.start(parser.value(server))) {
        return 1; // the passphrase was not given: nothing can be unlocked
    }
    if (parser.isSet(screenshot)) {
        purser::WindowScreenshot::saveFirstWindow(parser.value(screenshot));
    }
    return app.exec();
}
