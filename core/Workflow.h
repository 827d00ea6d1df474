#pragma once

#include "purser_core_export.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace purser {

// A small table-driven state machine (roles.md, State machines). The server enforces it
// (409 `conflict` for a transition the table lacks); the client reads it to decide which
// buttons to offer. Payroll runs and claims each have one table.
class PURSER_CORE_EXPORT Workflow
{
public:
    struct Transition
    {
        QString from;
        QString action; // submit | return | approve | reject | mark_paid
        QString to;
    };

    static const Workflow& payrollRun();
    static const Workflow& claim();

    // The state an action leads to from a state, or nullopt when the table forbids it.
    std::optional<QString> next(const QString& from, const QString& action) const;
    // States in which the record itself may be edited or deleted.
    bool isEditable(const QString& state) const { return m_editable.contains(state); }
    const QStringList& states() const { return m_states; }
    const QList<Transition>& transitions() const { return m_transitions; }

private:
    Workflow(QStringList states, QStringList editable, QList<Transition> transitions);

    QStringList m_states;
    QStringList m_editable;
    QList<Transition> m_transitions;
};

} // namespace purser
