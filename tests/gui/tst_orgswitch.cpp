// Organisation switching, against a REAL purser-server (--demo): the demo consultant is
// finance at Acme (SGD) and auditor at Globex (MYR). Switching in the header's organisation
// switcher (by keyboard, as a user would) rebuilds the window for the other organisation:
// the sidebar, the employee columns and the actions follow that organisation's role, the data
// is that organisation's only, and each organisation has its own encrypted offline data.
// Closing the window remembers its size and last view for the next start.
#include "app/AppController.h"
#include "cache/CacheStore.h"
#include "models/CachedEmployeeModel.h"
#include "models/RecordTableModel.h"
#include "net/Session.h"
#include "net/SyncEngine.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/ClaimsView.h"
#include "ui/EmployeesView.h"
#include "ui/MainWindow.h"
#include "ui/PayrollView.h"
#include "ui/RecordActionBar.h"
#include "ui/ViewCatalog.h"
#include "ui/WorkspaceHeader.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QJsonObject>
#include <QListWidget>
#include <QPointer>
#include <QSqlDatabase>
#include <QTableView>
#include <QtTest>

using namespace purser;
using namespace purser::test;

namespace {

const QString consultant = QStringLiteral("consultant@purser.example");

QComboBox* organizationSwitcher(MainWindow* window)
{
    for (auto* combo : window->header()->findChildren<QComboBox*>()) {
        if (combo->accessibleName() == QStringLiteral("Organisation")) {
            return combo;
        }
    }
    return nullptr;
}

// Every employee number in the window's employee table (column 0, "Employee no.").
QStringList employeeNumbers(MainWindow* window)
{
    QStringList numbers;
    auto* view = qobject_cast<EmployeesView*>(window->view(ViewId::Employees));
    const QAbstractItemModel* model = view ? view->table()->model() : nullptr;
    for (int row = 0; model && row < model->rowCount(); ++row) {
        numbers << model->index(row, 0).data().toString();
    }
    return numbers;
}

QStringList runCurrencies(MainWindow* window)
{
    QStringList currencies;
    auto* payroll = qobject_cast<PayrollView*>(window->view(ViewId::Payroll));
    for (const QJsonObject& run : payroll ? payroll->model()->records() : QList<QJsonObject>()) {
        const QString currency = run.value(QStringLiteral("totals"))
                                     .toObject()
                                     .value(QStringLiteral("net"))
                                     .toObject()
                                     .value(QStringLiteral("currency"))
                                     .toString();
        if (!currencies.contains(currency)) {
            currencies << currency;
        }
    }
    return currencies;
}

} // namespace

class TestOrgSwitch : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    GuiTestSupport m_support{m_server};

    // Chooses the organisation named `name` in the switcher with the keyboard and waits for
    // the window rebuilt on its offline data and a finished sync.
    MainWindow* switchTo(AppController& controller, const QString& name)
    {
        MainWindow* before = controller.mainWindow();
        QComboBox* combo = organizationSwitcher(before);
        if (!combo || combo->findText(name) < 0) {
            return nullptr;
        }
        combo->setFocus(Qt::TabFocusReason);
        const int target = combo->findText(name);
        const Qt::Key key = target > combo->currentIndex() ? Qt::Key_Down : Qt::Key_Up;
        while (combo->currentIndex() != target) {
            QTest::keyClick(combo, key); // emits activated(), as a user's choice does
            if (controller.mainWindow() != before) {
                break;
            }
        }
        if (!QTest::qWaitFor([&]() { return controller.mainWindow() != before; }, 10000) ||
            !GuiTestSupport::waitForSync(controller)) {
            return nullptr;
        }
        return controller.mainWindow();
    }

    void screenshots(MainWindow* window, const QString& prefix)
    {
        for (ViewId id : window->availableViews()) {
            window->showView(id);
            QApplication::processEvents();
            const QString path = GuiTestSupport::screenshotPath(
                QStringLiteral("gui-%1-%2.png").arg(prefix, viewInfo(id).key));
            QFile::remove(path);
            QVERIFY(window->grab().save(path));
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }
    void cleanupTestCase() { m_server.stop(); }

    void switchesViewsRoleDataAndCache()
    {
        auto controller = m_support.signIn(consultant);
        QVERIFY(controller);
        QVERIFY(GuiTestSupport::waitForSync(*controller));
        const SessionInfo info = controller->session()->info();
        QCOMPARE(info.memberships.size(), 2);
        QString acmeId;
        QString globexId;
        for (const Membership& m : info.memberships) {
            (m.organizationName.startsWith(QStringLiteral("Acme")) ? acmeId : globexId) =
                m.organizationId;
        }
        QVERIFY(!acmeId.isEmpty() && !globexId.isEmpty());

        MainWindow* window = controller->mainWindow();
        if (controller->session()->info().activeOrganizationId != acmeId) {
            window = switchTo(*controller, QStringLiteral("Acme Pte Ltd"));
            QVERIFY(window);
        }
        // Acme: finance. No audit log, salaries but no national IDs, payroll preparation.
        QCOMPARE(organizationSwitcher(window)->currentText(), QStringLiteral("Acme Pte Ltd"));
        QVERIFY2(window->header()->userText().contains(QStringLiteral("Finance")),
                 qPrintable(window->header()->userText()));
        QCOMPARE(GuiTestSupport::sidebarKeys(window),
                 (QStringList{QStringLiteral("employees"), QStringLiteral("payroll"),
                              QStringLiteral("claims"), QStringLiteral("settings")}));
        QCOMPARE(window->sidebar()->count(), 4);
        auto* employees = qobject_cast<EmployeesView*>(window->view(ViewId::Employees));
        QVERIFY(employees);
        QTRY_COMPARE_WITH_TIMEOUT(employees->table()->model()->rowCount(), 200, 30000);
        QStringList headers = GuiTestSupport::employeeHeaders(employees);
        QVERIFY(headers.contains(QStringLiteral("Base salary")));
        QVERIFY(!headers.contains(QStringLiteral("National ID")));
        const QStringList acmeNumbers = employeeNumbers(window);
        for (const QString& number : acmeNumbers) {
            QVERIFY2(number.startsWith(QStringLiteral("ACM")), qPrintable(number));
        }
        QCOMPARE(runCurrencies(window), QStringList{QStringLiteral("SGD")});
        auto* payroll = qobject_cast<PayrollView*>(window->view(ViewId::Payroll));
        QVERIFY(payroll && payroll->actions());
        QVERIFY(payroll->actions()->offeredActions().contains(QStringLiteral("submit")));
        const QString acmeCache = controller->syncEngine()->store()->database().databaseName();
        screenshots(window, QStringLiteral("consultant-acme"));

        // Globex: auditor. The audit log appears; salaries and write actions go.
        const QPointer<MainWindow> acmeWindow = window;
        window = switchTo(*controller, QStringLiteral("Globex Sdn Bhd"));
        QVERIFY(window);
        QTRY_VERIFY(acmeWindow.isNull()); // the old window is gone, not hidden behind
        QCOMPARE(controller->session()->info().activeOrganizationId, globexId);
        QCOMPARE(controller->syncEngine()->organizationId(), globexId);
        QCOMPARE(organizationSwitcher(window)->currentText(), QStringLiteral("Globex Sdn Bhd"));
        QVERIFY2(window->header()->userText().contains(QStringLiteral("Auditor")),
                 qPrintable(window->header()->userText()));
        QCOMPARE(GuiTestSupport::sidebarKeys(window),
                 (QStringList{QStringLiteral("employees"), QStringLiteral("payroll"),
                              QStringLiteral("claims"), QStringLiteral("audit"),
                              QStringLiteral("settings")}));
        QCOMPARE(window->sidebar()->count(), 5);
        employees = qobject_cast<EmployeesView*>(window->view(ViewId::Employees));
        QVERIFY(employees);
        QTRY_COMPARE_WITH_TIMEOUT(employees->table()->model()->rowCount(), 50, 30000);
        headers = GuiTestSupport::employeeHeaders(employees);
        QVERIFY(!headers.contains(QStringLiteral("Base salary")));
        QVERIFY(!headers.contains(QStringLiteral("National ID")));
        QVERIFY(!employees->editButton());
        for (const QString& number : employeeNumbers(window)) {
            QVERIFY2(number.startsWith(QStringLiteral("GLX")), qPrintable(number)); // no Acme row
        }
        QCOMPARE(runCurrencies(window), QStringList{QStringLiteral("MYR")});
        payroll = qobject_cast<PayrollView*>(window->view(ViewId::Payroll));
        QVERIFY(payroll);
        QVERIFY(!payroll->actions()); // an auditor never writes
        auto* claims = qobject_cast<ClaimsView*>(window->view(ViewId::Claims));
        QVERIFY(claims);
        QVERIFY(!claims->dropArea());
        QVERIFY(window->view(ViewId::AuditLog));

        // Its own offline data: another file, holding Globex only; Acme's stays as it was.
        const QString globexCache = controller->syncEngine()->store()->database().databaseName();
        QVERIFY(globexCache != acmeCache);
        QVERIFY(QFileInfo::exists(acmeCache));
        QVERIFY(QFileInfo::exists(globexCache));
        CacheStore* store = controller->syncEngine()->store();
        QCOMPARE(store->meta(QStringLiteral("organization_id")), globexId);
        QCOMPARE(store->meta(QStringLiteral("role")), QStringLiteral("auditor"));
        const QList<QJsonObject> cached = store->records(QStringLiteral("employees"));
        QCOMPARE(cached.size(), 50);
        for (const QJsonObject& employee : cached) {
            QVERIFY(employee.value(QStringLiteral("employee_no"))
                        .toString()
                        .startsWith(QStringLiteral("GLX")));
            QVERIFY(!employee.contains(QStringLiteral("base_salary")));
        }
        screenshots(window, QStringLiteral("consultant-globex"));

        // And back: Acme's offline data opens again with Acme's rows and the finance views.
        window = switchTo(*controller, QStringLiteral("Acme Pte Ltd"));
        QVERIFY(window);
        QCOMPARE(controller->syncEngine()->store()->database().databaseName(), acmeCache);
        QCOMPARE(GuiTestSupport::sidebarKeys(window).size(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(employeeNumbers(window), acmeNumbers, 30000);

        // Closing the window remembers its size and the view; the next start restores both.
        QVERIFY(window->showView(ViewId::Claims));
        window->resize(1010, 640);
        QVERIFY(window->close());
        QTRY_VERIFY(controller->mainWindow() == nullptr);
        controller.reset();
        controller = m_support.restart();
        QVERIFY(controller);
        QVERIFY(GuiTestSupport::waitForSync(*controller));
        window = controller->mainWindow();
        QVERIFY(window->currentView() == ViewId::Claims);
        QCOMPARE(window->size(), QSize(1010, 640));

        controller.reset();
        m_support.signOut();
    }
};

int main(int argc, char* argv[])
{
    GuiTestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    TestOrgSwitch test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_orgswitch.moc"
