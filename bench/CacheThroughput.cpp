#include "bench/BenchArguments.h"
#include "bench/BenchCommands.h"

#include "cache/CacheKey.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <sqlite3.h>

namespace purser::bench {
namespace {

// One employee record as the cache keeps it (the server's JSON, ~500 bytes).
QByteArray recordBody(int i)
{
    return QStringLiteral(
               R"({"id":"e-%1","employee_no":"E%1","full_name":"Person Number %1","email":)"
               R"("person%1@acme.example","department":"Operations","position":"Clerk",)"
               R"("employment_type":"full_time","start_date":"2024-01-05","status":"active",)"
               R"("national_id":"S%1D","bank_name":"DBS","bank_account":"123-%1-0",)"
               R"("base_salary":{"amount":%2,"currency":"SGD"},"version":1,)"
               R"("updated_at":"2026-01-05T10:00:00.000Z"})")
        .arg(i)
        .arg(400000 + i)
        .toUtf8();
}

struct Figures
{
    double writeSeconds = 0;
    double readSeconds = 0;
    bool ok = false;
};

// Same library (SQLCipher), same statements; the only difference is PRAGMA key.
Figures run(const QString& path, const QByteArray& hexKey, int rows)
{
    Figures f;
    QFile::remove(path);
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        return f;
    }
    if (!hexKey.isEmpty()) {
        const QByteArray pragma = "PRAGMA key = \"x'" + hexKey + "'\";";
        sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr);
    }
    sqlite3_exec(db,
                 "PRAGMA journal_mode = WAL; CREATE TABLE records (resource TEXT NOT NULL, id "
                 "TEXT NOT NULL, version INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY "
                 "(resource, id));",
                 nullptr, nullptr, nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO records VALUES ('employees', ?, 1, ?)", -1, &insert,
                       nullptr);
    // Pages of 200 rows per transaction, as the sync engine writes them.
    for (int i = 0; i < rows; ++i) {
        if (i % 200 == 0) {
            sqlite3_exec(db, i == 0 ? "BEGIN" : "COMMIT; BEGIN", nullptr, nullptr, nullptr);
        }
        const QByteArray id = "e-" + QByteArray::number(i);
        const QByteArray body = recordBody(i);
        sqlite3_bind_text(insert, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 2, body.constData(), int(body.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(insert) != SQLITE_DONE) {
            sqlite3_finalize(insert);
            sqlite3_close(db);
            return f;
        }
        sqlite3_reset(insert);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_finalize(insert);
    f.writeSeconds = timer.restart() / 1000.0;
    sqlite3_close(db);

    // Read back from a fresh connection (cold page cache of SQLCipher, warm OS cache).
    sqlite3_open(path.toUtf8().constData(), &db);
    if (!hexKey.isEmpty()) {
        const QByteArray pragma = "PRAGMA key = \"x'" + hexKey + "'\";";
        sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr);
    }
    timer.restart();
    sqlite3_stmt* select = nullptr;
    sqlite3_prepare_v2(db, "SELECT id, body FROM records WHERE resource = 'employees' ORDER BY id",
                       -1, &select, nullptr);
    qint64 bytes = 0;
    int read = 0;
    while (sqlite3_step(select) == SQLITE_ROW) {
        bytes += sqlite3_column_bytes(select, 1);
        ++read;
    }
    sqlite3_finalize(select);
    f.readSeconds = timer.elapsed() / 1000.0;
    sqlite3_close(db);
    f.ok = read == rows && bytes > 0;
    return f;
}

} // namespace

int cacheThroughput(const QStringList& arguments)
{
    const QString dir = option(arguments, QStringLiteral("dir"), QDir::tempPath());
    const int rows = option(arguments, QStringLiteral("rows"), QStringLiteral("100000")).toInt();
    const Figures plain = run(dir + QStringLiteral("/bench-plain.db"), {}, rows);
    const Figures encrypted =
        run(dir + QStringLiteral("/bench-encrypted.db"), CacheKey::generateHex(), rows);
    QFile::remove(dir + QStringLiteral("/bench-plain.db"));
    QFile::remove(dir + QStringLiteral("/bench-encrypted.db"));
    if (!plain.ok || !encrypted.ok) {
        std::fprintf(stderr, "cache-throughput: a run failed\n");
        return 1;
    }
    std::printf("cache_throughput rows=%d enc_write_per_s=%.0f plain_write_per_s=%.0f "
                "enc_read_per_s=%.0f plain_read_per_s=%.0f write_ratio=%.2f read_ratio=%.2f\n",
                rows, rows / encrypted.writeSeconds, rows / plain.writeSeconds,
                rows / encrypted.readSeconds, rows / plain.readSeconds,
                plain.writeSeconds / encrypted.writeSeconds,
                plain.readSeconds / encrypted.readSeconds);
    return 0;
}

} // namespace purser::bench
