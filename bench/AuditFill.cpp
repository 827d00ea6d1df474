#include "bench/BenchArguments.h"
#include "bench/BenchCommands.h"

#include "server/audit/AuditLog.h"
#include "server/store/Database.h"
#include "server/store/StoreError.h"
#include "server/store/Transaction.h"

#include <QElapsedTimer>
#include <cstdio>

namespace purser::bench {

int auditFill(const QStringList& arguments)
{
    using namespace purser::server;
    const QString sqlite = option(arguments, QStringLiteral("sqlite"));
    const QString postgres = option(arguments, QStringLiteral("postgres"));
    const QString org = option(arguments, QStringLiteral("org"));
    const qint64 count =
        option(arguments, QStringLiteral("count"), QStringLiteral("1000")).toLongLong();
    const int batch = option(arguments, QStringLiteral("batch"), QStringLiteral("5000")).toInt();
    if (org.isEmpty() || (sqlite.isEmpty() == postgres.isEmpty()) || count < 1 || batch < 1) {
        std::fprintf(stderr, "usage: audit-fill (--sqlite FILE | --postgres URL) --org ORG "
                             "--count M [--batch B]\n");
        return 2;
    }
    QString error;
    std::optional<Database> db;
    if (!sqlite.isEmpty()) {
        db = Database::sqlite(sqlite);
    } else {
        const auto url = DatabaseUrl::parse(postgres, &error);
        if (!url) {
            std::fprintf(stderr, "audit-fill: %s\n", qPrintable(error));
            return 2;
        }
        db = Database::postgres(*url);
    }
    if (!db->open(&error)) {
        std::fprintf(stderr, "audit-fill: %s\n", qPrintable(error));
        return 1;
    }
    // Entries like the ones a busy organisation writes: employee updates with redacted and
    // plain changes, from a desktop session.
    const QStringList actions = {QStringLiteral("update"), QStringLiteral("create"),
                                 QStringLiteral("submit"), QStringLiteral("approve")};
    const QStringList types = {QStringLiteral("employee"), QStringLiteral("claim"),
                               QStringLiteral("payroll_run"), QStringLiteral("receipt")};
    QElapsedTimer timer;
    timer.start();
    try {
        for (qint64 done = 0; done < count;) {
            Transaction tx(db->connection(), org);
            AuditLog log(tx.db());
            for (int i = 0; i < batch && done < count; ++i, ++done) {
                AuditEvent e;
                e.orgId = org;
                e.actor = AuditActor{QStringLiteral("user"),
                                     QStringLiteral("bench-user-%1").arg(done % 7),
                                     QStringLiteral("Bench User %1").arg(done % 7)};
                e.channel = QStringLiteral("desktop");
                e.action = actions.at(done % actions.size());
                e.entityType = types.at((done / 3) % types.size());
                e.entityId = QStringLiteral("bench-%1").arg(done % 10000);
                e.summary = QStringLiteral("Bench change %1 to a record").arg(done);
                e.changes = {
                    {QStringLiteral("department"),
                     AuditEvent::change(QStringLiteral("Finance"), QStringLiteral("Operations"))},
                    {QStringLiteral("bank_account"),
                     AuditEvent::change(QStringLiteral("1"), QStringLiteral("2"), true)}};
                e.ip = QStringLiteral("127.0.0.1");
                e.userAgent = QStringLiteral("purser-bench");
                e.requestId = QStringLiteral("bench-%1").arg(done);
                log.append(e);
            }
            tx.commit();
        }
    } catch (const StoreError& e) {
        std::fprintf(stderr, "audit-fill: %s\n", e.what());
        return 1;
    }
    const double seconds = timer.elapsed() / 1000.0;
    std::printf("audit_fill entries=%lld seconds=%.2f per_s=%.0f\n", static_cast<long long>(count),
                seconds, count / seconds);
    return 0;
}

} // namespace purser::bench
