#pragma once

#include "core/Employee.h"

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
    std::optional<Employee> byId(const QString& orgId, const QString& id);

    // Inserts a new record with the given change sequence (inside the caller's transaction).
    void insert(const QString& orgId, const Employee& employee, qint64 changeSeq);

private:
    QSqlDatabase m_db;
};

} // namespace purser::server
