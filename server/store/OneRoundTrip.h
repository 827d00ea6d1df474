#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace purser::server {

// Runs `sql` with its ? placeholders bound to `binds` in ONE round trip; throws StoreError.
// Qt's PostgreSQL driver turns a prepared QSqlQuery into PREPARE, EXECUTE and DEALLOCATE (three
// round trips) and writes the bound values into the EXECUTE as literals with its own escaping
// (formatValue); here that same escaping writes them into the statement itself, sent once.
// SQLite, which has no round trips, runs an ordinary prepared statement. For the hot paths
// (issue 14); `sql` must hold no ? inside a quoted literal or identifier.
void runInOneRoundTrip(QSqlQuery& query, const QString& sql, const QVariantList& binds,
                       const char* context);

} // namespace purser::server
