// purser-bench-server: the steps of bench/run that use the server's store and audit writer.
// A separate program from purser-bench because that one links the client's SQLCipher, whose
// sqlite3 symbols would then serve the server's SQLite driver too: these steps run on the
// same SQLite library as purser-server.
#include "bench/BenchCommands.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (command == u"audit-fill") {
        return purser::bench::auditFill(arguments);
    }
    if (command == u"audit-verify") {
        return purser::bench::auditVerify(arguments);
    }
    if (command == u"audit-proofs") {
        return purser::bench::auditProofs(arguments);
    }
    std::fprintf(stderr, "usage: purser-bench-server audit-fill|audit-verify|audit-proofs ...\n");
    return 2;
}
