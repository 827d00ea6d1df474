#include "core/SqlScriptSplitter.h"

namespace purser {

QStringList splitSqlScript(const QString& script)
{
    QStringList statements;
    QString current;
    bool inDollarQuote = false;
    bool inTrigger = false;

    const QStringList lines = script.split(u'\n');
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (!inDollarQuote && !inTrigger && (line.isEmpty() || line.startsWith(u"--"))) {
            continue;
        }
        if (line.count(QStringLiteral("$$")) % 2 == 1) {
            inDollarQuote = !inDollarQuote;
        }
        if (!inDollarQuote && line.startsWith(u"CREATE TRIGGER", Qt::CaseInsensitive) &&
            !line.contains(u"EXECUTE", Qt::CaseInsensitive)) {
            // SQLite triggers have a BEGIN ... END; body; PostgreSQL ones call a function.
            inTrigger = true;
        }
        current += rawLine;
        current += u'\n';

        const bool endsStatement = line.endsWith(u';');
        if (inTrigger) {
            if (line.compare(u"END;", Qt::CaseInsensitive) == 0) {
                inTrigger = false;
                statements.append(current.trimmed());
                current.clear();
            }
            continue;
        }
        if (!inDollarQuote && endsStatement) {
            QString statement = current.trimmed();
            statement.chop(1); // the terminating ';'
            statements.append(statement);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements.append(current.trimmed());
    }
    return statements;
}

} // namespace purser
