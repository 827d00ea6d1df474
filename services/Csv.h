#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace purser {

// CSV as spreadsheets read and write it (RFC 4180: quoted fields with "" escapes, records
// ending in CRLF or LF, newlines inside quotes), with comma or semicolon between fields.
namespace Csv {

// One record, every field quoted; a field starting with =, +, - or @ gets a leading ' so a
// spreadsheet shows it as text instead of running it as a formula.
QByteArray line(const QStringList& fields, QChar delimiter = u',');
QList<QStringList> parse(const QString& data, QChar delimiter = u',');
// ',' or ';': whichever occurs more often outside quotes in the first record.
QChar detectDelimiter(const QString& data);

} // namespace Csv
} // namespace purser
