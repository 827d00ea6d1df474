#pragma once

#include <QJsonObject>
#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;

namespace purser {

class Workflow;

// The workflow buttons under a payroll-run or claim list: one per action, shown only when the
// role has the permission, enabled only when the state machine (core Workflow) allows the
// action from the selected record's state and no rule (four eyes, own claim) forbids it; the
// reason for a disabled button is spelled out beside it.
class RecordActionBar : public QWidget
{
    Q_OBJECT
public:
    struct Action
    {
        QString name;  // workflow action: submit, return, approve, reject, mark_paid
        QString label; // translated, with & mnemonic
        std::function<QString(const QJsonObject&)> forbiddenBecause; // empty = allowed
    };

    RecordActionBar(const Workflow& workflow, QList<Action> actions, QWidget* parent = nullptr);

    void setRecord(const QJsonObject& record);
    QPushButton* button(const QString& action) const { return m_buttons.value(action); }
    QStringList offeredActions() const { return m_buttons.keys(); }
    QStringList enabledActions() const;
    QString explanation() const;

Q_SIGNALS:
    void actionTriggered(const QString& action, const QJsonObject& record);

private:
    const Workflow& m_workflow;
    QList<Action> m_actions;
    QMap<QString, QPushButton*> m_buttons;
    QLabel* m_reason;
    QJsonObject m_record;
};

} // namespace purser
