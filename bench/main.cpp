// purser-bench: the measuring steps of bench/run that use Purser's own code.
#include "bench/BenchCommands.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Purser"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("purser.example"));
    QCoreApplication::setApplicationName(QStringLiteral("purser"));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (command == u"audit-fill") {
        return purser::bench::auditFill(arguments);
    }
    if (command == u"cache-throughput") {
        return purser::bench::cacheThroughput(arguments);
    }
    if (command == u"client-cache") {
        return purser::bench::clientCache(arguments);
    }
    std::fprintf(stderr, "usage: purser-bench audit-fill|cache-throughput|client-cache ...\n");
    return 2;
}
