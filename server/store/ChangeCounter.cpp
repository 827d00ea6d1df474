#include "server/store/ChangeCounter.h"

#include "server/store/Database.h"
#include "server/store/StoreError.h"

#include <QSqlQuery>

namespace purser::server {

void ChangeCounter::create(const QString& orgId)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO org_change_counters (org_id, last_seq) VALUES (?, 0)"));
    query.addBindValue(orgId);
    Database::exec(query, "create change counter");
}

qint64 ChangeCounter::reserve(const QString& orgId, qint64 count)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE org_change_counters SET last_seq = last_seq + ? WHERE org_id = ?"));
    query.addBindValue(count);
    query.addBindValue(orgId);
    Database::exec(query, "bump change counter");
    if (query.numRowsAffected() != 1) {
        throw StoreError(QStringLiteral("no change counter for organisation ") + orgId);
    }
    query.prepare(QStringLiteral("SELECT last_seq FROM org_change_counters WHERE org_id = ?"));
    query.addBindValue(orgId);
    Database::exec(query, "read change counter");
    if (!query.next()) {
        throw StoreError(QStringLiteral("change counter vanished"));
    }
    return query.value(0).toLongLong() - count + 1;
}

} // namespace purser::server
