#pragma once

#include "net/ApiError.h"
#include "ui/Workspace.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace purser {

// Organisation → Members: who is in the organisation with their role and two-factor state;
// change a role, remove a member. Straight to the server (never queued). What the role may not
// do is not offered (an admin is offered nothing on an owner); the server still decides and
// its refusal (the last owner, an owner touched by an admin) is shown in plain words.
class OrgMembersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OrgMembersPanel(const Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    bool selectEmail(const QString& email); // for tests and keyboard users alike

    QTableWidget* table() const { return m_table; }
    QComboBox* roleBox() const { return m_role; }
    QPushButton* changeRoleButton() const { return m_changeRole; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* problemLabel() const { return m_problem; }
    QList<QJsonObject> members() const { return m_members; }

Q_SIGNALS:
    void loaded(); // the list answered (or failed: see problemLabel)
    void changed();
    void answered(); // the server answered a role change or removal (see problemLabel)

private:
    std::optional<QJsonObject> selected() const;
    void updateActions();
    void changeRole();
    void removeMember();
    void showProblem(const ApiError& error);

    Workspace m_workspace;
    QTableWidget* m_table;
    QComboBox* m_role;
    QPushButton* m_changeRole;
    QPushButton* m_remove;
    QLabel* m_problem;
    QList<QJsonObject> m_members;
};

} // namespace purser
