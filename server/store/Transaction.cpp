#include "server/store/Transaction.h"

#include "server/store/Database.h"
#include "server/store/OneRoundTrip.h"
#include "server/store/StoreError.h"

#include <QHash>
#include <QList>
#include <QSqlDriver>
#include <QSqlQuery>
#include <optional>
#include <utility>

namespace purser::server {
namespace {

struct Outcome
{
    std::function<void()> committed;
    std::function<void()> rolledBack;
};

// Per connection (connections are per thread): how deep the open transactions are nested,
// and the outcome hooks waiting for the outermost one to end.
struct OpenTransactions
{
    int depth = 0;
    QList<Outcome> hooks;
};

thread_local QHash<QString, OpenTransactions> t_open;

bool execStatement(QSqlDatabase& db, const QString& sql, QSqlError* error = nullptr)
{
    QSqlQuery query(db);
    const bool ok = query.exec(sql);
    if (!ok && error) {
        *error = query.lastError();
    }
    return ok;
}

} // namespace

Transaction::Transaction(QSqlDatabase db) : Transaction(std::move(db), std::nullopt, Intent::Write)
{
}

Transaction::Transaction(QSqlDatabase db, const QString& orgId, Intent intent)
    : Transaction(std::move(db), std::optional<QString>(orgId), intent)
{
}

Transaction::Transaction(QSqlDatabase db, const std::optional<QString>& scope, Intent intent)
    : m_db(std::move(db))
{
    bool scopedWithBegin = false;
    OpenTransactions& open = t_open[m_db.connectionName()];
    QSqlError error;
    if (open.depth > 0) {
        m_savepoint = QStringLiteral("purser_tx_%1").arg(open.depth);
        if (!execStatement(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint, &error)) {
            throw StoreError(QStringLiteral("cannot begin a transaction"), error);
        }
        m_hooksBefore = open.hooks.size();
        if (m_db.driverName() == u"QPSQL") {
            // An unscoped transaction sees no organisation's rows, nested or not.
            execStatement(m_db, QStringLiteral("SELECT set_config('app.org_id', '', true)"));
        }
    } else if (m_db.driverName() == u"QSQLITE") {
        // A writer takes the write lock up front, so two writers never deadlock upgrading read
        // locks; a reader begins deferred, reading one snapshot beside the others (WAL).
        const QString begin = intent == Intent::Read ? QStringLiteral("BEGIN DEFERRED")
                                                     : QStringLiteral("BEGIN IMMEDIATE");
        if (!execStatement(m_db, begin, &error)) {
            throw StoreError(QStringLiteral("cannot begin a transaction"), error);
        }
    } else if (scope && m_db.driverName() == u"QPSQL") {
        // BEGIN and the row-level-security scope travel together: one round trip (issue 14).
        QSqlQuery begin(m_db);
        try {
            runInOneRoundTrip(
                begin,
                intent == Intent::Read
                    ? QStringLiteral("BEGIN READ ONLY; "
                                     "SELECT set_config('app.org_id', ?, true)")
                    : QStringLiteral("BEGIN; SELECT set_config('app.org_id', ?, true)"),
                {*scope}, "begin a scoped transaction");
        } catch (const StoreError&) {
            execStatement(m_db, QStringLiteral("ROLLBACK")); // when the BEGIN went through
            throw;
        }
        scopedWithBegin = true;
    } else if (!m_db.transaction()) {
        throw StoreError(QStringLiteral("cannot begin a transaction"), m_db.lastError());
    }
    ++open.depth;
    m_open = true;
    if (scope && !scopedWithBegin) {
        scopeTo(*scope);
    }
}

void Transaction::scopeTo(const QString& orgId)
{
    if (m_db.driverName() == u"QPSQL") {
        QSqlQuery scope(m_db);
        runInOneRoundTrip(scope, QStringLiteral("SELECT set_config('app.org_id', ?, true)"),
                          {orgId}, "scope the transaction");
    }
}

Transaction::~Transaction()
{
    if (m_open) {
        rollback();
    }
}

void Transaction::onOutcome(std::function<void()> committed, std::function<void()> rolledBack)
{
    t_open[m_db.connectionName()].hooks.append({std::move(committed), std::move(rolledBack)});
}

void Transaction::rollback()
{
    m_open = false;
    OpenTransactions& open = t_open[m_db.connectionName()];
    --open.depth;
    QList<Outcome> undone;
    if (nested()) {
        execStatement(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint);
        execStatement(m_db, QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
        undone = open.hooks.mid(m_hooksBefore);
        open.hooks.resize(m_hooksBefore);
    } else {
        if (m_db.driverName() == u"QSQLITE") {
            execStatement(m_db, QStringLiteral("ROLLBACK"));
        } else {
            m_db.rollback();
        }
        undone = std::exchange(open.hooks, {});
    }
    for (const Outcome& hook : std::as_const(undone)) {
        if (hook.rolledBack) {
            hook.rolledBack();
        }
    }
}

void Transaction::commit()
{
    bool ok = false;
    QSqlError error;
    if (nested()) {
        ok = execStatement(m_db, QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint, &error);
    } else if (m_db.driverName() == u"QSQLITE") {
        ok = execStatement(m_db, QStringLiteral("COMMIT"), &error);
    } else {
        ok = m_db.commit();
        error = m_db.lastError();
    }
    if (!ok) {
        throw StoreError(QStringLiteral("cannot commit"), error); // the destructor rolls back
    }
    m_open = false;
    OpenTransactions& open = t_open[m_db.connectionName()];
    --open.depth;
    if (!nested()) {
        const QList<Outcome> done = std::exchange(open.hooks, {});
        for (const Outcome& hook : done) {
            if (hook.committed) {
                hook.committed();
            }
        }
    }
}

} // namespace purser::server
