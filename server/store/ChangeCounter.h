#pragma once

#include <QSqlDatabase>
#include <QString>

namespace purser::server {

// The per-organisation change sequence (org_change_counters). reserve() must run inside the
// transaction that makes the changes: the row update serialises writers of one organisation,
// so sequence numbers become visible in order and a sync cursor never skips a row.
class ChangeCounter
{
public:
    explicit ChangeCounter(QSqlDatabase db) : m_db(std::move(db)) {}

    void create(const QString& orgId);
    // Reserves count numbers and returns the first. Throws StoreError.
    qint64 reserve(const QString& orgId, qint64 count = 1);

private:
    QSqlDatabase m_db;
};

} // namespace purser::server
