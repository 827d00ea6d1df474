#pragma once

#include <QSqlDatabase>

namespace purser::server {

// A database transaction that rolls back unless commit() is called, so an exception thrown
// anywhere inside (a failed statement, a failed audit write) undoes the change and its audit
// entry together. On SQLite it takes the write lock at the start (BEGIN IMMEDIATE), so two
// writers never deadlock upgrading read locks.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db); // throws StoreError
    // A transaction scoped to one organisation: on PostgreSQL it sets app.org_id for this
    // transaction only (set_config(..., true)), which the row-level security policies read.
    // Every org-scoped read and write runs inside one of these.
    Transaction(QSqlDatabase db, const QString& orgId); // throws StoreError
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Moves the scope to another organisation for the rest of the transaction (a user-level
    // event, e.g. a password reset, is audited into each of the user's organisations).
    void scopeTo(const QString& orgId); // throws StoreError
    void commit();                      // throws StoreError
    QSqlDatabase& db() { return m_db; }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace purser::server
