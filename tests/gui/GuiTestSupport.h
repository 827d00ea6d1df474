#pragma once

#include "app/AppController.h"
#include "tests/client/HeadlessInstallation.h"
#include "tests/support/ServerProcess.h"
#include "ui/UserPrompts.h"

#include <QStringList>
#include <memory>

namespace purser {
class MainWindow;
class EmployeesView;
} // namespace purser

namespace purser::test {

// What the GUI tests share: one client installation (own settings and data folders, the test
// session's real keychain), signing a demo user in with the headless command and letting the
// real AppController resume, open the offline data and sync it from a real purser-server.
class GuiTestSupport
{
public:
    static QString password() { return QStringLiteral("correct horse battery staple"); }
    static HeadlessInstallation& installation();
    // Before QApplication: points settings and data at the installation, offscreen platform.
    static void prepareEnvironment();

    explicit GuiTestSupport(ServerProcess& server) : m_server(server) {}

    std::unique_ptr<AppController> signIn(const QString& email);
    // A new start of the client: resumes the stored session as the next launch would.
    std::unique_ptr<AppController> restart();
    // The main window is up and a whole sync has finished.
    static bool waitForSync(AppController& controller);
    void signOut();

    static QString screenshotPath(const QString& name);
    static QStringList sidebarKeys(MainWindow* window);
    static QStringList employeeHeaders(EmployeesView* view);

private:
    class NoPrompts : public UserPrompts
    {
    public:
        std::optional<QString> askPassphrase(bool, const QString&, const QString&) override
        {
            return std::nullopt;
        }
        bool askDiscardOfflineData(const QString&, int) override { return false; }
        SignOutChoice askSignOut(int) override { return SignOutChoice::SignOutAndRemove; }
    };

    ServerProcess& m_server;
    NoPrompts m_prompts;
};

} // namespace purser::test
