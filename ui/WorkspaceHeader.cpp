#include "ui/WorkspaceHeader.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace purser {

QString WorkspaceHeader::roleText(Role role)
{
    switch (role) {
    case Role::Owner:
        return tr("Owner");
    case Role::Admin:
        return tr("Admin");
    case Role::Finance:
        return tr("Finance");
    case Role::Auditor:
        return tr("Auditor");
    case Role::Member:
        return tr("Member");
    case Role::Viewer:
        return tr("Viewer");
    }
    return roleName(role);
}

WorkspaceHeader::WorkspaceHeader(QWidget* parent)
    : QWidget(parent), m_organizations(new QComboBox(this)), m_user(new QLabel(this))
{
    auto* label = new QLabel(tr("&Organisation:"), this);
    label->setBuddy(m_organizations);
    m_organizations->setAccessibleName(tr("Organisation"));
    m_organizations->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_user->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(label);
    layout->addWidget(m_organizations);
    layout->addStretch(1);
    layout->addWidget(m_user);

    connect(m_organizations, &QComboBox::activated, this, [this](int index) {
        const QString id = m_organizations->itemData(index).toString();
        if (!id.isEmpty()) {
            Q_EMIT organizationChosen(id);
        }
    });
}

void WorkspaceHeader::showSession(const SessionInfo& session)
{
    const QSignalBlocker blocker(m_organizations);
    m_organizations->clear();
    for (const Membership& membership : session.memberships) {
        m_organizations->addItem(membership.organizationName, membership.organizationId);
        if (membership.organizationId == session.activeOrganizationId) {
            m_organizations->setCurrentIndex(m_organizations->count() - 1);
        }
    }
    const auto active = session.activeMembership();
    const QString name = session.user.name.isEmpty() ? session.user.email : session.user.name;
    m_user->setText(active ? tr("%1 (%2)").arg(name, roleText(active->role)) : name);
}

QString WorkspaceHeader::userText() const
{
    return m_user->text();
}

} // namespace purser
