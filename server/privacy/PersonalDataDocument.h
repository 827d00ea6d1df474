#pragma once

#include "server/audit/AuditEvent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace purser::server {

// The document of a personal-data access export (docs/api.md, Personal data), gathered from
// one database snapshot: the employee record with every field an owner reads (sensitive fields
// decrypted), the linked account and its membership of this organisation, every payslip with
// its run, every claim as GET claims answers it (receipt metadata with sha256), the audit
// entries PersonalAuditScope assigns to the person, and the disclosures of their data.
// Other people's data never enters: each part is read by this employee's id or user id (and
// invitations by the address of their record or account).
class PersonalDataDocument
{
public:
    static QString format() { return QStringLiteral("purser-personal-data/v1"); }

    struct Request
    {
        qint64 auditSeq = 0; // the entry that records this export
        AuditActor requestedBy;
        QDateTime generatedAt; // whole seconds, UTC
    };

    struct Gathered
    {
        QJsonObject document;
        QList<qint64> auditSeqs; // every seq in audit_entries and disclosures, ascending
    };

    // Inside the caller's Transaction(db, orgId). nullopt when the organisation has no such
    // employee. Throws StoreError.
    static std::optional<Gathered> gather(QSqlDatabase db, const QString& orgId,
                                          const QString& employeeId, const Request& request);

    // "YYYY-MM-DDTHH:MM:SSZ", the precision of generated_at (and of the signed note).
    static QString timeText(const QDateTime& time);
};

} // namespace purser::server
