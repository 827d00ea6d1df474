#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace purser::server {

// A value bound to a native statement: NULL, text (UTF-8) or a 64-bit integer.
struct NativeValue
{
    enum class Kind
    {
        Null,
        Text,
        Integer
    };
    Kind kind = Kind::Null;
    QByteArray text;
    qint64 integer = 0;
};

// What each backend's statement does (PostgresStatement, SqliteStatement).
class NativeRows
{
public:
    virtual ~NativeRows() = default;
    virtual void exec(const QList<NativeValue>& binds) = 0; // throws StoreError
    virtual bool next() = 0;
    virtual bool isNull(int column) const = 0;
    // The column's bytes as the database returns them as text, valid until the next row.
    virtual QByteArrayView bytes(int column) const = 0;
    virtual void finish() = 0; // done with the rows
};

// One statement run through the database's own client library on the connection of `db`
// (libpq for PostgreSQL, SQLite's C API), prepared once per connection and reused, its
// values read as the bytes the database returns: no QSqlQuery, QVariant or QSqlRecord per
// value (issue 14). One round trip per execution on PostgreSQL. `sql` uses ? placeholders
// (never inside a quoted literal). Use it inside a Transaction like any other statement:
// it runs on the same connection, so it sees the transaction and its row-level scope.
class NativeStatement
{
public:
    NativeStatement(const QSqlDatabase& db, QByteArray sql, const char* context);
    ~NativeStatement();
    NativeStatement(const NativeStatement&) = delete;
    NativeStatement& operator=(const NativeStatement&) = delete;

    NativeStatement& bind(const QString& text);
    NativeStatement& bind(qint64 value);
    NativeStatement& bind(const std::optional<QString>& textOrNull);
    NativeStatement& bindNull();

    void exec(); // throws StoreError
    bool next();
    // Done with the rows before the last was read. On SQLite a statement that still stands on
    // a row holds its read snapshot, and a write on the connection then cannot wait for
    // another writer: it fails at once with "database is locked" (SQLITE_BUSY_SNAPSHOT).
    void finish() { m_rows->finish(); }

    bool isNull(int column) const { return m_rows->isNull(column); }
    QByteArrayView bytes(int column) const { return m_rows->bytes(column); }
    QString text(int column) const;
    std::optional<QString> optionalText(int column) const;
    qint64 integer(int column) const;
    bool boolean(int column) const;   // SQLite 0/1, PostgreSQL t/f
    QDateTime time(int column) const; // invalid when NULL; UTC
    std::optional<QDate> date(int column) const;

    // Finalises what was prepared on `db`'s connection; Database calls it before it closes a
    // connection (SQLite refuses to close one with statements still prepared on it).
    static void forgetConnection(const QSqlDatabase& db);

private:
    std::unique_ptr<NativeRows> m_rows;
    QList<NativeValue> m_binds;
};

} // namespace purser::server
