#include "bench/BenchArguments.h"
#include "bench/BenchCommands.h"

#include "server/audit/AuditLog.h"
#include "server/store/Database.h"
#include "server/store/StoreError.h"
#include "server/store/Transaction.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <cstdio>

namespace purser::bench {
namespace {

using namespace purser::server;

// Entries like the ones a busy organisation writes: employee updates with redacted and plain
// changes, from a desktop session.
AuditEvent benchEvent(const QString& org, qint64 n)
{
    static const QStringList actions = {QStringLiteral("update"), QStringLiteral("create"),
                                        QStringLiteral("submit"), QStringLiteral("approve")};
    static const QStringList types = {QStringLiteral("employee"), QStringLiteral("claim"),
                                      QStringLiteral("payroll_run"), QStringLiteral("receipt")};
    AuditEvent e;
    e.orgId = org;
    e.actor = AuditActor{QStringLiteral("user"), QStringLiteral("bench-user-%1").arg(n % 7),
                         QStringLiteral("Bench User %1").arg(n % 7)};
    e.channel = QStringLiteral("desktop");
    e.action = actions.at(n % actions.size());
    e.entityType = types.at((n / 3) % types.size());
    e.entityId = QStringLiteral("bench-%1").arg(n % 10000);
    e.summary = QStringLiteral("Bench change %1 to a record").arg(n);
    e.changes = {{QStringLiteral("department"),
                  AuditEvent::change(QStringLiteral("Finance"), QStringLiteral("Operations"))},
                 {QStringLiteral("bank_account"),
                  AuditEvent::change(QStringLiteral("1"), QStringLiteral("2"), true)}};
    e.ip = QStringLiteral("127.0.0.1");
    e.userAgent = QStringLiteral("purser-bench");
    e.requestId = QStringLiteral("bench-%1").arg(n);
    return e;
}

// Appends many entries per statement inside the caller's transaction. Each entry is sealed
// by AuditLog::seal() and stored as AuditLog::insertValues() lays it out, so the chain is
// the one AuditLog::append() would have written; only the round trips differ (one
// multi-row INSERT per `rows` entries instead of four statements per entry). The head is
// locked and read once, and left as append() leaves it.
class BulkAuditWriter
{
public:
    BulkAuditWriter(QSqlDatabase db, QString org, int rows)
        : m_db(std::move(db)), m_org(std::move(org)), m_rows(rows)
    {
    }

    void write(qint64 first, qint64 count)
    {
        qint64 n = first;
        const qint64 end = first + count;
        if (!readHead()) {
            // A chain's first entry creates its head: the server's writer does that.
            AuditLog(m_db).append(benchEvent(m_org, n++));
            if (!readHead()) {
                throw StoreError(QStringLiteral("audit-fill: no audit head"));
            }
        }
        QVariantList values;
        int pending = 0;
        for (; n < end; ++n) {
            const AuditEvent event = benchEvent(m_org, n);
            const QJsonObject sealed = AuditLog::seal(event, ++m_seq, m_hash);
            m_hash = sealed.value(QStringLiteral("hash")).toString();
            values += AuditLog::insertValues(event, sealed);
            if (++pending == m_rows) {
                insert(values, pending);
                values.clear();
                pending = 0;
            }
        }
        if (pending > 0) {
            insert(values, pending);
        }
        QSqlQuery link(m_db);
        link.prepare(
            QStringLiteral("UPDATE audit_heads SET last_seq = ?, last_hash = ? WHERE org_id = ?"));
        link.addBindValue(m_seq);
        link.addBindValue(m_hash);
        link.addBindValue(m_org);
        run(link, "audit-fill: link head");
    }

private:
    static void run(QSqlQuery& query, const char* context)
    {
        if (!query.exec()) {
            throw StoreError(QString::fromLatin1(context), query.lastError());
        }
    }

    // Locks the head (a no-op UPDATE, like append()'s bump) and reads it.
    bool readHead()
    {
        QSqlQuery lock(m_db);
        lock.prepare(QStringLiteral("UPDATE audit_heads SET last_seq = last_seq WHERE org_id = ?"));
        lock.addBindValue(m_org);
        run(lock, "audit-fill: lock head");
        QSqlQuery head(m_db);
        head.prepare(
            QStringLiteral("SELECT last_seq, last_hash FROM audit_heads WHERE org_id = ?"));
        head.addBindValue(m_org);
        run(head, "audit-fill: read head");
        if (!head.next()) {
            return false;
        }
        m_seq = head.value(0).toLongLong();
        m_hash = head.value(1).toString();
        return true;
    }

    // One INSERT of `rows` rows, its values written as literals by the driver's own quoting
    // (QSqlDriver::formatValue): PostgreSQL parses that several times faster than the same
    // rows as thousands of bound parameters, and SQLite has no parameter limit to hit.
    void insert(const QVariantList& values, int rows)
    {
        const qsizetype width = values.size() / rows; // the columns insertColumns() names
        QString sql = QStringLiteral("INSERT INTO audit_log (") + AuditLog::insertColumns() +
                      QStringLiteral(") VALUES ");
        sql.reserve(values.size() * 40);
        QSqlField field;
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QVariant& value = values.at(i);
            sql += i == 0           ? QStringLiteral("(")
                   : i % width == 0 ? QStringLiteral("), (")
                                    : QStringLiteral(", ");
            field.setMetaType(value.metaType());
            field.setValue(value);
            sql += m_db.driver()->formatValue(field);
        }
        sql += u')';
        QSqlQuery query(m_db);
        if (!query.exec(sql)) {
            throw StoreError(QStringLiteral("audit-fill: insert entries"), query.lastError());
        }
    }

    QSqlDatabase m_db;
    QString m_org;
    int m_rows;
    qint64 m_seq = 0;
    QString m_hash;
};

} // namespace

int auditFill(const QStringList& arguments)
{
    const QString sqlite = option(arguments, QStringLiteral("sqlite"));
    const QString postgres = option(arguments, QStringLiteral("postgres"));
    const QString org = option(arguments, QStringLiteral("org"));
    const qint64 count =
        option(arguments, QStringLiteral("count"), QStringLiteral("1000")).toLongLong();
    const int batch = option(arguments, QStringLiteral("batch"), QStringLiteral("5000")).toInt();
    const int rows = option(arguments, QStringLiteral("rows"), QStringLiteral("100")).toInt();
    const bool perEntry = arguments.contains(QStringLiteral("--per-entry"));
    // Today's entries, one at a time, as the hash chain alone appended them before the
    // Merkle tree (lock, read, insert, link the head): the baseline the tree's cost is
    // compared with. The tree lags behind these and catches up as at a start.
    const bool chainOnly = arguments.contains(QStringLiteral("--chain-only"));
    if (org.isEmpty() || (sqlite.isEmpty() == postgres.isEmpty()) || count < 1 || batch < 1 ||
        rows < 1 || rows > 1000) {
        std::fprintf(stderr, "usage: audit-fill (--sqlite FILE | --postgres URL) --org ORG "
                             "--count M [--batch B] [--rows R | --per-entry [--chain-only]]\n");
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
    QElapsedTimer timer;
    timer.start();
    try {
        for (qint64 done = 0; done < count;) {
            const qint64 size = qMin<qint64>(batch, count - done);
            Transaction tx(db->connection(), org);
            if (perEntry && chainOnly) {
                for (qint64 i = 0; i < size; ++i) {
                    BulkAuditWriter(tx.db(), org, 1).write(done + i, 1);
                }
            } else if (perEntry) {
                AuditLog log(tx.db());
                for (qint64 i = 0; i < size; ++i) {
                    log.append(benchEvent(org, done + i));
                }
            } else {
                BulkAuditWriter(tx.db(), org, rows).write(done, size);
            }
            tx.commit();
            done += size;
        }
    } catch (const StoreError& e) {
        std::fprintf(stderr, "audit-fill: %s\n", e.what());
        return 1;
    }
    const double seconds = timer.elapsed() / 1000.0;
    std::printf("audit_fill mode=%s entries=%lld seconds=%.2f per_s=%.0f\n",
                perEntry ? (chainOnly ? "per_entry_chain_only" : "per_entry") : "bulk",
                static_cast<long long>(count), seconds,
                count / seconds);
    return 0;
}

} // namespace purser::bench
