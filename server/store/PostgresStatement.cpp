#include "server/store/PostgresStatement.h"

#include "server/store/StoreError.h"

#include <QHash>
#include <QSqlDriver>
#include <libpq-fe.h>
#include <vector>

namespace purser::server {
namespace {

// The statements prepared on each of this thread's connections, by SQL text. A connection
// that was closed and opened again has a new PGconn, which empties its list.
struct PreparedOnConnection
{
    PGconn* conn = nullptr;
    QHash<QByteArray, QByteArray> names;
    int lastNumber = 0; // names are never reused, also after one was forgotten
};
thread_local QHash<QString, PreparedOnConnection> t_prepared;

constexpr char kUndefinedStatement[] = "26000"; // the server no longer knows the name

PGconn* connectionOf(const QSqlDatabase& db)
{
    // Qt's driver names the type as it registered it, "PGconn*" or the struct's "pg_conn*".
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0) {
        return nullptr;
    }
    return *static_cast<PGconn* const*>(handle.constData());
}

// ? placeholders to $1, $2, ...; quoted text is copied as it is.
QByteArray numberedPlaceholders(const QByteArray& sql)
{
    QByteArray out;
    out.reserve(sql.size() + 16);
    char quote = 0;
    int next = 0;
    for (const char c : sql) {
        if (quote) {
            quote = c == quote ? 0 : quote;
            out += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '?') {
            out += '$' + QByteArray::number(++next);
        } else {
            out += c;
        }
    }
    return out;
}

// Qt's driver reads a forward-only result row by row; what it left unread would block the
// next command on the connection, so it is read to the end first.
void finishPendingResults(PGconn* conn)
{
    while (PGresult* pending = PQgetResult(conn)) {
        PQclear(pending);
    }
}

} // namespace

PostgresStatement::PostgresStatement(const QSqlDatabase& db, QByteArray sql, const char* context)
    : m_conn(connectionOf(db)), m_connectionName(db.connectionName()),
      m_sql(numberedPlaceholders(sql)), m_context(context)
{
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        throw StoreError(QLatin1String(context) + QStringLiteral(": the connection is closed"));
    }
}

PostgresStatement::~PostgresStatement()
{
    PQclear(m_result);
}

void PostgresStatement::fail(PGresult* result) const
{
    // The primary message and the SQLSTATE only: the DETAIL line may quote row values.
    QString message = QString::fromUtf8(result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY)
                                               : PQerrorMessage(m_conn));
    if (result) {
        message += QStringLiteral(" (SQLSTATE %1)")
                       .arg(QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)));
    }
    PQclear(result);
    throw StoreError(QLatin1String(m_context) + QStringLiteral(": ") + message.trimmed());
}

QByteArray PostgresStatement::preparedName(bool* fresh)
{
    PreparedOnConnection& prepared = t_prepared[m_connectionName];
    if (prepared.conn != m_conn) {
        prepared = {m_conn, {}};
    }
    *fresh = false;
    QByteArray name = prepared.names.value(m_sql);
    if (!name.isEmpty()) {
        return name;
    }
    name = "purser_native_" + QByteArray::number(++prepared.lastNumber);
    PGresult* result = PQprepare(m_conn, name.constData(), m_sql.constData(), 0, nullptr);
    if (PQresultStatus(result) != PGRES_COMMAND_OK) {
        fail(result);
    }
    PQclear(result);
    prepared.names.insert(m_sql, name);
    *fresh = true;
    return name;
}

void PostgresStatement::exec(const QList<NativeValue>& binds)
{
    std::vector<QByteArray> numbers;
    std::vector<const char*> values;
    std::vector<int> lengths;
    numbers.reserve(size_t(binds.size()));
    for (const NativeValue& value : binds) {
        if (value.kind == NativeValue::Kind::Integer) {
            numbers.push_back(QByteArray::number(value.integer));
            values.push_back(numbers.back().constData());
            lengths.push_back(int(numbers.back().size()));
        } else if (value.kind == NativeValue::Kind::Text) {
            values.push_back(value.text.constData());
            lengths.push_back(int(value.text.size()));
        } else {
            values.push_back(nullptr);
            lengths.push_back(0);
        }
    }
    finishPendingResults(m_conn);
    PQclear(std::exchange(m_result, nullptr));
    for (int attempt = 1;; ++attempt) {
        bool fresh = false;
        const QByteArray name = preparedName(&fresh);
        PGresult* result = PQexecPrepared(m_conn, name.constData(), int(values.size()),
                                          values.data(), lengths.data(), nullptr, 0);
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
            m_result = result;
            m_rowCount = PQntuples(result);
            m_row = -1;
            return;
        }
        // Someone ran DEALLOCATE ALL or DISCARD ALL on the connection (a pooler): every name is
        // gone. Outside a transaction this statement is prepared again, once; inside one the
        // error has already aborted it, so it fails and later statements prepare afresh.
        const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        if (!fresh && state && qstrcmp(state, kUndefinedStatement) == 0) {
            t_prepared[m_connectionName].names.clear();
            if (attempt == 1 && PQtransactionStatus(m_conn) == PQTRANS_IDLE) {
                PQclear(result);
                continue;
            }
        }
        fail(result);
    }
}

bool PostgresStatement::next()
{
    if (!m_result || m_row + 1 >= m_rowCount) {
        return false;
    }
    ++m_row;
    return true;
}

bool PostgresStatement::isNull(int column) const
{
    return PQgetisnull(m_result, m_row, column) != 0;
}

QByteArrayView PostgresStatement::bytes(int column) const
{
    return {PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column)};
}

void PostgresStatement::finish()
{
    m_row = m_rowCount; // the result is read in full already; nothing is held on the server
}

void PostgresStatement::forgetConnection(const QString& connectionName)
{
    t_prepared.remove(connectionName);
}

} // namespace purser::server
