// The real MainWindow and SignInDialog on the offscreen platform, against a real server:
// header shows organisation, user and role; the viewer's table has no sensitive columns;
// the search box filters. Screenshots go to build/screenshots/.
#include "models/EmployeeTableModel.h"
#include "tests/client/ClientHarness.h"
#include "tests/client/KeychainProbe.h"
#include "tests/support/ServerProcess.h"
#include "ui/CertificateTrustDialog.h"
#include "ui/EmployeesView.h"
#include "ui/MainWindow.h"
#include "ui/SessionHeader.h"
#include "ui/SignInDialog.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace purser;
using namespace purser::test;

namespace {

QString screenshotPath(const QString& name)
{
    const QString dir = QStringLiteral(PURSER_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + u'/' + name;
}

void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString path = screenshotPath(name);
    QFile::remove(path);
    QVERIFY(widget.grab().save(path));
    QVERIFY(QFileInfo(path).size() > 0);
}

QStringList headerTitles(const QTableView& table)
{
    QStringList titles;
    const QAbstractItemModel* model = table.model();
    for (int c = 0; c < model->columnCount(); ++c) {
        if (!table.horizontalHeader()->isSectionHidden(c)) {
            titles << model->headerData(c, Qt::Horizontal).toString();
        }
    }
    return titles;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    // Signs in, builds the real window, waits for the employees to arrive.
    std::unique_ptr<MainWindow> openWindow(ClientHarness& client, const QString& email)
    {
        ApiError error;
        if (!client.signIn(m_server.baseUrl(), email, &error)) {
            qWarning() << "sign-in failed:" << error.message;
            return nullptr;
        }
        auto window = std::make_unique<MainWindow>(client.session.get());
        QSignalSpy fetched(client.session.get(), &Session::employeesFetched);
        window->show();
        window->refresh();
        if (!fetched.wait(30000)) {
            return nullptr;
        }
        QCoreApplication::processEvents();
        return window;
    }

    QTemporaryDir m_dir;
    ServerProcess m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void adminWindowShowsOrganisationRoleAndEmployees()
    {
        ClientHarness client(m_dir.filePath(QStringLiteral("purser.ini")), true);
        auto window = openWindow(client, QStringLiteral("admin@acme.example"));
        QVERIFY(window);
        QCOMPARE(window->header()->organizationText(), QStringLiteral("Acme Pte Ltd"));
        QVERIFY(window->header()->userText().contains(QStringLiteral("admin@acme.example")));
        QVERIFY(window->header()->userText().contains(QStringLiteral("Admin")));

        QTableView* table = window->employeesView()->table();
        QCOMPARE(table->model()->rowCount(), 200);
        const QStringList titles = headerTitles(*table);
        QVERIFY(titles.contains(QStringLiteral("National ID")));
        QVERIFY(titles.contains(QStringLiteral("Base salary")));
        saveScreenshot(*window, QStringLiteral("main-window-admin.png"));

        // The search box filters through the proxy.
        const QString someone = window->employeesView()->model()->employees().at(7).fullName;
        window->employeesView()->searchBox()->setText(someone);
        QVERIFY(table->model()->rowCount() >= 1);
        QVERIFY(table->model()->rowCount() < 200);
        window->employeesView()->searchBox()->clear();
        QCOMPARE(table->model()->rowCount(), 200);
        QVERIFY(client.signOut());
    }

    void viewerWindowHasNoSensitiveColumns()
    {
        ClientHarness client(m_dir.filePath(QStringLiteral("purser.ini")), true);
        auto window = openWindow(client, QStringLiteral("viewer@acme.example"));
        QVERIFY(window);
        QVERIFY(window->header()->userText().contains(QStringLiteral("Viewer")));
        const QStringList titles = headerTitles(*window->employeesView()->table());
        QVERIFY(titles.contains(QStringLiteral("Name")));
        for (const QString& sensitive :
             {QStringLiteral("National ID"), QStringLiteral("Bank"), QStringLiteral("Bank account"),
              QStringLiteral("Base salary")}) {
            QVERIFY2(!titles.contains(sensitive), qPrintable(sensitive));
        }
        saveScreenshot(*window, QStringLiteral("main-window-viewer.png"));
        QVERIFY(client.signOut());
    }

    void signInDialogScreenshot()
    {
        SignInDialog dialog;
        dialog.setServer(m_server.baseUrl().toString());
        dialog.setEmail(QStringLiteral("admin@acme.example"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        saveScreenshot(dialog, QStringLiteral("sign-in-dialog.png"));

        // A bad address is answered inline, in plain words, without a request.
        QSignalSpy requested(&dialog, &SignInDialog::signInRequested);
        dialog.setServer(QStringLiteral("http://insecure.example"));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(requested.isEmpty());
        QVERIFY(!dialog.errorText().isEmpty());
    }

    void certificateDialogDefaultsToCancel()
    {
        const CertificateDetails details = CertificateDetails::from(
            m_server.certificate(), ApiClient::hostPort(m_server.baseUrl()));
        CertificateTrustDialog dialog(details);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        saveScreenshot(dialog, QStringLiteral("certificate-trust-dialog.png"));
        QVERIFY(dialog.isVisible());
        QTest::keyClick(&dialog, Qt::Key_Return); // Enter must not trust
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

int main(int argc, char* argv[])
{
    // Real widgets without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_mainwindow.moc"
