#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <optional>

namespace purser::server {

// Conversions between Qt values and what QSQLITE (text) and QPSQL (typed) store and return,
// so the same query code works on both backends.
namespace sql {

QVariant time(const QDateTime& value); // bind a time (UTC)
// The text NativeStatement binds for a time: what Qt's SQLite driver stores for sql::time()
// ("YYYY-MM-DDTHH:MM:SS.sssZ"), which PostgreSQL reads as the same instant.
QString timeText(const QDateTime& value);
QDateTime timeFrom(const QVariant& value);        // read a time back as UTC
QVariant date(const std::optional<QDate>& value); // bind a date or NULL
std::optional<QDate> dateFrom(const QVariant& value);
// The same from the text a database returns (NativeStatement): PostgreSQL's
// "YYYY-MM-DD HH:MM:SS[.ffffff]+HH[:MM]" or what Qt's SQLite driver stored
// ("YYYY-MM-DDTHH:MM:SS.sssZ"), read without Qt's general parser or a time zone lookup.
QDateTime timeFromText(QByteArrayView text);
std::optional<QDate> dateFromText(QByteArrayView text);
QVariant text(const std::optional<QString>& value); // bind text or NULL
std::optional<QString> textFrom(const QVariant& value);
QVariant nullText();
QJsonValue jsonOrNull(const std::optional<QString>& value); // a JSON string or null

// Canonical lowercase UUID text, or nullopt when the text is not a UUID (so a malformed id
// never reaches a UUID column, where PostgreSQL would refuse it with an error).
std::optional<QString> canonicalUuid(const QString& text);

// A read that a change in the same transaction depends on (state machine, version check) must
// lock the row on PostgreSQL, or two requests read the same state and both apply: FOR UPDATE
// there. SQLite write transactions already run one at a time (BEGIN IMMEDIATE), so nothing.
enum class RowLock
{
    None,
    ForUpdate
};
QString lockClause(const QSqlDatabase& db, RowLock lock);

} // namespace sql
} // namespace purser::server
