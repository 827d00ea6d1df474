#include "ui/OrgInvitationsPanel.h"

#include "core/FieldErrors.h"
#include "net/ApiClient.h"
#include "ui/OrgAdminTable.h"
#include "ui/OrgAdminText.h"
#include "ui/SecretClipboard.h"
#include "ui/WorkspaceHeader.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace purser {
using OrgAdminTable::field;

OrgInvitationsPanel::OrgInvitationsPanel(const Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_email(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_invite(new QPushButton(tr("&Invite"), this)),
      m_emailProblem(new QLabel(this)), m_link(new QLineEdit(this)),
      m_copyLink(new QPushButton(tr("&Copy invitation link"), this)),
      m_table(new QTableWidget(0, 4, this)),
      m_revoke(new QPushButton(tr("Re&voke invitation…"), this)), m_problem(new QLabel(this))
{
    m_email->setAccessibleName(tr("Email address to invite"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_role->setAccessibleName(tr("Role of the invited person"));
    for (Role role : allRoles) {
        if (role == Role::Owner && m_workspace.role() != Role::Owner) {
            continue; // only an owner may invite an owner
        }
        m_role->addItem(WorkspaceHeader::roleText(role), roleName(role));
    }
    m_role->setCurrentIndex(qMax(0, m_role->findData(roleName(Role::Member))));
    m_invite->setAccessibleName(tr("Send the invitation"));
    m_invite->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_emailProblem->setWordWrap(true);
    m_emailProblem->setAccessibleName(tr("Email address problem"));
    m_emailProblem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_link->setReadOnly(true);
    m_link->setAccessibleName(tr("Invitation link"));
    m_link->setPlaceholderText(tr("The link of a new invitation appears here, once"));
    m_copyLink->setAccessibleName(tr("Copy the invitation link"));
    m_copyLink->setEnabled(false);
    OrgAdminTable::prepare(m_table, {tr("Email"), tr("Role"), tr("Invited by"), tr("Expires")},
                           tr("Pending invitations"));
    m_revoke->setAccessibleName(tr("Revoke the selected invitation"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Invitations problem"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Email:"), m_email);
    form->addRow(QString(), m_emailProblem);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(QString(), m_invite);
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_copyLink);
    auto* linkLabel = new QLabel(tr("&Link:"), this);
    linkLabel->setBuddy(m_link); // a row of a layout gets no buddy of its own
    form->addRow(linkLabel, linkRow);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_revoke);
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_problem);

    connect(m_invite, &QPushButton::clicked, this, &OrgInvitationsPanel::invite);
    connect(m_email, &QLineEdit::returnPressed, this, &OrgInvitationsPanel::invite);
    connect(m_revoke, &QPushButton::clicked, this, &OrgInvitationsPanel::revoke);
    connect(m_copyLink, &QPushButton::clicked, this,
            [this]() { SecretClipboard::copy(m_link->text()); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &OrgInvitationsPanel::updateActions);
    updateActions();
}

QString OrgInvitationsPanel::invitationLink(const QUrl& server, const QString& token)
{
    QUrl link = server;
    link.setPath(QStringLiteral("/api/v1/auth/invitations/%1/accept").arg(token));
    return link.toString();
}

void OrgInvitationsPanel::reload()
{
    if (!m_workspace.api) {
        m_problem->setText(OrgAdminText::offline());
        Q_EMIT loaded();
        return;
    }
    m_workspace.api->get(
        this, QStringLiteral("/orgs/%1/invitations").arg(m_workspace.organizationId()), {},
        [this](const ApiResponse& response) {
            if (!response.ok()) {
                m_problem->setText(OrgAdminText::problem(response.error));
                Q_EMIT loaded();
                return;
            }
            m_invitations.clear();
            for (const QJsonValue& item :
                 response.object().value(QStringLiteral("items")).toArray()) {
                m_invitations.append(item.toObject());
            }
            QList<QStringList> rows;
            for (const QJsonObject& invitation : std::as_const(m_invitations)) {
                rows.append({field(invitation, "email"), OrgAdminTable::roleText(invitation),
                             field(invitation, "invited_by"),
                             OrgAdminText::time(invitation.value(QStringLiteral("expires_at")),
                                                QString())});
            }
            OrgAdminTable::fill(m_table, rows);
            updateActions();
            Q_EMIT loaded();
        });
}

bool OrgInvitationsPanel::selectEmail(const QString& email)
{
    return OrgAdminTable::select(m_table, m_invitations, "email", email);
}

void OrgInvitationsPanel::updateActions()
{
    const int row = m_table->currentRow();
    const bool any = row >= 0 && row < m_invitations.size();
    // Only an owner takes back an owner's invitation (the server decides; not offered).
    m_revoke->setEnabled(any && (m_workspace.role() == Role::Owner ||
                                 field(m_invitations.at(row), "role") != roleName(Role::Owner)));
}

void OrgInvitationsPanel::invite()
{
    m_emailProblem->clear();
    m_problem->clear();
    if (m_email->text().trimmed().isEmpty()) {
        m_emailProblem->setText(tr("Enter the email address to invite."));
        return;
    }
    if (!m_workspace.api) {
        m_emailProblem->setText(OrgAdminText::offline());
        return;
    }
    m_invite->setEnabled(false);
    m_workspace.api->request(
        this, "POST", QStringLiteral("/orgs/%1/invitations").arg(m_workspace.organizationId()),
        {{QStringLiteral("email"), m_email->text().trimmed()},
         {QStringLiteral("role"), m_role->currentData().toString()}},
        {}, [this](const ApiResponse& response) {
            m_invite->setEnabled(true);
            if (!response.ok()) {
                // The field's own reason (the allowlist, "a member already") at the field.
                const QString reason =
                    OrgAdminTable::fieldErrors(response).reason(QStringLiteral("email"));
                if (reason.contains(QStringLiteral("domain"))) {
                    m_emailProblem->setText(
                        tr("The server refused: this organisation only invites addresses in "
                           "the domains its owner allows (Security settings)."));
                } else if (!reason.isEmpty()) {
                    m_emailProblem->setText(tr("The server refused this address: %1").arg(reason));
                } else {
                    m_emailProblem->setText(OrgAdminText::problem(response.error));
                }
                m_email->setFocus();
                Q_EMIT invited();
                return;
            }
            const QString token = response.object().value(QStringLiteral("token")).toString();
            m_link->setText(invitationLink(m_workspace.server, token));
            m_copyLink->setEnabled(true);
            m_email->clear();
            Q_EMIT invited();
            reload();
        });
}

void OrgInvitationsPanel::revoke()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_invitations.size()) {
        return;
    }
    if (!m_workspace.api) {
        m_problem->setText(OrgAdminText::offline());
        return;
    }
    const QJsonObject invitation = m_invitations.at(row);
    QMessageBox confirm(QMessageBox::Question, tr("Revoke invitation"),
                        tr("Revoke the invitation of %1? Its link stops working at once.")
                            .arg(field(invitation, "email")),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (!OrgAdminText::confirmed(&confirm)) {
        return;
    }
    m_problem->clear();
    m_revoke->setEnabled(false);
    m_workspace.api->request(this, "DELETE",
                             QStringLiteral("/orgs/%1/invitations/%2")
                                 .arg(m_workspace.organizationId(), field(invitation, "id")),
                             {}, {}, [this](const ApiResponse& response) {
                                 if (!response.ok()) {
                                     m_problem->setText(OrgAdminText::problem(response.error));
                                 }
                                 Q_EMIT revoked();
                                 reload();
                             });
}

} // namespace purser
