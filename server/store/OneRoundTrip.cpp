#include "server/store/OneRoundTrip.h"

#include "server/store/Database.h"
#include "server/store/StoreError.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

namespace purser::server {
namespace {

// sql with each ? replaced by the driver's literal for the next value; empty when the counts
// differ.
QString inlineBinds(const QSqlDriver& driver, const QString& sql, const QVariantList& binds)
{
    QString out;
    out.reserve(sql.size() + binds.size() * 40);
    qsizetype next = 0;
    QChar quote; // inside '…' or "…" when set
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            quote = c == quote ? QChar() : quote;
            out += c;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            out += c;
        } else if (c == u'?') {
            if (next >= binds.size()) {
                return {};
            }
            const QVariant& value = binds.at(next++);
            QSqlField field(QString(), value.metaType());
            field.setValue(value);
            out += driver.formatValue(field);
        } else {
            out += c;
        }
    }
    return next == binds.size() ? out : QString();
}

} // namespace

void runInOneRoundTrip(QSqlQuery& query, const QString& sql, const QVariantList& binds,
                       const char* context)
{
    const QSqlDriver* driver = query.driver();
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL) {
        const QString statement = inlineBinds(*driver, sql, binds);
        if (statement.isEmpty()) {
            throw StoreError(QLatin1String(context),
                             QSqlError(QStringLiteral("placeholders and values differ"), {},
                                       QSqlError::StatementError));
        }
        if (!query.exec(statement)) {
            throw StoreError(QLatin1String(context), query.lastError());
        }
        return;
    }
    if (!query.prepare(sql)) {
        throw StoreError(QLatin1String(context), query.lastError());
    }
    for (const QVariant& value : binds) {
        query.addBindValue(value);
    }
    Database::exec(query, context);
}

} // namespace purser::server
