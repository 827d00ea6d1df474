#include "ui/OrgMembersPanel.h"

#include "net/ApiClient.h"
#include "ui/OrgAdminTable.h"
#include "ui/OrgAdminText.h"
#include "ui/WorkspaceHeader.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace purser {
using OrgAdminTable::field;

OrgMembersPanel::OrgMembersPanel(const Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_table(new QTableWidget(0, 4, this)),
      m_role(new QComboBox(this)), m_changeRole(new QPushButton(tr("Change &role"), this)),
      m_remove(new QPushButton(tr("Re&move from organisation…"), this)), m_problem(new QLabel(this))
{
    OrgAdminTable::prepare(m_table, {tr("Name"), tr("Email"), tr("Role"), tr("Two-factor")},
                           tr("Members"));
    m_role->setAccessibleName(tr("New role"));
    for (Role role : allRoles) {
        // An admin cannot appoint an owner: not offered (the server refuses it too).
        if (role == Role::Owner && m_workspace.role() != Role::Owner) {
            continue;
        }
        m_role->addItem(WorkspaceHeader::roleText(role), roleName(role));
    }
    m_changeRole->setAccessibleName(tr("Change the selected member's role"));
    m_remove->setAccessibleName(tr("Remove the selected member from the organisation"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Members problem"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_role);
    actions->addWidget(m_changeRole);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_problem);

    connect(m_table, &QTableWidget::currentCellChanged, this, &OrgMembersPanel::updateActions);
    connect(m_changeRole, &QPushButton::clicked, this, &OrgMembersPanel::changeRole);
    connect(m_remove, &QPushButton::clicked, this, &OrgMembersPanel::removeMember);
    updateActions();
}

void OrgMembersPanel::reload()
{
    if (!m_workspace.api) {
        m_problem->setText(OrgAdminText::offline());
        Q_EMIT loaded();
        return;
    }
    m_workspace.api->get(
        this, QStringLiteral("/orgs/%1/members").arg(m_workspace.organizationId()), {},
        [this](const ApiResponse& response) {
            if (!response.ok()) {
                showProblem(response.error);
                Q_EMIT loaded();
                return;
            }
            const QString current = selected() ? field(*selected(), "user_id") : QString();
            m_members.clear();
            for (const QJsonValue& item :
                 response.object().value(QStringLiteral("items")).toArray()) {
                m_members.append(item.toObject());
            }
            QList<QStringList> rows;
            for (const QJsonObject& member : std::as_const(m_members)) {
                const bool twoFactor = member.value(QStringLiteral("two_factor_enabled")).toBool();
                rows.append({field(member, "name"), field(member, "email"),
                             OrgAdminTable::roleText(member), twoFactor ? tr("On") : tr("Off")});
            }
            OrgAdminTable::fill(m_table, rows);
            OrgAdminTable::select(m_table, m_members, "user_id", current);
            updateActions();
            Q_EMIT loaded();
        });
}

bool OrgMembersPanel::selectEmail(const QString& email)
{
    return OrgAdminTable::select(m_table, m_members, "email", email);
}

std::optional<QJsonObject> OrgMembersPanel::selected() const
{
    return OrgAdminTable::current(m_table, m_members);
}

void OrgMembersPanel::updateActions()
{
    const auto member = selected();
    // An admin cannot touch owners (roles.md): nothing is offered on an owner's row.
    const bool touchable = member && (m_workspace.role() == Role::Owner ||
                                      OrgAdminTable::role(*member) != Role::Owner);
    m_role->setEnabled(touchable);
    m_changeRole->setEnabled(touchable);
    m_remove->setEnabled(touchable);
    if (member && touchable) {
        m_role->setCurrentIndex(qMax(0, m_role->findData(field(*member, "role"))));
    }
}

void OrgMembersPanel::showProblem(const ApiError& error)
{
    if (error.kind == ApiError::Kind::Http && error.status == 409) {
        m_problem->setText(tr("The server refused: an organisation keeps at least one owner. "
                              "Make another member an owner first."));
        return;
    }
    m_problem->setText(OrgAdminText::problem(error));
}

void OrgMembersPanel::changeRole()
{
    const auto member = selected();
    if (!member || !m_workspace.api) {
        m_problem->setText(OrgAdminText::offline());
        return;
    }
    m_problem->clear();
    m_changeRole->setEnabled(false);
    m_workspace.api->request(this, "PATCH",
                             QStringLiteral("/orgs/%1/members/%2")
                                 .arg(m_workspace.organizationId(), field(*member, "user_id")),
                             {{QStringLiteral("role"), m_role->currentData().toString()}}, {},
                             [this](const ApiResponse& response) {
                                 if (!response.ok()) {
                                     showProblem(response.error);
                                 } else {
                                     Q_EMIT changed();
                                 }
                                 Q_EMIT answered();
                                 reload();
                             });
}

void OrgMembersPanel::removeMember()
{
    const auto member = selected();
    if (!member || !m_workspace.api) {
        m_problem->setText(OrgAdminText::offline());
        return;
    }
    QMessageBox confirm(QMessageBox::Question, tr("Remove member"),
                        tr("Remove %1 from the organisation? Their API keys here are revoked "
                           "too.")
                            .arg(field(*member, "email")),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (!OrgAdminText::confirmed(&confirm)) {
        return;
    }
    m_problem->clear();
    m_remove->setEnabled(false);
    m_workspace.api->request(this, "DELETE",
                             QStringLiteral("/orgs/%1/members/%2")
                                 .arg(m_workspace.organizationId(), field(*member, "user_id")),
                             {}, {}, [this](const ApiResponse& response) {
                                 if (!response.ok()) {
                                     showProblem(response.error);
                                 } else {
                                     Q_EMIT changed();
                                 }
                                 Q_EMIT answered();
                                 reload();
                             });
}

} // namespace purser
