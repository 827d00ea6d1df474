#include "ui/MainWindow.h"

#include "cache/AuditTreeStore.h"
#include "net/AuditSync.h"

#include "PurserVersion.h"
#include "core/PermissionMatrix.h"
#include "net/Outbox.h"
#include "net/Session.h"
#include "net/SyncEngine.h"
#include "net/SyncStatus.h"
#include "ui/AuditLogView.h"
#include "ui/ClaimsView.h"
#include "ui/EmployeesView.h"
#include "ui/MyPayslipsView.h"
#include "ui/OrganisationView.h"
#include "ui/PayrollView.h"
#include "ui/SettingsView.h"
#include "ui/SyncStatusWidget.h"
#include "ui/WorkspaceHeader.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCloseEvent>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace purser {

namespace {
Q_LOGGING_CATEGORY(lcWindow, "purser.ui.window")

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString lastViewKey = QStringLiteral("mainWindow/lastView");

Workspace workspaceOf(Session* session)
{
    Workspace workspace;
    workspace.session = session->info();
    workspace.server = session->server();
    return workspace;
}
} // namespace

QIcon MainWindow::sidebarIcon(const QIcon& icon) const
{
    // The selected row is drawn in the highlight colour, where the icons' own blue would
    // vanish (the SVG engine's selected mode only tints them): the same drawing in the
    // palette's highlighted-text colour for the selected row, rendered from the SVG at the
    // sizes a 1x to 4x screen asks for.
    QIcon result;
    const QColor colour = palette().color(QPalette::HighlightedText);
    for (const int side : {16, 22, 24, 32, 44, 48, 64, 88}) {
        const QPixmap normal = icon.pixmap(QSize(side, side));
        if (normal.isNull()) {
            continue;
        }
        QPixmap selected = normal;
        QPainter painter(&selected);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(selected.rect(), colour);
        painter.end();
        result.addPixmap(normal, QIcon::Normal);
        result.addPixmap(selected, QIcon::Selected);
    }
    return result;
}

MainWindow::MainWindow(const Workspace& workspace, QWidget* parent)
    : QMainWindow(parent), m_workspace(workspace)
{
    build();
}

MainWindow::MainWindow(Session* session, QWidget* parent)
    : QMainWindow(parent), m_workspace(workspaceOf(session))
{
    build();
    connect(session, &Session::stateChanged, m_status, &SyncStatusWidget::setConnectionState);
    m_status->setConnectionState(session->state());
}

MainWindow::~MainWindow() = default;

void MainWindow::build()
{
    setWindowTitle(tr("Purser"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/purser.svg"))); // in purser_ui itself
    m_header = new WorkspaceHeader(this);
    m_header->showSession(m_workspace.session);
    connect(m_header, &WorkspaceHeader::organizationChosen, this, [this](const QString& id) {
        if (id != m_workspace.organizationId()) {
            Q_EMIT organizationSwitchRequested(id);
        }
    });

    m_sidebar = new QListWidget(this);
    m_sidebar->setAccessibleName(tr("Views"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_stack = new QStackedWidget(this);
    if (m_workspace.cache.isOpen()) {
        for (ViewId id : viewsFor(m_workspace.role())) {
            addView(id);
        }
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({180, 1020}); // the sidebar as wide as its names, the view the rest
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_status = new SyncStatusWidget(this);
    m_status->attach(nullptr, m_workspace.outbox);
    statusBar()->addPermanentWidget(m_status);
    if (m_workspace.outbox) {
        // A change the server confirmed is in the offline data now: show it (once for a burst
        // of confirmations, such as an import).
        auto* reload = new QTimer(this);
        reload->setSingleShot(true);
        reload->setInterval(100);
        connect(reload, &QTimer::timeout, this, [this]() {
            for (WorkspaceView* view : std::as_const(m_views)) {
                view->reload();
            }
        });
        connect(m_workspace.outbox, &Outbox::itemSent, reload, qOverload<>(&QTimer::start));
    }
    if (m_workspace.sync) {
        const auto reloadViews = [this]() {
            qCDebug(lcWindow) << "offline data changed; reloading" << m_views.size() << "views";
            for (WorkspaceView* view : std::as_const(m_views)) {
                view->reload();
            }
        };
        // dataChanged comes per synced resource; the audit log and checkpoint arrive last,
        // so a finished sync reloads too.
        connect(m_workspace.sync, &SyncEngine::dataChanged, this, reloadViews);
        connect(m_workspace.sync, &SyncEngine::syncFinished, this,
                [this, reloadViews](bool ok, const ApiError&) {
                    if (ok) {
                        reloadViews();
                    }
                    showAuditAlarm(); // a failed sync may be the one that raised it
                });
    }
    showAuditAlarm(); // one raised before this start stands
    createMenus();
    restoreLayout();
}

void MainWindow::addView(ViewId id)
{
    WorkspaceView* view = nullptr;
    switch (id) {
    case ViewId::Employees:
        view = new EmployeesView(m_workspace, this);
        break;
    case ViewId::Payroll:
        // A member reads only their own payslips: their Payroll view is "My payslips".
        if (access(m_workspace.role(), Permission::PayrollRead) == Access::Own) {
            view = new MyPayslipsView(m_workspace, this);
        } else {
            view = new PayrollView(m_workspace, this);
        }
        break;
    case ViewId::Claims:
        view = new ClaimsView(m_workspace, this);
        break;
    case ViewId::AuditLog:
        view = new AuditLogView(m_workspace, this);
        break;
    case ViewId::Settings:
        view = new SettingsView(m_workspace, this);
        break;
    case ViewId::Organisation:
        view = new OrganisationView(m_workspace, this);
        break;
    }
    // Tab moves between controls everywhere (arrow keys move inside tables and lists), so no
    // table of a thousand cells or text pane holds the keyboard user captive.
    for (auto* items : view->findChildren<QAbstractItemView*>()) {
        items->setTabKeyNavigation(false);
    }
    for (auto* text : view->findChildren<QTextEdit*>()) {
        text->setTabChangesFocus(true);
    }
    ViewInfo info = viewInfo(id);
    if (qobject_cast<MyPayslipsView*>(view)) {
        info.title = tr("My payslips");
    }
    view->setObjectName(info.key);
    view->setAccessibleName(info.title);
    m_views.insert(id, view);
    m_order << id;
    m_stack->addWidget(view);
    auto* item = new QListWidgetItem(sidebarIcon(info.icon), info.title, m_sidebar);
    item->setToolTip(
        tr("%1 (%2)").arg(info.title, info.shortcut.toString(QKeySequence::NativeText)));
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    if (m_workspace.sync) {
        QAction* sync = file->addAction(tr("&Sync now"));
        sync->setShortcut(QKeySequence::Refresh);
        connect(sync, &QAction::triggered, this, &MainWindow::refresh);
    }
    if (auto* employees = qobject_cast<EmployeesView*>(m_views.value(ViewId::Employees))) {
        if (employees->mayImport()) {
            QAction* import = file->addAction(tr("&Import employees…"));
            connect(import, &QAction::triggered, this, [this, employees]() {
                showView(ViewId::Employees);
                employees->importEmployees();
            });
        }
        QAction* exportCsv = file->addAction(tr("&Export employees…"));
        connect(exportCsv, &QAction::triggered, this, [this, employees]() {
            showView(ViewId::Employees);
            employees->exportVisible();
        });
        file->addSeparator();
    }
    QAction* signOut = file->addAction(tr("Sign &out"));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this]() {
        if (auto* view = qobject_cast<WorkspaceView*>(m_stack->currentWidget())) {
            view->focusSearch();
        }
    });

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    for (ViewId id : std::as_const(m_order)) {
        const ViewInfo info = viewInfo(id);
        QAction* action = viewMenu->addAction(info.icon, m_views.value(id)->accessibleName());
        action->setShortcut(info.shortcut);
        connect(action, &QAction::triggered, this, [this, id]() { showView(id); });
    }

    // Everyone's own account (password, two-factor, sessions) and locking the window now.
    QMenu* account = menuBar()->addMenu(tr("&Account"));
    QAction* myAccount = account->addAction(tr("&My account…"));
    myAccount->setObjectName(QStringLiteral("myAccountAction"));
    myAccount->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(myAccount, &QAction::triggered, this, &MainWindow::myAccountRequested);
    QAction* lockNow = account->addAction(tr("&Lock now"));
    lockNow->setObjectName(QStringLiteral("lockAction"));
    lockNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lockNow, &QAction::triggered, this, &MainWindow::lockRequested);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Purser"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

bool MainWindow::showView(ViewId id)
{
    const qsizetype index = m_order.indexOf(id);
    if (index < 0) {
        return false;
    }
    m_sidebar->setCurrentRow(static_cast<int>(index));
    return true;
}

ViewId MainWindow::currentView() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 && row < m_order.size() ? m_order.at(row) : ViewId::Settings;
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        resize(1200, 760);
    }
    restoreState(settings.value(stateKey).toByteArray());
    const QString last = settings.value(lastViewKey).toString();
    for (ViewId id : std::as_const(m_order)) {
        if (viewInfo(id).key == last) {
            showView(id);
            return;
        }
    }
    if (!m_order.isEmpty()) {
        showView(m_order.first());
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    if (!m_order.isEmpty()) {
        settings.setValue(lastViewKey, viewInfo(currentView()).key);
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_sidebar) {
        for (int row = 0; row < m_sidebar->count() && row < m_order.size(); ++row) {
            m_sidebar->item(row)->setIcon(sidebarIcon(viewInfo(m_order.at(row)).icon));
        }
    }
}

void MainWindow::setSyncStatus(SyncStatus* status)
{
    m_status->attach(status, m_workspace.sync ? m_workspace.sync->outbox() : m_workspace.outbox);
}

void MainWindow::showAuditAlarm()
{
    const auto alarm =
        m_workspace.cache.isOpen() ? AuditTreeStore(m_workspace.cache).alarm() : std::nullopt;
    m_status->setAuditAlarm(alarm ? AuditSync::summarize(*alarm) : QString());
    if (auto* audit = qobject_cast<AuditLogView*>(m_views.value(ViewId::AuditLog))) {
        audit->reload();
    }
}

void MainWindow::refresh()
{
    if (m_workspace.sync) {
        m_workspace.sync->syncNow();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Purser"),
                       tr("<b>Purser %1</b><p>Desktop admin client for HR, payroll and finance "
                          "data.</p>")
                           .arg(QStringLiteral(PURSER_VERSION)));
}

} // namespace purser
