#pragma once

#include <QSqlQuery>

namespace purser {

// Runs a prepared cache statement; a failure is logged (the error code only: a message may
// quote a record's content) and returns false.
bool runCacheStatement(QSqlQuery& query);

} // namespace purser
