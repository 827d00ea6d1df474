#include "ui/MainWindow.h"

#include "PurserVersion.h"
#include "net/Session.h"
#include "net/SyncStatus.h"
#include "ui/EmployeesView.h"
#include "ui/SessionHeader.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace purser {

MainWindow::MainWindow(Session* session, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_header(new SessionHeader(this)),
      m_employees(new EmployeesView(
          session->activeMembership() ? session->activeMembership()->role : Role::Viewer, this)),
      m_stateLabel(new QLabel(this)), m_countLabel(new QLabel(this))
{
    setWindowTitle(tr("Purser"));
    m_header->showSession(*session);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_header);
    layout->addWidget(m_employees, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    createMenus();
    resize(1100, 700);

    connect(session, &Session::stateChanged, this, &MainWindow::updateState);
    connect(session, &Session::employeesFetched, this, [this](const QList<Employee>& employees) {
        m_employees->setEmployees(employees);
        m_countLabel->setText(tr("%n employee(s)", nullptr, static_cast<int>(employees.size())));
    });
    connect(session, &Session::employeesFailed, this, &MainWindow::showLoadError);
    updateState();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* signOut = file->addAction(tr("Sign &out"));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Purser"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::setSyncStatus(SyncStatus* status)
{
    auto* label = new QLabel(this);
    statusBar()->addPermanentWidget(label);
    auto show = [label, status]() {
        const QDateTime last = status->lastSync();
        label->setText(tr("%n unsent change(s)", nullptr, status->pendingChanges()) +
                       (last.isValid()
                            ? tr(" · synced %1")
                                  .arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
                            : QString()));
    };
    connect(status, &SyncStatus::pendingChangesChanged, label, show);
    connect(status, &SyncStatus::lastSyncChanged, label, show);
    show();
}

void MainWindow::refresh()
{
    m_session->fetchEmployees();
}

void MainWindow::updateState()
{
    m_stateLabel->setText(connectionStateDisplay(m_session->state()));
}

void MainWindow::showLoadError(const ApiError& error)
{
    statusBar()->showMessage(tr("Could not load employees: %1").arg(error.message), 15000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Purser"),
                       tr("<b>Purser %1</b><p>Desktop admin client for HR, payroll and finance "
                          "data.</p>")
                           .arg(QStringLiteral(PURSER_VERSION)));
}

} // namespace purser
