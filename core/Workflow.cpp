#include "core/Workflow.h"

namespace purser {

Workflow::Workflow(QStringList states, QStringList editable, QList<Transition> transitions)
    : m_states(std::move(states)), m_editable(std::move(editable)),
      m_transitions(std::move(transitions))
{
}

const Workflow& Workflow::payrollRun()
{
    // draft → submitted → approved → paid; submitted → draft (return). approved and paid are
    // locked: no transition leaves paid and only mark_paid leaves approved.
    static const Workflow workflow(
        {QStringLiteral("draft"), QStringLiteral("submitted"), QStringLiteral("approved"),
         QStringLiteral("paid")},
        {QStringLiteral("draft")},
        {
            {QStringLiteral("draft"), QStringLiteral("submit"), QStringLiteral("submitted")},
            {QStringLiteral("submitted"), QStringLiteral("return"), QStringLiteral("draft")},
            {QStringLiteral("submitted"), QStringLiteral("approve"), QStringLiteral("approved"),
             true},
            {QStringLiteral("approved"), QStringLiteral("mark_paid"), QStringLiteral("paid")},
        });
    return workflow;
}

const Workflow& Workflow::claim()
{
    // draft → submitted → approved | rejected; approved → paid. Only drafts are edited.
    static const Workflow workflow(
        {QStringLiteral("draft"), QStringLiteral("submitted"), QStringLiteral("approved"),
         QStringLiteral("rejected"), QStringLiteral("paid")},
        {QStringLiteral("draft")},
        {
            {QStringLiteral("draft"), QStringLiteral("submit"), QStringLiteral("submitted")},
            {QStringLiteral("submitted"), QStringLiteral("approve"), QStringLiteral("approved"),
             true},
            {QStringLiteral("submitted"), QStringLiteral("reject"), QStringLiteral("rejected"),
             true},
            {QStringLiteral("approved"), QStringLiteral("mark_paid"), QStringLiteral("paid")},
        });
    return workflow;
}

std::optional<QString> Workflow::next(const QString& from, const QString& action) const
{
    for (const Transition& t : m_transitions) {
        if (t.from == from && t.action == action) {
            return t.to;
        }
    }
    return std::nullopt;
}

std::optional<QString> Workflow::fourEyesRefusal(const QString& action, const QString& actorUserId,
                                                 const People& people) const
{
    bool review = false;
    for (const Transition& t : m_transitions) {
        review = review || (t.action == action && t.fourEyes);
    }
    if (!review) {
        return std::nullopt;
    }
    // An actor without a person (cannot happen for members or keys) is never a second pair.
    if (actorUserId.isEmpty()) {
        return QStringLiteral("Four eyes: this needs a member's review.");
    }
    if (people.payeeUserId && *people.payeeUserId == actorUserId) {
        return QStringLiteral(
            "Four eyes: this pays you (your own record), so another member must review it.");
    }
    if (people.createdBy == actorUserId) {
        return QStringLiteral("Four eyes: you created this, so another member must review it.");
    }
    if (people.submittedBy && *people.submittedBy == actorUserId) {
        return QStringLiteral("Four eyes: you submitted this, so another member must review it.");
    }
    return std::nullopt;
}

std::optional<QString> Workflow::userLinkRefusal(const QString& actorUserId,
                                                 const std::optional<QString>& linkedUser,
                                                 const std::optional<QString>& newUser)
{
    if (linkedUser == newUser) {
        return std::nullopt;
    }
    const bool mine = (linkedUser && *linkedUser == actorUserId) ||
                      (newUser && *newUser == actorUserId) || actorUserId.isEmpty();
    if (!mine) {
        return std::nullopt;
    }
    return QStringLiteral("Four eyes: you may not link or unlink your own employee record; "
                          "another member who manages employees must do it.");
}

} // namespace purser
