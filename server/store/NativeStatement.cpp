#include "server/store/NativeStatement.h"

#include "server/store/PostgresStatement.h"
#include "server/store/SqlValues.h"
#include "server/store/SqliteStatement.h"
#include "server/store/StoreError.h"

#include <QSqlDriver>
#include <charconv>

namespace purser::server {

NativeStatement::NativeStatement(const QSqlDatabase& db, QByteArray sql, const char* context)
{
    const QSqlDriver* driver = db.driver();
    if (!driver || !db.isOpen()) {
        throw StoreError(QLatin1String(context) + QStringLiteral(": the connection is closed"));
    }
    if (driver->dbmsType() == QSqlDriver::PostgreSQL) {
        m_rows = std::make_unique<PostgresStatement>(db, std::move(sql), context);
    } else {
        m_rows = std::make_unique<SqliteStatement>(db, std::move(sql), context);
    }
}

NativeStatement::~NativeStatement() = default;

NativeStatement& NativeStatement::bind(const QString& text)
{
    m_binds.append({NativeValue::Kind::Text, text.toUtf8(), 0});
    return *this;
}

NativeStatement& NativeStatement::bind(qint64 value)
{
    m_binds.append({NativeValue::Kind::Integer, {}, value});
    return *this;
}

NativeStatement& NativeStatement::bind(const std::optional<QString>& textOrNull)
{
    return textOrNull ? bind(*textOrNull) : bindNull();
}

NativeStatement& NativeStatement::bindNull()
{
    m_binds.append(NativeValue{});
    return *this;
}

void NativeStatement::exec()
{
    m_rows->exec(m_binds);
}

bool NativeStatement::next()
{
    return m_rows->next();
}

QString NativeStatement::text(int column) const
{
    return isNull(column) ? QString() : QString::fromUtf8(bytes(column));
}

std::optional<QString> NativeStatement::optionalText(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return QString::fromUtf8(bytes(column));
}

qint64 NativeStatement::integer(int column) const
{
    const QByteArrayView digits = bytes(column);
    qint64 value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
}

bool NativeStatement::boolean(int column) const
{
    const QByteArrayView value = bytes(column);
    return value == "t" || value == "1" || value == "true";
}

QDateTime NativeStatement::time(int column) const
{
    return isNull(column) ? QDateTime() : sql::timeFromText(bytes(column));
}

std::optional<QDate> NativeStatement::date(int column) const
{
    return isNull(column) ? std::nullopt : sql::dateFromText(bytes(column));
}

void NativeStatement::forgetConnection(const QSqlDatabase& db)
{
    PostgresStatement::forgetConnection(db.connectionName());
    SqliteStatement::forgetConnection(db.connectionName());
}

} // namespace purser::server
