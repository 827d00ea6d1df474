#pragma once

#include "ui/ViewCatalog.h"
#include "ui/Workspace.h"

#include <QHash>
#include <QIcon>
#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace purser {

class Session;
class SyncStatus;
class SyncStatusWidget;
class WorkspaceHeader;
class WorkspaceView;

// The main window after sign-in: header (organisation switcher, user, role), a sidebar with
// only the views the role may open, the views, and the sync state in the status bar. Each view
// is its own class; this one only arranges them, keeps the menus and remembers the layout.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const Workspace& workspace, QWidget* parent = nullptr);
    // Without a cache (before the offline data is open): header and status only.
    explicit MainWindow(Session* session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts a sync when there is a sync engine.
    void refresh();

    QList<ViewId> availableViews() const { return m_order; }
    bool showView(ViewId id);
    ViewId currentView() const;
    WorkspaceView* view(ViewId id) const { return m_views.value(id); }
    WorkspaceHeader* header() const { return m_header; }
    SyncStatusWidget* syncStatus() const { return m_status; }
    QListWidget* sidebar() const { return m_sidebar; }

    // Pending changes, last sync, retry: what the status bar shows (issue 5). Not owned.
    void setSyncStatus(SyncStatus* status);

Q_SIGNALS:
    void signOutRequested();
    void organizationSwitchRequested(const QString& organizationId);
    void myAccountRequested();
    void lockRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void build();
    void addView(ViewId id);
    void createMenus();
    void restoreLayout();
    void showAbout();
    void showAuditAlarm();
    QIcon sidebarIcon(const QIcon& icon) const;

    Workspace m_workspace;
    WorkspaceHeader* m_header = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    SyncStatusWidget* m_status = nullptr;
    QList<ViewId> m_order;
    QHash<ViewId, WorkspaceView*> m_views;
};

} // namespace purser
