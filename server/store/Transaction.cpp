#include "server/store/Transaction.h"

#include "server/store/StoreError.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace purser::server {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (m_db.driverName() == u"QSQLITE") {
        // QSqlDatabase::transaction() issues a deferred BEGIN; take the write lock up front.
        QSqlQuery begin(m_db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            throw StoreError(QStringLiteral("cannot begin a transaction"), begin.lastError());
        }
    } else if (!m_db.transaction()) {
        throw StoreError(QStringLiteral("cannot begin a transaction"), m_db.lastError());
    }
    m_open = true;
}

Transaction::Transaction(QSqlDatabase db, const QString& orgId) : Transaction(std::move(db))
{
    scopeTo(orgId);
}

void Transaction::scopeTo(const QString& orgId)
{
    if (m_db.driverName() == u"QPSQL") {
        QSqlQuery scope(m_db);
        scope.prepare(QStringLiteral("SELECT set_config('app.org_id', ?, true)"));
        scope.addBindValue(orgId);
        if (!scope.exec()) {
            throw StoreError(QStringLiteral("cannot scope the transaction"), scope.lastError());
        }
    }
}

Transaction::~Transaction()
{
    if (!m_open) {
        return;
    }
    if (m_db.driverName() == u"QSQLITE") {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    } else {
        m_db.rollback();
    }
}

void Transaction::commit()
{
    bool ok = false;
    QSqlError error;
    if (m_db.driverName() == u"QSQLITE") {
        QSqlQuery commitQuery(m_db);
        ok = commitQuery.exec(QStringLiteral("COMMIT"));
        error = commitQuery.lastError();
    } else {
        ok = m_db.commit();
        error = m_db.lastError();
    }
    if (!ok) {
        throw StoreError(QStringLiteral("cannot commit"), error); // the destructor rolls back
    }
    m_open = false;
}

} // namespace purser::server
