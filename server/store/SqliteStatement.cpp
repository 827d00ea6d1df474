#include "server/store/SqliteStatement.h"

#include "server/store/StoreError.h"

#include <QHash>
#include <QSqlDriver>
#include <sqlite3.h>

namespace purser::server {
namespace {

struct KeptStatement
{
    sqlite3_stmt* stmt = nullptr;
    bool inUse = false;
};

// The statements compiled on each of this thread's connections, by SQL text. They must be
// finalised before the connection closes (Database::closeThreadConnection), or at the
// latest when the thread ends.
struct KeptOnConnection
{
    sqlite3* handle = nullptr;
    QHash<QByteArray, KeptStatement> statements;

    void finalizeAll()
    {
        for (const KeptStatement& kept : std::as_const(statements)) {
            sqlite3_finalize(kept.stmt);
        }
        statements.clear();
    }
};

struct KeptOnThread
{
    QHash<QString, KeptOnConnection> connections;
    ~KeptOnThread()
    {
        for (KeptOnConnection& connection : connections) {
            connection.finalizeAll();
        }
    }
};
thread_local KeptOnThread t_kept;

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

SqliteStatement::SqliteStatement(const QSqlDatabase& db, QByteArray sql, const char* context)
    : m_handle(handleOf(db)), m_connectionName(db.connectionName()), m_sql(std::move(sql)),
      m_context(context)
{
    if (!m_handle) {
        throw StoreError(QLatin1String(context) + QStringLiteral(": the connection is closed"));
    }
    KeptOnConnection& kept = t_kept.connections[m_connectionName];
    if (kept.handle != m_handle) {
        kept.finalizeAll(); // statements of a connection that is gone
        kept.handle = m_handle;
    }
    auto found = kept.statements.find(m_sql);
    if (found != kept.statements.end() && !found->inUse) {
        found->inUse = true;
        m_stmt = found->stmt;
        return;
    }
    const bool keep = found == kept.statements.end();
    const int rc = sqlite3_prepare_v3(m_handle, m_sql.constData(), int(m_sql.size()),
                                      keep ? SQLITE_PREPARE_PERSISTENT : 0, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        fail();
    }
    if (keep) {
        kept.statements.insert(m_sql, {m_stmt, true});
    } else {
        m_private = true;
    }
}

SqliteStatement::~SqliteStatement()
{
    if (m_private) {
        sqlite3_finalize(m_stmt);
        return;
    }
    // Reset ends the statement's read, so it holds no snapshot between runs.
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    auto connection = t_kept.connections.find(m_connectionName);
    if (connection != t_kept.connections.end() && connection->handle == m_handle) {
        auto found = connection->statements.find(m_sql);
        if (found != connection->statements.end() && found->stmt == m_stmt) {
            found->inUse = false;
        }
    }
}

void SqliteStatement::fail() const
{
    throw StoreError(QLatin1String(m_context) + QStringLiteral(": ") +
                     QString::fromUtf8(sqlite3_errmsg(m_handle)));
}

void SqliteStatement::exec(const QList<NativeValue>& binds)
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    int index = 0;
    for (const NativeValue& value : binds) {
        ++index;
        int rc = SQLITE_OK;
        if (value.kind == NativeValue::Kind::Integer) {
            rc = sqlite3_bind_int64(m_stmt, index, value.integer);
        } else if (value.kind == NativeValue::Kind::Text) {
            rc = sqlite3_bind_text(m_stmt, index, value.text.constData(), int(value.text.size()),
                                   SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK) {
            fail();
        }
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        fail();
    }
    m_rowPending = rc == SQLITE_ROW;
    m_done = rc == SQLITE_DONE;
}

bool SqliteStatement::next()
{
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (m_done) {
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    m_done = true;
    if (rc != SQLITE_DONE) {
        fail();
    }
    return false;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArrayView SqliteStatement::bytes(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return {text, sqlite3_column_bytes(m_stmt, column)};
}

void SqliteStatement::finish()
{
    sqlite3_reset(m_stmt);
    m_rowPending = false;
    m_done = true;
}

void SqliteStatement::forgetConnection(const QString& connectionName)
{
    auto found = t_kept.connections.find(connectionName);
    if (found != t_kept.connections.end()) {
        found->finalizeAll();
        t_kept.connections.erase(found);
    }
}

} // namespace purser::server
