#pragma once

#include "purser_core_export.h"

#include <QString>
#include <QStringList>

namespace purser {

// Splits a migration script into statements. A statement ends with ';' at the end of a line,
// except inside a PostgreSQL dollar-quoted body ($$ ... $$) or a SQLite trigger body (from
// CREATE TRIGGER to a line "END;"). Lines starting with "--" are comments.
PURSER_CORE_EXPORT QStringList splitSqlScript(const QString& script);

} // namespace purser
