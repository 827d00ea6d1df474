#include "server/store/EmployeeStore.h"

#include "server/crypto/SealedRecord.h"
#include "server/store/ChangeFeed.h"
#include "server/store/Database.h"
#include "server/store/NativeStatement.h"
#include "server/store/SqlValues.h"

#include <QSqlQuery>

namespace purser::server {
namespace {

// The record's fields, in the order employeeFrom() reads them; kColumns adds change_seq.
const QString kFieldColumns = QStringLiteral(
    "id, employee_no, full_name, email, department, position, employment_type, start_date, "
    "end_date, status, manager_id, user_id, national_id, bank_name, bank_account, "
    "base_salary_amount, base_salary_currency, version, updated_at");
const QString kColumns = kFieldColumns + QStringLiteral(", change_seq");

const QString kTable = QStringLiteral("employees");
const QString kNationalId = QStringLiteral("national_id");
const QString kBankName = QStringLiteral("bank_name");
const QString kBankAccount = QStringLiteral("bank_account");
const QString kBaseSalary = QStringLiteral("base_salary");

// The sealed columns (encryption at rest), in the order of kColumns, as the update binds them.
// A field that failed its integrity check on load and still has no value keeps its stored
// ciphertext (the column is not written), so an unrelated edit does not erase the evidence.
QString sealedAssignments(const Employee& e)
{
    const QList<QPair<QString, QString>> columns{
        {kNationalId, QStringLiteral("national_id")},
        {kBankName, QStringLiteral("bank_name")},
        {kBankAccount, QStringLiteral("bank_account")},
        {kBaseSalary, QStringLiteral("base_salary_amount")}};
    QStringList parts;
    for (const auto& [field, column] : columns) {
        parts.append(column + (e.integrityErrors.contains(field) ? QStringLiteral(" = ") + column
                                                                 : QStringLiteral(" = ?")));
    }
    return parts.join(QStringLiteral(", "));
}

void bindSealed(QSqlQuery& query, SealedRecord& sealed, const Employee& e, bool preserveBroken)
{
    const auto keep = [&](const QString& field) {
        return preserveBroken && e.integrityErrors.contains(field);
    };
    if (!keep(kNationalId)) {
        query.addBindValue(sealed.sealText(kNationalId, e.nationalId));
    }
    if (!keep(kBankName)) {
        query.addBindValue(sealed.sealText(kBankName, e.bankName));
    }
    if (!keep(kBankAccount)) {
        query.addBindValue(sealed.sealText(kBankAccount, e.bankAccount));
    }
    if (!keep(kBaseSalary)) {
        query.addBindValue(sealed.sealAmount(
            kBaseSalary,
            e.baseSalary ? std::optional<qint64>(e.baseSalary->amount) : std::nullopt));
    }
}

// What a sealed column holds, as FieldCrypto reads it: its bytes, or NULL.
SealedRecord::Stored stored(const NativeStatement& row, int column)
{
    return row.isNull(column) ? std::nullopt : SealedRecord::Stored(row.bytes(column));
}

// From a row of kFieldColumns (and maybe change_seq after them), read through NativeStatement:
// no QVariant or QSqlRecord per plain value (issue 14).
Employee employeeFrom(const NativeStatement& row, const QSqlDatabase& db, const QString& orgId)
{
    Employee e;
    e.id = row.text(0);
    e.employeeNo = row.text(1);
    e.fullName = row.text(2);
    e.email = row.text(3);
    e.department = row.text(4);
    e.position = row.text(5);
    e.employmentType = row.text(6);
    e.startDate = row.date(7).value_or(QDate());
    e.endDate = row.date(8);
    e.status = row.text(9);
    e.managerId = row.optionalText(10);
    e.userId = row.optionalText(11);
    SealedRecord sealed(db, orgId, kTable, e.id);
    e.nationalId = sealed.text(kNationalId, stored(row, 12));
    e.bankName = sealed.text(kBankName, stored(row, 13));
    e.bankAccount = sealed.text(kBankAccount, stored(row, 14));
    const auto salary = sealed.amount(kBaseSalary, stored(row, 15));
    if (salary && !row.isNull(16)) {
        e.baseSalary = Money{*salary, row.text(16)};
    }
    e.integrityErrors = sealed.integrityErrors();
    e.version = row.integer(17);
    e.updatedAt = row.time(18);
    return e;
}

} // namespace

EmployeeStore::Page EmployeeStore::changesSince(const QString& orgId, qint64 since, int limit,
                                                const std::optional<QString>& onlyUserId)
{
    ChangeFeed::Query query;
    query.table = kTable;
    query.entityType = QStringLiteral("employee");
    query.columns = kFieldColumns;
    if (onlyUserId) {
        query.ownerClause = QStringLiteral("user_id = ?");
        query.ownerBinds = {*onlyUserId};
        query.deletionOwner = onlyUserId;
    }
    Page page;
    page.items.reserve(limit); // Employee is not relocatable: growing the list copies each one
    const ChangeFeed::Cursor cursor =
        ChangeFeed(m_db).forEachChange(query, orgId, since, limit, [&](const NativeStatement& row) {
            page.items.append(employeeFrom(row, m_db, orgId));
        });
    page.deleted = cursor.deleted;
    page.lastSeq = cursor.lastSeq;
    page.hasMore = cursor.hasMore;
    return page;
}

std::optional<Employee> EmployeeStore::byId(const QString& orgId, const QString& id,
                                            sql::RowLock lock)
{
    NativeStatement query(m_db,
                          (QStringLiteral("SELECT ") + kColumns +
                           QStringLiteral(" FROM employees WHERE org_id = ? AND id = ?") +
                           sql::lockClause(m_db, lock))
                              .toUtf8(),
                          "load employee");
    query.bind(orgId).bind(id).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    return employeeFrom(query, m_db, orgId);
}

void EmployeeStore::update(const QString& orgId, const Employee& e, qint64 changeSeq)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral(
            "UPDATE employees SET employee_no_legacy_duplicate = CASE WHEN "
            "lower(trim(employee_no)) = lower(trim(?)) THEN employee_no_legacy_duplicate ELSE 0 "
            "END, employee_no = ?, full_name = ?, email = ?, department = ?, "
            "position = ?, employment_type = ?, start_date = ?, end_date = ?, status = ?, "
            "manager_id = ?, user_id = ?, ") +
        sealedAssignments(e) +
        QStringLiteral(", base_salary_currency = ?, version = ?, updated_at = ?, "
                       "change_seq = ? WHERE org_id = ? AND id = ?"));
    // A number kept (in any case) keeps its pre-0140 duplicate mark; a new one must be unique.
    query.addBindValue(e.employeeNo);
    query.addBindValue(e.employeeNo);
    query.addBindValue(e.fullName);
    query.addBindValue(e.email);
    query.addBindValue(e.department);
    query.addBindValue(e.position);
    query.addBindValue(e.employmentType);
    query.addBindValue(sql::date(e.startDate));
    query.addBindValue(sql::date(e.endDate));
    query.addBindValue(e.status);
    query.addBindValue(sql::text(e.managerId));
    query.addBindValue(sql::text(e.userId));
    SealedRecord sealed(m_db, orgId, kTable, e.id);
    bindSealed(query, sealed, e, true);
    query.addBindValue(e.baseSalary ? QVariant(e.baseSalary->currency) : sql::nullText());
    query.addBindValue(e.version);
    query.addBindValue(sql::time(e.updatedAt));
    query.addBindValue(changeSeq);
    query.addBindValue(orgId);
    query.addBindValue(e.id);
    Database::exec(query, "update employee");
}

void EmployeeStore::remove(const QString& orgId, const Employee& e, qint64 changeSeq)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM employees WHERE org_id = ? AND id = ?"));
    query.addBindValue(orgId);
    query.addBindValue(e.id);
    Database::exec(query, "delete employee");
    ChangeFeed(m_db).recordDeletion(orgId, QStringLiteral("employee"), e.id, e.userId, changeSeq);
}

bool EmployeeStore::employeeNoTaken(const QString& orgId, const QString& employeeNo,
                                    const QString& exceptId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM employees WHERE org_id = ? AND lower(trim(employee_no)) = "
        "lower(trim(?)) AND id <> ?"));
    query.addBindValue(orgId);
    query.addBindValue(employeeNo);
    query.addBindValue(exceptId.isEmpty() ? QStringLiteral("00000000-0000-0000-0000-000000000000")
                                          : exceptId);
    Database::exec(query, "check employee number");
    return query.next() && query.value(0).toLongLong() > 0;
}

QStringList EmployeeStore::departments(const QString& orgId, const QString& exceptId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT DISTINCT department FROM employees WHERE org_id = ? AND "
                                 "id <> ? AND department <> ''"));
    query.addBindValue(orgId);
    query.addBindValue(exceptId.isEmpty() ? QStringLiteral("00000000-0000-0000-0000-000000000000")
                                          : exceptId);
    Database::exec(query, "list departments");
    QStringList names;
    while (query.next()) {
        names.append(query.value(0).toString());
    }
    return names;
}

std::optional<Employee> EmployeeStore::byUser(const QString& orgId, const QString& userId)
{
    NativeStatement query(
        m_db,
        (QStringLiteral("SELECT ") + kColumns +
         QStringLiteral(" FROM employees WHERE org_id = ? AND user_id = ? LIMIT 1"))
            .toUtf8(),
        "load employee of user");
    query.bind(orgId).bind(userId).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    return employeeFrom(query, m_db, orgId);
}

QList<Employee> EmployeeStore::active(const QString& orgId)
{
    NativeStatement query(m_db,
                          (QStringLiteral("SELECT ") + kColumns +
                           QStringLiteral(" FROM employees WHERE org_id = ? AND status = 'active' "
                                          "ORDER BY employee_no"))
                              .toUtf8(),
                          "list active employees");
    query.bind(orgId).exec();
    QList<Employee> result;
    while (query.next()) {
        result.append(employeeFrom(query, m_db, orgId));
    }
    return result;
}

void EmployeeStore::insert(const QString& orgId, const Employee& e, qint64 changeSeq)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO employees (org_id, ") + kColumns +
                  QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?)"));
    query.addBindValue(orgId);
    query.addBindValue(e.id);
    query.addBindValue(e.employeeNo);
    query.addBindValue(e.fullName);
    query.addBindValue(e.email);
    query.addBindValue(e.department);
    query.addBindValue(e.position);
    query.addBindValue(e.employmentType);
    query.addBindValue(sql::date(e.startDate));
    query.addBindValue(sql::date(e.endDate));
    query.addBindValue(e.status);
    query.addBindValue(sql::text(e.managerId));
    query.addBindValue(sql::text(e.userId));
    SealedRecord sealed(m_db, orgId, kTable, e.id);
    bindSealed(query, sealed, e, false);
    query.addBindValue(e.baseSalary ? QVariant(e.baseSalary->currency) : sql::nullText());
    query.addBindValue(e.version);
    query.addBindValue(sql::time(e.updatedAt));
    query.addBindValue(changeSeq);
    Database::exec(query, "insert employee");
}

} // namespace purser::server
