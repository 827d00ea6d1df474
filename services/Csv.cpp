#include "services/Csv.h"

namespace purser::Csv {

QByteArray line(const QStringList& fields, QChar delimiter)
{
    QStringList quoted;
    for (QString field : fields) {
        if (!field.isEmpty() && QStringLiteral("=+-@").contains(field.front())) {
            field.prepend(u'\'');
        }
        field.replace(u'"', QStringLiteral("\"\""));
        quoted << u'"' + field + u'"';
    }
    return quoted.join(delimiter).toUtf8() + "\r\n";
}

QList<QStringList> parse(const QString& data, QChar delimiter)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QChar c = data.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < data.size() && data.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == delimiter) {
            row << field;
            field.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < data.size() && data.at(i + 1) == u'\n') {
                ++i;
            }
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

QChar detectDelimiter(const QString& data)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : data) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            break;
        } else if (!quoted && c == u',') {
            ++commas;
        } else if (!quoted && c == u';') {
            ++semicolons;
        }
    }
    return semicolons > commas ? u';' : u',';
}

} // namespace purser::Csv
