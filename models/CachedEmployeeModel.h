#pragma once

#include "models/EmployeeFilter.h"
#include "models/EmployeeTableModel.h"
#include "models/RecordPager.h"

#include <QSqlDatabase>

namespace purser {

// The employee directory over the encrypted cache, a page at a time (keyset on id), filtered
// inside SQLite. Columns follow the reader's role as in EmployeeTableModel.
class CachedEmployeeModel : public EmployeeTableModel
{
    Q_OBJECT
public:
    CachedEmployeeModel(QSqlDatabase db, Role readerRole, QObject* parent = nullptr);

    void setFilter(const EmployeeFilter& filter);
    void reload();
    QStringList departments() const;
    // Every employee number in the offline data except the one of exceptId (which may keep it).
    QStringList employeeNumbers(const QString& exceptId = {}) const;
    std::optional<Employee> employee(int row) const;

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QSqlDatabase m_db;
    RecordPager m_pager;
    EmployeeFilter m_filter;
};

} // namespace purser
