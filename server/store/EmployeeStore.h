#pragma once

#include "core/Employee.h"
#include "server/store/SqlValues.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace purser::server {

// Employees of one organisation. Every query filters by org_id. Throws StoreError.
class EmployeeStore
{
public:
    struct Page
    {
        QList<Employee> items; // full records; the caller strips what the reader may not see
        QStringList deleted;
        qint64 lastSeq = 0; // the change sequence the next cursor starts after
        bool hasMore = false;
    };

    explicit EmployeeStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Changes with change_seq > since, oldest first, at most limit of them (items and
    // deletions together). onlyUserId restricts to the record(s) of that user.
    Page changesSince(const QString& orgId, qint64 since, int limit,
                      const std::optional<QString>& onlyUserId);
    std::optional<Employee> byId(const QString& orgId, const QString& id,
                                 sql::RowLock lock = sql::RowLock::None);

    // Inserts a new record with the given change sequence (inside the caller's transaction).
    void insert(const QString& orgId, const Employee& employee, qint64 changeSeq);
    // Writes every field of an existing record (version and updated_at as given).
    void update(const QString& orgId, const Employee& employee, qint64 changeSeq);
    // Deletes the record and leaves its tombstone for sync readers.
    void remove(const QString& orgId, const Employee& employee, qint64 changeSeq);
    // Whether another employee has this number, letter case and surrounding spaces ignored
    // (the unique index of migration 0140 compares the same lower(trim(employee_no))).
    bool employeeNoTaken(const QString& orgId, const QString& employeeNo, const QString& exceptId);
    // The departments the organisation's other employees are in.
    QStringList departments(const QString& orgId, const QString& exceptId);
    std::optional<Employee> byUser(const QString& orgId, const QString& userId);
    QList<Employee> active(const QString& orgId); // status active, by employee number

private:
    QSqlDatabase m_db;
};

} // namespace purser::server
