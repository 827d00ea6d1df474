// Employees → "Export personal data…" against a REAL purser-server (--demo), issue 18: the
// admin picks a person and a folder, the export runs with progress, and the last dialog says
// what was written (payslips, claims, receipts, audit entries, disclosures); the folder is
// there and verifies. Finance, who may not export personal data, is not offered the action.
#include "app/AppController.h"
#include "models/CachedEmployeeModel.h"
#include "services/PersonalDataVerifier.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/EmployeesView.h"
#include "ui/MainWindow.h"
#include "ui/TestHooks.h"
#include "ui/ViewCatalog.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace purser;
using namespace purser::test;

namespace {

EmployeesView* employeesView(AppController& controller)
{
    MainWindow* window = controller.mainWindow();
    if (!window || !window->showView(ViewId::Employees)) {
        return nullptr;
    }
    return qobject_cast<EmployeesView*>(window->view(ViewId::Employees));
}

bool selectByName(EmployeesView* view, const QString& name)
{
    view->searchBox()->setText(name);
    view->applyFilter();
    CachedEmployeeModel* model = view->model();
    (void)QTest::qWaitFor([&]() { return model->rowCount() > 0; }, 10000);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (const auto employee = model->employee(row); employee && employee->fullName == name) {
            view->table()->setCurrentIndex(view->table()->model()->index(row, 0));
            return true;
        }
    }
    return false;
}

} // namespace

class TestPersonalDataExport : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    GuiTestSupport m_support{m_server};

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }
    void cleanupTestCase() { m_server.stop(); }
    void cleanup()
    {
        TestHooks::directoryHook = nullptr;
        TestHooks::dialogHook = nullptr;
    }

    void adminExportsAPersonAndIsToldWhatWasWritten()
    {
        auto controller = m_support.signIn(QStringLiteral("admin@acme.example"));
        QVERIFY(controller && GuiTestSupport::waitForSync(*controller));
        EmployeesView* view = employeesView(*controller);
        QVERIFY(view && view->exportPersonalDataButton());
        QVERIFY(!view->exportPersonalDataButton()->isEnabled()); // nobody selected yet
        QVERIFY(selectByName(view, QStringLiteral("Siti Nurhaliza binti Rahman")));
        QVERIFY(view->exportPersonalDataButton()->isEnabled());

        QTemporaryDir parent;
        TestHooks::directoryHook = [&](const QString&) { return parent.path(); };
        QString shown;
        TestHooks::dialogHook = [&](QDialog* dialog) {
            if (auto* box = qobject_cast<QMessageBox*>(dialog)) {
                shown = box->text();
            }
            return true;
        };
        QSignalSpy finished(view, &EmployeesView::personalDataExportFinished);
        view->exportPersonalDataButton()->click();
        // The work is under way: the progress dialog shows what it is doing.
        auto* progress = view->findChild<QProgressDialog*>();
        QVERIFY(progress && progress->isVisible());
        QVERIFY2(progress->labelText().contains(QStringLiteral("Asking the server")),
                 qPrintable(progress->labelText()));
        QVERIFY(finished.wait(60000));
        QVERIFY(!view->findChild<QProgressDialog*>() ||
                !view->findChild<QProgressDialog*>()->isVisible());
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(shown));
        for (const QString& word :
             {QStringLiteral("Siti Nurhaliza"), QStringLiteral("payslip"), QStringLiteral("claim"),
              QStringLiteral("receipt"), QStringLiteral("audit entries"),
              QStringLiteral("disclosure")}) {
            QVERIFY2(shown.contains(word), qPrintable(shown));
        }
        const QStringList folders =
            QDir(parent.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        QCOMPARE(folders.size(), 1); // the export, and no staging folder beside it
        QVERIFY2(folders.first().startsWith(QStringLiteral("personal-data-")),
                 qPrintable(folders.first()));
        const PersonalDataVerifier::Result verdict =
            PersonalDataVerifier::verify(QDir(parent.path()).filePath(folders.first()), {});
        QVERIFY2(verdict.untrusted, qPrintable(verdict.message)); // consistent; no key named
        controller.reset();
        m_support.signOut();
    }

    void financeIsNotOfferedTheExport()
    {
        auto controller = m_support.signIn(QStringLiteral("finance@acme.example"));
        QVERIFY(controller && GuiTestSupport::waitForSync(*controller));
        EmployeesView* view = employeesView(*controller);
        QVERIFY(view);
        QVERIFY(!view->exportPersonalDataButton());
        controller.reset();
        m_support.signOut();
    }
};

int main(int argc, char** argv)
{
    GuiTestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    TestPersonalDataExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_personaldataexport.moc"
