#pragma once

#include <QMainWindow>

class QLabel;

namespace purser {

class EmployeesView;
class Session;
class SessionHeader;
class SyncStatus;
struct ApiError;

// The main window after sign-in: header (organisation, user, role), the employee directory,
// the connection state in the status bar. It reads from the session; it does not own it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session* session, QWidget* parent = nullptr);

    // Loads the employee list from the server.
    void refresh();

    // Offline work (issue 5): pending changes and last sync in the status bar. Not owned.
    void setSyncStatus(SyncStatus* status);

    SessionHeader* header() const { return m_header; }
    EmployeesView* employeesView() const { return m_employees; }

Q_SIGNALS:
    void signOutRequested();

private:
    void createMenus();
    void showAbout();
    void updateState();
    void showLoadError(const ApiError& error);

    Session* m_session;
    SessionHeader* m_header;
    EmployeesView* m_employees;
    QLabel* m_stateLabel;
    QLabel* m_countLabel;
};

} // namespace purser
