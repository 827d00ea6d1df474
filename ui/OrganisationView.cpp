#include "ui/OrganisationView.h"

#include "core/PermissionMatrix.h"
#include "ui/OrgApiKeysPanel.h"
#include "ui/OrgInvitationsPanel.h"
#include "ui/OrgMembersPanel.h"
#include "ui/OrgSecurityPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace purser {

OrganisationView::OrganisationView(const Workspace& workspace, QWidget* parent)
    : WorkspaceView(workspace, parent), m_tabs(new QTabWidget(this))
{
    m_tabs->setAccessibleName(tr("Organisation administration"));
    const Role role = workspace.role();
    if (allows(role, Permission::MembersManage)) {
        m_members = new OrgMembersPanel(workspace, this);
        m_tabs->addTab(m_members, tr("&Members"));
        m_invitations = new OrgInvitationsPanel(workspace, this);
        m_tabs->addTab(m_invitations, tr("&Invitations"));
        // A role change or removal can revoke keys: show the keys as they are now.
        connect(m_members, &OrgMembersPanel::changed, this, [this]() {
            if (m_apiKeys) {
                m_apiKeys->reload();
            }
        });
    }
    if (allows(role, Permission::ApiKeysManage)) {
        m_apiKeys = new OrgApiKeysPanel(workspace, this);
        m_tabs->addTab(m_apiKeys, tr("API &keys"));
    }
    if (allows(role, Permission::SettingsManage)) {
        m_security = new OrgSecurityPanel(workspace, this);
        m_tabs->addTab(m_security, tr("&Security"));
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &OrganisationView::reloadCurrent);
}

void OrganisationView::reload()
{
    // Called after every sync; only what is on screen asks the server again.
    if (isVisible()) {
        reloadCurrent();
    }
}

void OrganisationView::showEvent(QShowEvent* event)
{
    WorkspaceView::showEvent(event);
    reloadCurrent();
}

void OrganisationView::reloadCurrent()
{
    QWidget* current = m_tabs->currentWidget();
    if (current == m_members) {
        m_members->reload();
    } else if (current == m_invitations) {
        m_invitations->reload();
    } else if (current == m_apiKeys) {
        m_apiKeys->reload();
    } else if (current == m_security) {
        m_security->reload();
    }
}

} // namespace purser
