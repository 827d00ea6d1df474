#include "cache/SqlCipherResult.h"

#include "cache/CacheLogging.h"
#include "cache/SqlCipherDriver.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <sqlite3.h>

namespace purser {

namespace {

QMetaType metaTypeForDeclared(const QString& declared)
{
    const QString type = declared.toLower();
    if (type.contains(QStringLiteral("int"))) {
        return QMetaType(QMetaType::LongLong);
    }
    if (type.contains(QStringLiteral("real")) || type.contains(QStringLiteral("floa")) ||
        type.contains(QStringLiteral("doub"))) {
        return QMetaType(QMetaType::Double);
    }
    if (type.contains(QStringLiteral("blob"))) {
        return QMetaType(QMetaType::QByteArray);
    }
    return QMetaType(QMetaType::QString);
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver, sqlite3* db)
    : QSqlResult(driver), m_db(db)
{
}

SqlCipherResult::~SqlCipherResult()
{
    finalize();
}

void SqlCipherResult::finalize()
{
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

void SqlCipherResult::setSqliteError(const QString& text, QSqlError::ErrorType type, int code)
{
    const QString native = QString::fromUtf8(sqlite3_errmsg(m_db));
    setLastError(QSqlError(text, native, type,
                           code == SQLITE_NOTADB ? SqlCipherDriver::wrongKeyOrDamagedCode()
                                                 : QString::number(code)));
}

bool SqlCipherResult::reset(const QString& query)
{
    if (!prepare(query)) {
        return false;
    }
    return exec();
}

bool SqlCipherResult::prepare(const QString& query)
{
    finalize();
    m_rows.clear();
    m_record.clear();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    if (!m_db) {
        setLastError(
            QSqlError(QStringLiteral("The database is not open."), {}, QSqlError::ConnectionError));
        return false;
    }
    const QByteArray utf8 = query.toUtf8();
    const char* tail = nullptr;
    const int rc =
        sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, &tail);
    if (rc != SQLITE_OK) {
        setSqliteError(QStringLiteral("Unable to prepare the statement"), QSqlError::StatementError,
                       rc);
        finalize();
        return false;
    }
    if (tail && *tail != '\0' && !QByteArray(tail).trimmed().isEmpty()) {
        // One statement per query, like QSQLITE: the rest would be silently ignored.
        setLastError(QSqlError(QStringLiteral("Only one statement per query is allowed"), {},
                               QSqlError::StatementError));
        finalize();
        return false;
    }
    const int columns = m_statement ? sqlite3_column_count(m_statement) : 0;
    for (int i = 0; i < columns; ++i) {
        const QString name = QString::fromUtf8(sqlite3_column_name(m_statement, i));
        const char* declared = sqlite3_column_decltype(m_statement, i);
        QSqlField field(name,
                        metaTypeForDeclared(declared ? QString::fromUtf8(declared) : QString()));
        m_record.append(field);
    }
    return true;
}

bool SqlCipherResult::bindAll()
{
    const int parameters = sqlite3_bind_parameter_count(m_statement);
    if (boundValueCount() != parameters) {
        setLastError(
            QSqlError(QStringLiteral("Parameter count mismatch"), {}, QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < parameters; ++i) {
        const QVariant value = boundValue(i);
        const int position = i + 1;
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_statement, position);
        } else {
            switch (value.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Long:
            case QMetaType::ULong:
            case QMetaType::Short:
            case QMetaType::UShort:
                rc = sqlite3_bind_int64(m_statement, position, value.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_statement, position, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = sqlite3_bind_blob64(m_statement, position, bytes.constData(),
                                         sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QDateTime:
                rc = sqlite3_bind_text(
                    m_statement, position,
                    value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8().constData(), -1,
                    SQLITE_TRANSIENT);
                break;
            default: {
                const QByteArray text = value.toString().toUtf8();
                rc =
                    sqlite3_bind_text64(m_statement, position, text.constData(),
                                        sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            setSqliteError(QStringLiteral("Unable to bind a parameter"), QSqlError::StatementError,
                           rc);
            return false;
        }
    }
    return true;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB: {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(m_statement, column)));
    }
    case SQLITE_NULL:
        return QVariant(m_record.field(column).metaType());
    default: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)));
    }
    }
}

bool SqlCipherResult::exec()
{
    m_rows.clear();
    m_rowsAffected = 0;
    setAt(QSql::BeforeFirstRow);
    if (!m_statement) {
        // An empty statement (only a comment) does nothing and succeeds, like QSQLITE.
        if (!lastError().isValid()) {
            setActive(true);
            setSelect(false);
            return true;
        }
        return false;
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (!bindAll()) {
        return false;
    }
    const int columns = sqlite3_column_count(m_statement);
    for (;;) {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW) {
            QVariantList row;
            row.reserve(columns);
            for (int i = 0; i < columns; ++i) {
                row.append(columnValue(i));
            }
            m_rows.append(std::move(row));
            continue;
        }
        if (rc == SQLITE_DONE) {
            break;
        }
        setSqliteError(QStringLiteral("Unable to execute the statement"), QSqlError::StatementError,
                       rc);
        m_rows.clear();
        sqlite3_reset(m_statement);
        setActive(false);
        return false;
    }
    m_rowsAffected = columns > 0 ? 0 : sqlite3_changes(m_db);
    sqlite3_reset(m_statement); // release every lock the statement held
    setSelect(columns > 0);
    setActive(true);
    return true;
}

QVariant SqlCipherResult::data(int index)
{
    if (at() < 0 || at() >= m_rows.size() || index < 0 || index >= m_rows.at(at()).size()) {
        return {};
    }
    return m_rows.at(at()).at(index);
}

bool SqlCipherResult::isNull(int index)
{
    return data(index).isNull();
}

bool SqlCipherResult::fetch(int index)
{
    if (index < 0 || index >= m_rows.size()) {
        setAt(index < 0 ? int(QSql::BeforeFirstRow) : int(QSql::AfterLastRow));
        return false;
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    return fetch(int(m_rows.size()) - 1);
}

int SqlCipherResult::size()
{
    return isSelect() ? int(m_rows.size()) : -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    if (!m_db) {
        return {};
    }
    const qint64 id = sqlite3_last_insert_rowid(m_db);
    return id == 0 ? QVariant() : QVariant(qlonglong(id));
}

QSqlRecord SqlCipherResult::record() const
{
    return isActive() && isSelect() ? m_record : QSqlRecord();
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_statement));
}

void SqlCipherResult::detachFromResultSet()
{
    m_rows.clear();
}

} // namespace purser
