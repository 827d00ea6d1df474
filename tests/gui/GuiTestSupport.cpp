#include "tests/gui/GuiTestSupport.h"

#include "net/SyncStatus.h"
#include "ui/EmployeesView.h"
#include "ui/MainWindow.h"
#include "ui/ViewCatalog.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QTableView>
#include <QtTest>

namespace purser::test {

HeadlessInstallation& GuiTestSupport::installation()
{
    static HeadlessInstallation install;
    return install;
}

void GuiTestSupport::prepareEnvironment()
{
    const QProcessEnvironment env = installation().environment();
    for (const QString& name : {QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("XDG_DATA_HOME"),
                                QStringLiteral("QT_QPA_PLATFORM")}) {
        qputenv(name.toLatin1().constData(), env.value(name).toUtf8());
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Purser"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("purser.example"));
    QCoreApplication::setApplicationName(QStringLiteral("purser"));
}

std::unique_ptr<AppController> GuiTestSupport::signIn(const QString& email)
{
    if (installation().run({QStringLiteral("sign-in"), QStringLiteral("--server"),
                            m_server.baseUrl().toString(), QStringLiteral("--email"), email,
                            QStringLiteral("--pin-sha256"), m_server.fingerprint()},
                           password().toUtf8() + '\n') != 0) {
        return {};
    }
    return restart();
}

std::unique_ptr<AppController> GuiTestSupport::restart()
{
    auto controller = std::make_unique<AppController>(AppController::Options{&m_prompts, true, 0});
    if (!controller->start({})) {
        return {};
    }
    return controller;
}

bool GuiTestSupport::waitForSync(AppController& controller)
{
    if (!QTest::qWaitFor([&]() { return controller.mainWindow() != nullptr; }, 60000)) {
        return false;
    }
    return QTest::qWaitFor(
        [&]() {
            return controller.syncStatus()->lastSync().isValid() &&
                   !controller.syncStatus()->isSyncing();
        },
        180000);
}

void GuiTestSupport::signOut()
{
    installation().run({QStringLiteral("sign-out"), QStringLiteral("--remove-offline-data"),
                        QStringLiteral("--discard-unsent")});
}

QString GuiTestSupport::screenshotPath(const QString& name)
{
    const QString dir = QStringLiteral(PURSER_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + u'/' + name;
}

QStringList GuiTestSupport::sidebarKeys(MainWindow* window)
{
    QStringList keys;
    for (ViewId id : window->availableViews()) {
        keys << viewInfo(id).key;
    }
    return keys;
}

QStringList GuiTestSupport::employeeHeaders(EmployeesView* view)
{
    QStringList titles;
    const QAbstractItemModel* model = view->table()->model();
    for (int c = 0; c < model->columnCount(); ++c) {
        titles << model->headerData(c, Qt::Horizontal).toString();
    }
    return titles;
}

} // namespace purser::test
