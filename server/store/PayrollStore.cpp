#include "server/store/PayrollStore.h"

#include "core/Money.h"
#include "core/Rfc3339.h"
#include "server/crypto/SealedRecord.h"
#include "server/store/Database.h"
#include "server/store/SqlValues.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <utility>

namespace purser::server {
namespace {

const QString kRunColumns = QStringLiteral(
    "id, period_start, period_end, pay_date, status, currency, gross, deductions, net, "
    "employee_count, prepared_by, submitted_by, approved_by, paid_at, return_note, version, "
    "updated_at");

const QString kRuns = QStringLiteral("payroll_runs");
const QString kPayslips = QStringLiteral("payslips");
const QString kGross = QStringLiteral("gross");
const QString kDeductions = QStringLiteral("deductions");
const QString kNet = QStringLiteral("net");

PayrollRun runFrom(const QSqlRecord& r, const QSqlDatabase& db, const QString& orgId)
{
    PayrollRun run;
    run.id = r.value(QStringLiteral("id")).toString();
    run.periodStart = sql::dateFrom(r.value(QStringLiteral("period_start"))).value_or(QDate());
    run.periodEnd = sql::dateFrom(r.value(QStringLiteral("period_end"))).value_or(QDate());
    run.payDate = sql::dateFrom(r.value(QStringLiteral("pay_date"))).value_or(QDate());
    run.status = r.value(QStringLiteral("status")).toString();
    run.currency = r.value(QStringLiteral("currency")).toString();
    SealedRecord sealed(db, orgId, kRuns, run.id);
    run.gross = sealed.amount(kGross, r.value(kGross)).value_or(0);
    run.deductions = sealed.amount(kDeductions, r.value(kDeductions)).value_or(0);
    run.net = sealed.amount(kNet, r.value(kNet)).value_or(0);
    run.integrityErrors = sealed.integrityErrors();
    run.employeeCount = r.value(QStringLiteral("employee_count")).toInt();
    run.preparedBy = r.value(QStringLiteral("prepared_by")).toString();
    run.submittedBy = sql::textFrom(r.value(QStringLiteral("submitted_by")));
    run.approvedBy = sql::textFrom(r.value(QStringLiteral("approved_by")));
    if (!r.value(QStringLiteral("paid_at")).isNull()) {
        run.paidAt = sql::timeFrom(r.value(QStringLiteral("paid_at")));
    }
    run.returnNote = sql::textFrom(r.value(QStringLiteral("return_note")));
    run.version = r.value(QStringLiteral("version")).toLongLong();
    run.updatedAt = sql::timeFrom(r.value(QStringLiteral("updated_at")));
    return run;
}

void bindRun(QSqlQuery& q, const PayrollRun& run, const QSqlDatabase& db, const QString& orgId)
{
    SealedRecord sealed(db, orgId, kRuns, run.id);
    q.addBindValue(toIsoDate(run.periodStart));
    q.addBindValue(toIsoDate(run.periodEnd));
    q.addBindValue(toIsoDate(run.payDate));
    q.addBindValue(run.status);
    q.addBindValue(run.currency);
    q.addBindValue(sealed.sealAmount(kGross, run.gross));
    q.addBindValue(sealed.sealAmount(kDeductions, run.deductions));
    q.addBindValue(sealed.sealAmount(kNet, run.net));
    q.addBindValue(run.employeeCount);
    q.addBindValue(run.preparedBy);
    q.addBindValue(sql::text(run.submittedBy));
    q.addBindValue(sql::text(run.approvedBy));
    q.addBindValue(run.paidAt ? QVariant(toRfc3339(*run.paidAt)) : sql::nullText());
    q.addBindValue(sql::text(run.returnNote));
    q.addBindValue(run.version);
    q.addBindValue(toRfc3339(run.updatedAt));
}

} // namespace

QJsonObject PayrollRun::toJson(bool withTotals) const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("period_start"), toIsoDate(periodStart)},
        {QStringLiteral("period_end"), toIsoDate(periodEnd)},
        {QStringLiteral("pay_date"), toIsoDate(payDate)},
        {QStringLiteral("status"), status},
        {QStringLiteral("prepared_by"), preparedBy},
        {QStringLiteral("submitted_by"), sql::jsonOrNull(submittedBy)},
        {QStringLiteral("approved_by"), sql::jsonOrNull(approvedBy)},
        {QStringLiteral("paid_at"),
         paidAt ? QJsonValue(toRfc3339(*paidAt)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("return_note"), sql::jsonOrNull(returnNote)},
        {QStringLiteral("version"), version},
        {QStringLiteral("updated_at"), toRfc3339(updatedAt)},
    };
    if (withTotals) {
        QJsonObject totals;
        for (const auto& [key, amount] :
             {std::pair{kGross, gross}, std::pair{kDeductions, deductions}, std::pair{kNet, net}}) {
            if (!integrityErrors.contains(key)) {
                totals.insert(key, Money{amount, currency}.toJson());
            }
        }
        o.insert(QStringLiteral("totals"), totals);
        o.insert(QStringLiteral("employee_count"), employeeCount);
        if (!integrityErrors.isEmpty()) {
            o.insert(QStringLiteral("integrity_errors"),
                     QJsonArray::fromStringList(integrityErrors));
        }
    }
    return o;
}

QJsonObject Payslip::toJson(const QString& currency) const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("run_id"), runId},
                  {QStringLiteral("employee_id"), employeeId},
                  {kGross, Money{gross, currency}.toJson()},
                  {kDeductions, deductions},
                  {kNet, Money{net, currency}.toJson()}};
    for (const QString& broken : integrityErrors) {
        o.remove(broken);
    }
    if (!integrityErrors.isEmpty()) {
        o.insert(QStringLiteral("integrity_errors"), QJsonArray::fromStringList(integrityErrors));
    }
    return o;
}

PayrollStore::Page PayrollStore::changesSince(const QString& orgId, qint64 since, int limit,
                                              const std::optional<QString>& onlyUserId)
{
    ChangeFeed::Query query;
    query.table = QStringLiteral("payroll_runs");
    query.entityType = QStringLiteral("payroll_run");
    query.columns = kRunColumns;
    if (onlyUserId) {
        query.ownerClause = QStringLiteral(
            "id IN (SELECT run_id FROM payslips WHERE org_id = ? AND employee_user_id = ?)");
        query.ownerBinds = {orgId, *onlyUserId};
    }
    const ChangeFeed::Page feed = ChangeFeed(m_db).read(query, orgId, since, limit);
    Page page;
    for (const QSqlRecord& record : feed.rows) {
        page.items.append(runFrom(record, m_db, orgId));
    }
    page.deleted = feed.deleted;
    page.lastSeq = feed.lastSeq;
    page.hasMore = feed.hasMore;
    return page;
}

std::optional<PayrollRun> PayrollStore::byId(const QString& orgId, const QString& id,
                                             sql::RowLock lock)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kRunColumns +
              QStringLiteral(" FROM payroll_runs WHERE org_id = ? AND id = ?") +
              sql::lockClause(m_db, lock));
    q.addBindValue(orgId);
    q.addBindValue(id);
    Database::exec(q, "load payroll run");
    if (!q.next()) {
        return std::nullopt;
    }
    return runFrom(q.record(), m_db, orgId);
}

void PayrollStore::insert(const QString& orgId, const PayrollRun& run, qint64 changeSeq)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO payroll_runs (org_id, id, period_start, period_end, "
                             "pay_date, status, currency, gross, deductions, net, employee_count, "
                             "prepared_by, submitted_by, approved_by, paid_at, return_note, "
                             "version, updated_at, change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(orgId);
    q.addBindValue(run.id);
    bindRun(q, run, m_db, orgId);
    q.addBindValue(changeSeq);
    Database::exec(q, "insert payroll run");
}

void PayrollStore::update(const QString& orgId, const PayrollRun& run, qint64 changeSeq)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE payroll_runs SET period_start = ?, period_end = ?, pay_date = ?, status = ?, "
        "currency = ?, gross = ?, deductions = ?, net = ?, employee_count = ?, prepared_by = ?, "
        "submitted_by = ?, approved_by = ?, paid_at = ?, return_note = ?, version = ?, "
        "updated_at = ?, change_seq = ? WHERE org_id = ? AND id = ?"));
    bindRun(q, run, m_db, orgId);
    q.addBindValue(changeSeq);
    q.addBindValue(orgId);
    q.addBindValue(run.id);
    Database::exec(q, "update payroll run");
}

void PayrollStore::remove(const QString& orgId, const QString& id, qint64 changeSeq)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM payslips WHERE org_id = ? AND run_id = ?"));
    q.addBindValue(orgId);
    q.addBindValue(id);
    Database::exec(q, "delete payslips");
    q.prepare(QStringLiteral("DELETE FROM payroll_runs WHERE org_id = ? AND id = ?"));
    q.addBindValue(orgId);
    q.addBindValue(id);
    Database::exec(q, "delete payroll run");
    ChangeFeed(m_db).recordDeletion(orgId, QStringLiteral("payroll_run"), id, std::nullopt,
                                    changeSeq);
}

void PayrollStore::insertPayslip(const QString& orgId, const Payslip& p)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO payslips (id, org_id, run_id, employee_id, "
                             "employee_user_id, gross, deductions, net) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(p.id);
    q.addBindValue(orgId);
    q.addBindValue(p.runId);
    q.addBindValue(p.employeeId);
    q.addBindValue(sql::text(p.employeeUserId));
    SealedRecord sealed(m_db, orgId, kPayslips, p.id);
    q.addBindValue(sealed.sealAmount(kGross, p.gross));
    q.addBindValue(
        sealed.sealBytes(kDeductions, QJsonDocument(p.deductions).toJson(QJsonDocument::Compact)));
    q.addBindValue(sealed.sealAmount(kNet, p.net));
    Database::exec(q, "insert payslip");
}

QList<Payslip> PayrollStore::payslips(const QString& orgId, const QString& runId,
                                      const std::optional<QString>& onlyUserId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, run_id, employee_id, employee_user_id, gross, "
                             "deductions, net FROM payslips WHERE org_id = ? AND run_id = ?") +
              (onlyUserId ? QStringLiteral(" AND employee_user_id = ?") : QString()) +
              QStringLiteral(" ORDER BY employee_id"));
    q.addBindValue(orgId);
    q.addBindValue(runId);
    if (onlyUserId) {
        q.addBindValue(*onlyUserId);
    }
    Database::exec(q, "list payslips");
    return payslipsFrom(q, orgId);
}

QList<Payslip> PayrollStore::payslipsOfEmployee(const QString& orgId, const QString& employeeId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, run_id, employee_id, employee_user_id, gross, "
                             "deductions, net FROM payslips WHERE org_id = ? AND employee_id = ? "
                             "ORDER BY run_id, id"));
    q.addBindValue(orgId);
    q.addBindValue(employeeId);
    Database::exec(q, "list an employee's payslips");
    return payslipsFrom(q, orgId);
}

QList<Payslip> PayrollStore::payslipsFrom(QSqlQuery& q, const QString& orgId)
{
    QList<Payslip> result;
    while (q.next()) {
        Payslip p;
        p.id = q.value(0).toString();
        p.runId = q.value(1).toString();
        p.employeeId = q.value(2).toString();
        p.employeeUserId = sql::textFrom(q.value(3));
        SealedRecord sealed(m_db, orgId, kPayslips, p.id);
        p.gross = sealed.amount(kGross, q.value(4)).value_or(0);
        p.deductions =
            QJsonDocument::fromJson(sealed.bytes(kDeductions, q.value(5)).value_or("[]")).array();
        p.net = sealed.amount(kNet, q.value(6)).value_or(0);
        p.integrityErrors = sealed.integrityErrors();
        result.append(p);
    }
    return result;
}

} // namespace purser::server
