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
        bool fourEyes = false; // a review: never by a person who prepared or gains from it
    };

    // The people a record's four-eyes check is about (user ids; an API key counts as the
    // member who created it). Record links count only through payeeUserId: a record with no
    // linked user still has a creator and a submitter.
    struct People
    {
        QString createdBy;
        std::optional<QString> submittedBy;
        std::optional<QString> payeeUserId; // whom the money goes to, when linked to a user
    };

    static const Workflow& payrollRun();
    static const Workflow& claim();

    // The state an action leads to from a state, or nullopt when the table forbids it.
    std::optional<QString> next(const QString& from, const QString& action) const;
    // Four eyes (roles.md): why `actorUserId` may not take `action` on a record involving
    // `people`, or nullopt when they may. Whoever created or submitted a record never reviews
    // it, nor does the person it pays.
    std::optional<QString> fourEyesRefusal(const QString& action, const QString& actorUserId,
                                           const People& people) const;
    // Four eyes on the link behind payeeUserId (roles.md): why `actorUserId` may not change an
    // employee record's user link from `linkedUser` to `newUser`, or nullopt when they may. A
    // person never unlinks the record that pays them nor links a record to themselves; that
    // takes another member, else unlinking first would make "this pays you" vanish.
    static std::optional<QString> userLinkRefusal(const QString& actorUserId,
                                                  const std::optional<QString>& linkedUser,
                                                  const std::optional<QString>& newUser);
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
