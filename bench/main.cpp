// purser-bench: the measuring steps of bench/run that use the client's code (cache, views);
// purser-bench-server has the server-side ones.
#include "bench/BenchCommands.h"

#include <QApplication>
#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char* argv[])
{
    // client-cache shows the client's audit-log view (bench/run sets the offscreen platform).
    const bool widgets = argc > 1 && std::strcmp(argv[1], "client-cache") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (widgets) {
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Purser"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("purser.example"));
    QCoreApplication::setApplicationName(QStringLiteral("purser"));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (command == u"cache-throughput") {
        return purser::bench::cacheThroughput(arguments);
    }
    if (command == u"client-cache") {
        return purser::bench::clientCache(arguments);
    }
    std::fprintf(stderr, "usage: purser-bench cache-throughput|client-cache ...\n");
    return 2;
}
