#include "cache/SqlCipherDriver.h"

#include "cache/CacheLogging.h"
#include "cache/SqlCipherResult.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <mutex>
#include <sqlite3.h>

namespace purser {

namespace {

constexpr int busyTimeoutMs = 10000; // the window and a headless command may share a file

QString textOfFirstRow(sqlite3* db, const char* sql, int* rc)
{
    sqlite3_stmt* statement = nullptr;
    *rc = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    QString text;
    if (*rc == SQLITE_OK) {
        *rc = sqlite3_step(statement);
        if (*rc == SQLITE_ROW) {
            const auto* value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
            text = value ? QString::fromUtf8(value) : QString();
            *rc = SQLITE_OK;
        } else if (*rc == SQLITE_DONE) {
            *rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(statement);
    return text;
}

} // namespace

void SqlCipherDriver::registerDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QSqlDatabase::registerSqlDriver(driverName(), new QSqlDriverCreator<SqlCipherDriver>);
    });
}

SqlCipherDriver::SqlCipherDriver(QObject* parent) : QSqlDriver(parent)
{
}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case QuerySize:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case FinishQuery:
        return true;
    default:
        return false;
    }
}

bool SqlCipherDriver::failOpen(const QString& text, const QString& code)
{
    QString native;
    if (m_db) {
        native = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    setLastError(QSqlError(text, native, QSqlError::ConnectionError, code));
    setOpenError(true);
    m_cipherVersion.clear();
    return false;
}

bool SqlCipherDriver::open(const QString& db, const QString&, const QString& password,
                           const QString&, int, const QString&)
{
    if (isOpen()) {
        close();
    }
    static const QRegularExpression hexKey(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (!hexKey.match(password).hasMatch()) {
        // Never open (or create) an unencrypted file, and never splice anything but hex
        // digits into the key pragma.
        return failOpen(QStringLiteral("The cache key must be 32 bytes given as 64 hex digits."),
                        badKeyFormatCode());
    }
    const QByteArray path = db.toUtf8();
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;
    int rc = sqlite3_open_v2(path.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        return failOpen(QStringLiteral("Cannot open the cache file."), QString::number(rc));
    }
    sqlite3_busy_timeout(m_db, busyTimeoutMs);

    const QByteArray keyPragma = "PRAGMA key = \"x'" + password.toLatin1() + "'\";";
    rc = sqlite3_exec(m_db, keyPragma.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return failOpen(QStringLiteral("Cannot set the cache key."), QString::number(rc));
    }
    m_cipherVersion = textOfFirstRow(m_db, "PRAGMA cipher_version;", &rc);
    if (m_cipherVersion.isEmpty()) {
        // Linked against a plain SQLite: the file would be written in the clear. Refuse.
        return failOpen(
            QStringLiteral("The SQLite library in use does not encrypt (no SQLCipher)."),
            QStringLiteral("purser:no-sqlcipher"));
    }
    if (m_cipherVersion.section(u'.', 0, 0).toInt() >= 4) {
        // Keep the file format of SQLCipher 3 (Debian 12), so a cache moves between builds.
        sqlite3_exec(m_db, "PRAGMA cipher_compatibility = 3;", nullptr, nullptr, nullptr);
    }
    // The first real read: this is where a wrong key or a damaged first page shows.
    textOfFirstRow(m_db, "SELECT count(*) FROM sqlite_master;", &rc);
    if (rc != SQLITE_OK) {
        if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT) {
            return failOpen(QStringLiteral("The cache key does not match, or the cache file is "
                                           "damaged."),
                            wrongKeyOrDamagedCode());
        }
        return failOpen(QStringLiteral("Cannot read the cache file."), QString::number(rc));
    }
    // Deleted rows are overwritten, so purged data does not linger in free pages.
    sqlite3_exec(m_db,
                 "PRAGMA secure_delete = ON; PRAGMA foreign_keys = ON; "
                 "PRAGMA synchronous = FULL;",
                 nullptr, nullptr, nullptr);
    qCDebug(lcCacheSql) << "opened with SQLCipher" << m_cipherVersion;
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (m_db) {
        // close_v2 waits for statements still held by QSqlQuery objects.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this, m_db);
}

bool SqlCipherDriver::execSimple(const char* sql, QSqlError::ErrorType type)
{
    if (!m_db) {
        return false;
    }
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(
            QSqlError(QStringLiteral("Transaction failed"), QString::fromUtf8(sqlite3_errmsg(m_db)),
                      type, rc == SQLITE_NOTADB ? wrongKeyOrDamagedCode() : QString::number(rc)));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE: take the write lock up front, so two processes never deadlock upgrading.
    return execSimple("BEGIN IMMEDIATE;", QSqlError::TransactionError);
}

bool SqlCipherDriver::commitTransaction()
{
    return execSimple("COMMIT;", QSqlError::TransactionError);
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execSimple("ROLLBACK;", QSqlError::TransactionError);
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!m_db || !(type & QSql::Tables)) {
        return names;
    }
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_db,
                           "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                           "LIKE 'sqlite_%' ORDER BY name;",
                           -1, &statement, nullptr) == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW) {
            names.append(QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))));
        }
    }
    sqlite3_finalize(statement);
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord result;
    if (!m_db) {
        return result;
    }
    const QByteArray sql =
        "PRAGMA table_info(" + escapeIdentifier(tableName, TableName).toUtf8() + ");";
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW) {
            const QString name =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 1)));
            const QString declared =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 2)))
                    .toLower();
            const QMetaType type = declared.contains(QStringLiteral("int"))
                                       ? QMetaType(QMetaType::LongLong)
                                       : QMetaType(QMetaType::QString);
            result.append(QSqlField(name, type, tableName));
        }
    }
    sqlite3_finalize(statement);
    return result;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType) const
{
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_db));
}

} // namespace purser
