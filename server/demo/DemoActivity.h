#pragma once

#include "core/Employee.h"
#include "server/demo/DemoData.h"

#include <QRandomGenerator>
#include <QSqlDatabase>

namespace purser::server {

class ReceiptFiles;
struct AuditActor;
struct AuditEvent;

// The day-to-day activity of a demo organisation, written through the same stores and the
// one audit writer as the API, inside the seeding transaction: the employees' import
// entries, two payroll runs (last month paid, this month draft) and claims in every state
// with small real receipts (PNG and PDF).
class DemoActivity
{
public:
    DemoActivity(QSqlDatabase db, const QString& dataDir, quint32 seed);

    // claimCount claims for this organisation; users carry their ids.
    void seed(const QString& orgId, const DemoData::Organization& org,
              const QList<Employee>& employees, int claimCount);

private:
    void auditEmployees(const QString& orgId, const QList<Employee>& employees);
    void payrollRuns(const QString& orgId, const DemoData::Organization& org);
    void claims(const QString& orgId, const DemoData::Organization& org,
                const QList<Employee>& employees, int count);
    void audit(const QString& orgId, const AuditActor& actor, const QString& action,
               const QString& entityType, const QString& entityId, const QString& summary,
               const QJsonObject& changes);
    AuditActor actorFor(const DemoData::Organization& org, Role role) const;

    QSqlDatabase m_db;
    QString m_dataDir;
    QRandomGenerator m_rng;
};

} // namespace purser::server
