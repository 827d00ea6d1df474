#pragma once

#include <QList>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace purser {

class SqlCipherDriver;

// One statement of SqlCipherDriver. Rows are read completely at exec() and kept in memory, so
// no statement stays open (and holds a lock) while the caller walks the result; the cache's
// result sets are small. Placeholders are positional ('?'); Qt maps named ones to them.
class SqlCipherResult : public QSqlResult
{
public:
    SqlCipherResult(const SqlCipherDriver* driver, sqlite3* db);
    ~SqlCipherResult() override;

protected:
    QVariant data(int index) override;
    bool isNull(int index) override;
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    QVariant handle() const override;
    void detachFromResultSet() override;

private:
    void finalize();
    bool bindAll();
    QVariant columnValue(int column) const;
    void setSqliteError(const QString& text, QSqlError::ErrorType type, int code);

    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
    QSqlRecord m_record;
    QList<QVariantList> m_rows;
    int m_rowsAffected = 0;
};

} // namespace purser
