#pragma once

#include "ui/WorkspaceView.h"

class QTabWidget;

namespace purser {

class OrgApiKeysPanel;
class OrgInvitationsPanel;
class OrgMembersPanel;
class OrgSecurityPanel;

// Organisation administration for owners and admins (roles.md): members, invitations, API keys
// and, for owners, the security settings. Everything here is read from and written to the
// server at once (nothing kept offline, nothing queued); each tab loads when it is shown.
class OrganisationView : public WorkspaceView
{
    Q_OBJECT
public:
    explicit OrganisationView(const Workspace& workspace, QWidget* parent = nullptr);

    void reload() override;

    QTabWidget* tabs() const { return m_tabs; }
    OrgMembersPanel* members() const { return m_members; }
    OrgInvitationsPanel* invitations() const { return m_invitations; }
    OrgApiKeysPanel* apiKeys() const { return m_apiKeys; }
    OrgSecurityPanel* security() const { return m_security; } // null unless owner

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadCurrent();

    QTabWidget* m_tabs;
    OrgMembersPanel* m_members = nullptr;
    OrgInvitationsPanel* m_invitations = nullptr;
    OrgApiKeysPanel* m_apiKeys = nullptr;
    OrgSecurityPanel* m_security = nullptr;
};

} // namespace purser
