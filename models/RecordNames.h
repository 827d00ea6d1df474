#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace purser {

// Names for ids, from the offline data: "Nur Aisyah (E0001)" for an employee, a member's name
// for a user, "Payroll run 2026-11-01 – 2026-11-30" for a run, a claim's description. Views
// show these wherever a record the cache holds is referred to, never the id. Each id is looked
// up once (memoised) until clear(), so a table can ask on every paint.
class RecordNames
{
public:
    explicit RecordNames(QSqlDatabase db) : m_db(std::move(db)) {}

    QString employee(const QString& employeeId) const;
    QString user(const QString& userId) const;
    // entityType as the audit log names it: employee, claim, payroll_run, member, …
    QString record(const QString& entityType, const QString& id) const;
    void clear() { m_names.clear(); }

private:
    QString lookup(const QString& resource, const QString& id) const;

    QSqlDatabase m_db;
    mutable QHash<QString, QString> m_names;
};

} // namespace purser
