#pragma once

#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

namespace purser {

// The project's own Qt SQL driver over SQLCipher's C API (architecture.md: never the stock
// QSQLITE plugin, which may carry a plain SQLite). Registered as "PURSER_SQLCIPHER"; the
// database "password" is the 32-byte raw key as 64 hex digits, passed to SQLCipher as
// PRAGMA key = "x'...'" so no KDF runs. open() runs a first real statement, because a wrong
// key only shows there (SQLITE_NOTADB); it fails then with errorKind() == WrongKeyOrDamaged.
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT
public:
    static QString driverName() { return QStringLiteral("PURSER_SQLCIPHER"); }
    // Registers the driver with QSqlDatabase once; safe to call any number of times.
    static void registerDriver();

    // Native error codes this driver sets (QSqlError::nativeErrorCode) besides SQLite's own.
    static QString wrongKeyOrDamagedCode() { return QStringLiteral("purser:wrong-key-or-damaged"); }
    static QString badKeyFormatCode() { return QStringLiteral("purser:bad-key-format"); }

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host,
              int port, const QString& connOpts) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;

    // "3.4.1" / "4.5.6 community"; empty when not open.
    QString cipherVersion() const { return m_cipherVersion; }

private:
    bool execSimple(const char* sql, QSqlError::ErrorType type);
    bool failOpen(const QString& text, const QString& code);

    sqlite3* m_db = nullptr;
    QString m_cipherVersion;
};

} // namespace purser
