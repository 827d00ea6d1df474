#include "server/store/PayrollStore.h"

#include "core/Money.h"
#include "core/Rfc3339.h"
#include "server/store/Database.h"
#include "server/store/SqlValues.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace purser::server {
namespace {

const QString kColumns = QStringLiteral(
    "id, period_start, period_end, pay_date, status, currency, gross, deductions, net, "
    "employee_count, prepared_by, submitted_by, approved_by, paid_at, return_note, version, "
    "updated_at");

QJsonValue orNull(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

PayrollRun runFrom(const QSqlRecord& r)
{
    PayrollRun run;
    run.id = r.value(QStringLiteral("id")).toString();
    run.periodStart = sql::dateFrom(r.value(QStringLiteral("period_start"))).value_or(QDate());
    run.periodEnd = sql::dateFrom(r.value(QStringLiteral("period_end"))).value_or(QDate());
    run.payDate = sql::dateFrom(r.value(QStringLiteral("pay_date"))).value_or(QDate());
    run.status = r.value(QStringLiteral("status")).toString();
    run.currency = r.value(QStringLiteral("currency")).toString();
    run.gross = r.value(QStringLiteral("gross")).toLongLong();
    run.deductions = r.value(QStringLiteral("deductions")).toLongLong();
    run.net = r.value(QStringLiteral("net")).toLongLong();
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

void bindRun(QSqlQuery& q, const PayrollRun& run)
{
    q.addBindValue(toIsoDate(run.periodStart));
    q.addBindValue(toIsoDate(run.periodEnd));
    q.addBindValue(toIsoDate(run.payDate));
    q.addBindValue(run.status);
    q.addBindValue(run.currency);
    q.addBindValue(run.gross);
    q.addBindValue(run.deductions);
    q.addBindValue(run.net);
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
        {QStringLiteral("submitted_by"), orNull(submittedBy)},
        {QStringLiteral("approved_by"), orNull(approvedBy)},
        {QStringLiteral("paid_at"),
         paidAt ? QJsonValue(toRfc3339(*paidAt)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("return_note"), orNull(returnNote)},
        {QStringLiteral("version"), version},
        {QStringLiteral("updated_at"), toRfc3339(updatedAt)},
    };
    if (withTotals) {
        o.insert(QStringLiteral("totals"),
                 QJsonObject{{QStringLiteral("gross"), Money{gross, currency}.toJson()},
                             {QStringLiteral("deductions"), Money{deductions, currency}.toJson()},
                             {QStringLiteral("net"), Money{net, currency}.toJson()}});
        o.insert(QStringLiteral("employee_count"), employeeCount);
    }
    return o;
}

QJsonObject Payslip::toJson(const QString& currency) const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("run_id"), runId},
            {QStringLiteral("employee_id"), employeeId},
            {QStringLiteral("gross"), Money{gross, currency}.toJson()},
            {QStringLiteral("deductions"), deductions},
            {QStringLiteral("net"), Money{net, currency}.toJson()}};
}

PayrollStore::Page PayrollStore::changesSince(const QString& orgId, qint64 since, int limit,
                                              const std::optional<QString>& onlyUserId)
{
    ChangeFeed::Query query;
    query.table = QStringLiteral("payroll_runs");
    query.entityType = QStringLiteral("payroll_run");
    query.columns = kColumns;
    if (onlyUserId) {
        query.ownerClause = QStringLiteral(
            "id IN (SELECT run_id FROM payslips WHERE org_id = ? AND employee_user_id = ?)");
        query.ownerBinds = {orgId, *onlyUserId};
    }
    const ChangeFeed::Page feed = ChangeFeed(m_db).read(query, orgId, since, limit);
    Page page;
    for (const QSqlRecord& record : feed.rows) {
        page.items.append(runFrom(record));
    }
    page.deleted = feed.deleted;
    page.lastSeq = feed.lastSeq;
    page.hasMore = feed.hasMore;
    return page;
}

std::optional<PayrollRun> PayrollStore::byId(const QString& orgId, const QString& id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM payroll_runs WHERE org_id = ? AND id = ?"));
    q.addBindValue(orgId);
    q.addBindValue(id);
    Database::exec(q, "load payroll run");
    if (!q.next()) {
        return std::nullopt;
    }
    return runFrom(q.record());
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
    bindRun(q, run);
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
    bindRun(q, run);
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
    q.addBindValue(p.gross);
    q.addBindValue(QString::fromUtf8(QJsonDocument(p.deductions).toJson(QJsonDocument::Compact)));
    q.addBindValue(p.net);
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
    QList<Payslip> result;
    while (q.next()) {
        Payslip p;
        p.id = q.value(0).toString();
        p.runId = q.value(1).toString();
        p.employeeId = q.value(2).toString();
        p.employeeUserId = sql::textFrom(q.value(3));
        p.gross = q.value(4).toLongLong();
        p.deductions = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
        p.net = q.value(6).toLongLong();
        result.append(p);
    }
    return result;
}

} // namespace purser::server
