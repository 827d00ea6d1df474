#include "ui/RecordActionBar.h"

#include "core/Workflow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace purser {

RecordActionBar::RecordActionBar(const Workflow& workflow, QList<Action> actions, QWidget* parent)
    : QWidget(parent), m_workflow(workflow), m_actions(std::move(actions)),
      m_reason(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const Action& action : std::as_const(m_actions)) {
        auto* button = new QPushButton(action.label, this);
        button->setEnabled(false);
        m_buttons.insert(action.name, button);
        layout->addWidget(button);
        connect(button, &QPushButton::clicked, this,
                [this, name = action.name]() { Q_EMIT actionTriggered(name, m_record); });
    }
    m_reason->setWordWrap(true);
    m_reason->setAccessibleName(tr("Why an action is unavailable"));
    layout->addWidget(m_reason, 1);
}

void RecordActionBar::setRecord(const QJsonObject& record)
{
    m_record = record;
    const QString state = record.value(QStringLiteral("status")).toString();
    QStringList reasons;
    for (const Action& action : std::as_const(m_actions)) {
        QPushButton* button = m_buttons.value(action.name);
        bool enabled = !record.isEmpty() && m_workflow.next(state, action.name).has_value();
        if (enabled && action.forbiddenBecause) {
            const QString reason = action.forbiddenBecause(record);
            if (!reason.isEmpty()) {
                enabled = false;
                reasons << reason;
            }
        }
        button->setEnabled(enabled);
    }
    m_reason->setText(reasons.join(u' '));
}

QStringList RecordActionBar::enabledActions() const
{
    QStringList enabled;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        if (it.value()->isEnabled()) {
            enabled << it.key();
        }
    }
    return enabled;
}

QString RecordActionBar::explanation() const
{
    return m_reason->text();
}

} // namespace purser
