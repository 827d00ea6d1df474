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

// Handed from Transaction(db, orgId) to the constructor it delegates to, so that an outermost
// transaction on PostgreSQL sends BEGIN and its scope in one statement; t_scopedWithBegin
// tells the delegating constructor that the scope is set.
thread_local std::optional<QString> t_scopeWithBegin;
thread_local bool t_scopedWithBegin = false;

QSqlDatabase withScopeOnBegin(QSqlDatabase db, const QString& orgId)
{
    t_scopeWithBegin = orgId;
    return db;
}

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

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    const std::optional<QString> scope = std::exchange(t_scopeWithBegin, std::nullopt);
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
        // QSqlDatabase::transaction() issues a deferred BEGIN; take the write lock up front.
        if (!execStatement(m_db, QStringLiteral("BEGIN IMMEDIATE"), &error)) {
            throw StoreError(QStringLiteral("cannot begin a transaction"), error);
        }
    } else if (scope && m_db.driverName() == u"QPSQL") {
        // BEGIN and the row-level-security scope travel together: one round trip (issue 14).
        QSqlQuery begin(m_db);
        try {
            runInOneRoundTrip(begin,
                              QStringLiteral("BEGIN; SELECT set_config('app.org_id', ?, true)"),
                              {*scope}, "begin a scoped transaction");
        } catch (const StoreError&) {
            execStatement(m_db, QStringLiteral("ROLLBACK")); // when the BEGIN went through
            throw;
        }
        t_scopedWithBegin = true;
    } else if (!m_db.transaction()) {
        throw StoreError(QStringLiteral("cannot begin a transaction"), m_db.lastError());
    }
    ++open.depth;
    m_open = true;
}

Transaction::Transaction(QSqlDatabase db, const QString& orgId)
    : Transaction(withScopeOnBegin(std::move(db), orgId))
{
    if (!std::exchange(t_scopedWithBegin, false)) {
        scopeTo(orgId);
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
