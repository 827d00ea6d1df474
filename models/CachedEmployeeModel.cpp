#include "models/CachedEmployeeModel.h"

#include <QSet>
#include <QSqlQuery>

namespace purser {

namespace {
constexpr int kEmployeePageSize = 500;
}

CachedEmployeeModel::CachedEmployeeModel(QSqlDatabase db, Role readerRole, QObject* parent)
    : EmployeeTableModel(readerRole, parent), m_db(db),
      m_pager(std::move(db), QStringLiteral("employees"))
{
    reload();
}

void CachedEmployeeModel::setFilter(const EmployeeFilter& filter)
{
    m_filter = filter;
    reload();
}

void CachedEmployeeModel::reload()
{
    QStringList patterns;
    if (!m_filter.department.isEmpty()) {
        patterns << RecordPager::fieldPattern(QStringLiteral("department"), m_filter.department);
    }
    if (!m_filter.status.isEmpty()) {
        patterns << RecordPager::fieldPattern(QStringLiteral("status"), m_filter.status);
    }
    if (!m_filter.employmentType.isEmpty()) {
        patterns << RecordPager::fieldPattern(QStringLiteral("employment_type"),
                                              m_filter.employmentType);
    }
    RecordPager::Predicate exact;
    if (!m_filter.text.isEmpty()) {
        patterns << RecordPager::containsPattern(m_filter.text);
        // The text must be in a column the reader sees, not in a hidden key or field name.
        const QString text = m_filter.text;
        exact = [text, this](const QJsonObject& record) {
            const auto employee = Employee::fromJson(record);
            if (!employee) {
                return false;
            }
            for (int c = 0; c < columnCount(); ++c) {
                const EmployeeColumn column = columns().at(c);
                if (displayText(*employee, column).contains(text, Qt::CaseInsensitive)) {
                    return true;
                }
            }
            return false;
        };
    }
    m_pager.setFilter(patterns, exact);
    setEmployees({});
    fetchMore({});
}

QStringList CachedEmployeeModel::departments() const
{
    // Small: one row per employee's department name, distinct in C++ (no JSON1 in SQLCipher).
    QSet<QString> names;
    RecordPager pager(m_db, QStringLiteral("employees"));
    while (!pager.atEnd()) {
        for (const QJsonObject& record : pager.nextPage(2000)) {
            names.insert(record.value(QStringLiteral("department")).toString());
        }
    }
    names.remove(QString());
    QStringList sorted(names.begin(), names.end());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

QStringList CachedEmployeeModel::employeeNumbers(const QString& exceptId) const
{
    QStringList numbers;
    RecordPager pager(m_db, QStringLiteral("employees"));
    while (!pager.atEnd()) {
        for (const QJsonObject& record : pager.nextPage(2000)) {
            if (record.value(QStringLiteral("id")).toString() != exceptId) {
                numbers.append(record.value(QStringLiteral("employee_no")).toString());
            }
        }
    }
    return numbers;
}

std::optional<Employee> CachedEmployeeModel::employee(int row) const
{
    if (row < 0 || row >= employees().size()) {
        return std::nullopt;
    }
    return employees().at(row);
}

bool CachedEmployeeModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_pager.atEnd();
}

void CachedEmployeeModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid()) {
        return;
    }
    QList<Employee> page;
    for (const QJsonObject& record : m_pager.nextPage(kEmployeePageSize)) {
        if (auto employee = Employee::fromJson(record)) {
            page.append(*employee);
        }
    }
    appendEmployees(page);
}

} // namespace purser
