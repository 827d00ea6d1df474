#pragma once

#include "server/store/NativeStatement.h"

struct sqlite3;
struct sqlite3_stmt;

namespace purser::server {

// NativeStatement on SQLite's C API: each statement is compiled once per connection and kept
// (SQLITE_PREPARE_PERSISTENT), reset and bound again for every run. A statement already in
// use further up the stack (the same SQL nested) gets a private copy for this run.
class SqliteStatement final : public NativeRows
{
public:
    SqliteStatement(const QSqlDatabase& db, QByteArray sql, const char* context);
    ~SqliteStatement() override;

    void exec(const QList<NativeValue>& binds) override;
    bool next() override;
    bool isNull(int column) const override;
    QByteArrayView bytes(int column) const override;
    void finish() override;

    static void forgetConnection(const QString& connectionName);

private:
    [[noreturn]] void fail() const;

    sqlite3* m_handle = nullptr;
    QString m_connectionName;
    QByteArray m_sql;
    const char* m_context;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_private = false;    // finalised here, not kept for the connection
    bool m_rowPending = false; // exec() stepped onto the first row
    bool m_done = true;
};

} // namespace purser::server
