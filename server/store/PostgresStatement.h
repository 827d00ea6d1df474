#pragma once

#include "server/store/NativeStatement.h"

struct pg_conn;
struct pg_result;

namespace purser::server {

// NativeStatement on libpq: prepared once per connection under a name of its own (Parse),
// then each run is one round trip (Bind, Execute, Sync); results arrive as text, buffered.
class PostgresStatement final : public NativeRows
{
public:
    PostgresStatement(const QSqlDatabase& db, QByteArray sql, const char* context);
    ~PostgresStatement() override;

    void exec(const QList<NativeValue>& binds) override;
    bool next() override;
    bool isNull(int column) const override;
    QByteArrayView bytes(int column) const override;
    void finish() override;

    static void forgetConnection(const QString& connectionName);

private:
    QByteArray preparedName(bool* fresh);
    [[noreturn]] void fail(pg_result* result) const;

    pg_conn* m_conn = nullptr;
    QString m_connectionName;
    QByteArray m_sql; // with $1, $2, ... placeholders
    const char* m_context;
    pg_result* m_result = nullptr;
    int m_row = -1;
    int m_rowCount = 0;
};

} // namespace purser::server
