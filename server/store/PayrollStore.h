#pragma once

#include "server/store/ChangeFeed.h"
#include "server/store/SqlValues.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace purser::server {

struct PayrollRun
{
    QString id;
    QDate periodStart;
    QDate periodEnd;
    QDate payDate;
    QString status = QStringLiteral("draft");
    QString currency;
    qint64 gross = 0;
    qint64 deductions = 0;
    qint64 net = 0;
    int employeeCount = 0;
    QString preparedBy;
    std::optional<QString> submittedBy;
    std::optional<QString> approvedBy;
    std::optional<QDateTime> paidAt;
    std::optional<QString> returnNote;
    qint64 version = 1;
    QDateTime updatedAt;
    // Totals whose stored value failed its integrity check (encryption at rest): left out of
    // "totals" and listed in "integrity_errors".
    QStringList integrityErrors;

    // api.md's run object; withTotals false drops totals and employee_count (a member sees
    // the runs that pay them, not the organisation's payroll).
    QJsonObject toJson(bool withTotals = true) const;
};

struct Payslip
{
    QString id;
    QString runId;
    QString employeeId;
    std::optional<QString> employeeUserId;
    qint64 gross = 0;
    QJsonArray deductions; // [{label, amount: {amount, currency}}]
    qint64 net = 0;
    QStringList integrityErrors; // as PayrollRun::integrityErrors

    QJsonObject toJson(const QString& currency) const;
};

// Payroll runs and payslips of one organisation. Throws StoreError.
class PayrollStore
{
public:
    explicit PayrollStore(QSqlDatabase db) : m_db(std::move(db)) {}

    struct Page
    {
        QList<PayrollRun> items;
        QStringList deleted;
        qint64 lastSeq = 0;
        bool hasMore = false;
    };
    // onlyUserId: only runs with a payslip of that user.
    Page changesSince(const QString& orgId, qint64 since, int limit,
                      const std::optional<QString>& onlyUserId);
    std::optional<PayrollRun> byId(const QString& orgId, const QString& id,
                                   sql::RowLock lock = sql::RowLock::None);
    void insert(const QString& orgId, const PayrollRun& run, qint64 changeSeq);
    void update(const QString& orgId, const PayrollRun& run, qint64 changeSeq);
    void remove(const QString& orgId, const QString& id, qint64 changeSeq);

    void insertPayslip(const QString& orgId, const Payslip& payslip);
    QList<Payslip> payslips(const QString& orgId, const QString& runId,
                            const std::optional<QString>& onlyUserId);
    // Every payslip of one employee, in every run (a personal-data export).
    QList<Payslip> payslipsOfEmployee(const QString& orgId, const QString& employeeId);

private:
    QList<Payslip> payslipsFrom(QSqlQuery& q, const QString& orgId);
    QSqlDatabase m_db;
};

} // namespace purser::server
