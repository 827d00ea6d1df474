#pragma once

#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace purser::server {

// A database transaction that rolls back unless commit() is called, so an exception thrown
// anywhere inside (a failed statement, a failed audit write) undoes the change and its audit
// entry together. On SQLite a writing transaction takes the write lock at the start (BEGIN
// IMMEDIATE), so two writers never deadlock upgrading read locks.
//
// Transactions nest: one opened while another is open on the same connection (the
// Idempotency-Key guard wraps a whole request in one, so the stored answer commits with the
// change it describes) is a SAVEPOINT. Its commit() releases the savepoint, its rollback
// undoes only its own work, and the outermost commit() makes everything durable at once.
class Transaction
{
public:
    // What the transaction does. A Read transaction only reads (GET pages): on SQLite it begins
    // deferred instead of taking the write lock, so readers run side by side and beside a
    // writer (WAL), each on one snapshot; on PostgreSQL it is READ ONLY. Nested in another
    // transaction it is a savepoint of that one, whatever the intent.
    enum class Intent
    {
        Write,
        Read
    };

    explicit Transaction(QSqlDatabase db); // throws StoreError
    // A transaction scoped to one organisation: on PostgreSQL it sets app.org_id for this
    // transaction only (set_config(..., true)), which the row-level security policies read.
    // Every org-scoped read and write runs inside one of these.
    Transaction(QSqlDatabase db, const QString& orgId,
                Intent intent = Intent::Write); // throws StoreError
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Moves the scope to another organisation for the rest of the transaction (a user-level
    // event, e.g. a password reset, is audited into each of the user's organisations).
    void scopeTo(const QString& orgId); // throws StoreError
    void commit();                      // throws StoreError
    QSqlDatabase& db() { return m_db; }
    // True when this one is nested in another (a savepoint, not a real transaction).
    bool nested() const { return !m_savepoint.isEmpty(); }

    // Work outside the database that must follow the durable commit (publishing a file):
    // runs right after the outermost transaction commits, and never when it, or this
    // transaction, rolls back. `rolledBack` runs instead in that case.
    void onOutcome(std::function<void()> committed, std::function<void()> rolledBack = {});

private:
    Transaction(QSqlDatabase db, const std::optional<QString>& scope, Intent intent);
    void rollback();

    QSqlDatabase m_db;
    QString m_savepoint; // empty: the outermost transaction
    qsizetype m_hooksBefore = 0;
    bool m_open = false;
};

} // namespace purser::server
