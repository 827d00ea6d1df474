#pragma once

#include <QDate>
#include <QString>

namespace purser {

// What the audit-log view is narrowed to. Empty fields do not filter.
struct AuditFilter
{
    QString entityType; // employee, payroll_run, claim, …
    QString action;     // create, update, approve, …
    QString actor;      // part of the actor's display name or id
    QString text;       // free text anywhere in the entry
    QDate from;         // inclusive, UTC days
    QDate to;           // inclusive

    bool isEmpty() const
    {
        return entityType.isEmpty() && action.isEmpty() && actor.isEmpty() && text.isEmpty() &&
               !from.isValid() && !to.isValid();
    }
};

} // namespace purser
