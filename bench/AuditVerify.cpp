#include "bench/BenchArguments.h"
#include "bench/BenchCommands.h"

#include "core/AuditChain.h"
#include "server/audit/AuditLog.h"
#include "server/store/Database.h"
#include "server/store/StoreError.h"
#include "server/store/Transaction.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <cstdio>

namespace purser::bench {

int auditVerify(const QStringList& arguments)
{
    using namespace purser::server;
    const QString sqlite = option(arguments, QStringLiteral("sqlite"));
    const QString postgres = option(arguments, QStringLiteral("postgres"));
    const QString org = option(arguments, QStringLiteral("org"));
    if (org.isEmpty() || sqlite.isEmpty() == postgres.isEmpty()) {
        std::fprintf(stderr, "usage: audit-verify (--sqlite FILE | --postgres URL) --org ORG\n");
        return 2;
    }
    QString error;
    std::optional<Database> db;
    if (!sqlite.isEmpty()) {
        db = Database::sqlite(sqlite);
    } else if (const auto url = DatabaseUrl::parse(postgres, &error)) {
        db = Database::postgres(*url);
    } else {
        std::fprintf(stderr, "audit-verify: %s\n", qPrintable(error));
        return 2;
    }
    if (!db->open(&error)) {
        std::fprintf(stderr, "audit-verify: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    AuditChain chain;
    constexpr int page = 10000;
    try {
        for (int rows = page; rows == page;) {
            // Rows as the server reads them for GET audit-log (AuditLog::entryFromRecord),
            // checked by the verifier the client and auditors use.
            Transaction tx(db->connection(), org);
            QSqlQuery query(tx.db());
            query.setForwardOnly(true);
            query.prepare(QStringLiteral("SELECT ") + AuditLog::columns() +
                          QStringLiteral(" FROM audit_log WHERE org_id = ? AND seq > ? "
                                         "ORDER BY seq LIMIT ?"));
            query.addBindValue(org);
            query.addBindValue(chain.lastSeq());
            query.addBindValue(page);
            if (!query.exec()) {
                throw StoreError(QStringLiteral("audit-verify: read"), query.lastError());
            }
            rows = 0;
            while (query.next()) {
                ++rows;
                if (!chain.append(AuditLog::entryFromRecord(query.record()))) {
                    std::printf("audit_verify ok=0 bad_seq=%lld reason=%s\n",
                                static_cast<long long>(chain.verdict().badSeq),
                                qPrintable(chain.verdict().reason));
                    return 1;
                }
            }
            tx.commit();
        }
    } catch (const StoreError& e) {
        std::fprintf(stderr, "audit-verify: %s\n", e.what());
        return 1;
    }
    std::printf("audit_verify ok=1 entries=%lld seconds=%.2f\n",
                static_cast<long long>(chain.lastSeq()), timer.elapsed() / 1000.0);
    return 0;
}

} // namespace purser::bench
