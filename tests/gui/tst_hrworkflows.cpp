// Employee records from the window, against a REAL purser-server (--demo): an admin adds an
// employee (a bad date is shown at its field before anything is queued; a number the server
// knows but the offline data does not yet comes back as the server's 422 at that field and the
// form stays open), ends the employment (end date and status) and deletes the record created by
// mistake, each through the outbox. Finance and member (employees.write: no) are not offered
// any of it. A payroll run goes from start to paid with each step offered only to the role
// that may take it (and a draft deleted); payslips name the employee, the chart's axis is
// money. Screenshots of each dialog per role go to build/screenshots.
#include "app/AppController.h"
#include "cache/CacheStore.h"
#include "models/AuditLogModel.h"
#include "models/CachedEmployeeModel.h"
#include "models/RecordTableModel.h"
#include "net/Outbox.h"
#include "net/SyncEngine.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/ApiTestClient.h"
#include "ui/AuditLogView.h"
#include "ui/ClaimFormDialog.h"
#include "ui/ClaimsView.h"
#include "ui/EmployeeFormDialog.h"
#include "ui/EmployeesView.h"
#include "ui/ImportEmployeesDialog.h"
#include "ui/MainWindow.h"
#include "ui/MyPayslipsView.h"
#include "ui/NetPayChart.h"
#include "ui/PayrollRunDialog.h"
#include "ui/PayrollView.h"
#include "ui/RecordActionBar.h"
#include "ui/TestHooks.h"
#include "ui/ViewCatalog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace purser;
using namespace purser::test;

namespace {

void shoot(QWidget* widget, const QString& name)
{
    widget->show();
    QApplication::processEvents();
    const QString path = GuiTestSupport::screenshotPath(name);
    QFile::remove(path);
    QVERIFY(widget->grab().save(path));
}

// Fills the form, presses Save and waits for the outcome (accepted, or problems shown).
bool saveForm(EmployeeFormDialog* form)
{
    form->buttons()->button(QDialogButtonBox::Save)->click();
    (void)QTest::qWaitFor(
        [&]() { return form->result() == QDialog::Accepted || form->isEnabled(); }, 30000);
    return form->result() == QDialog::Accepted;
}

std::optional<QJsonObject> cachedEmployee(AppController& controller, const QString& number)
{
    for (const QJsonObject& record :
         controller.syncEngine()->store()->records(QStringLiteral("employees"))) {
        if (record.value(QStringLiteral("employee_no")).toString() == number) {
            return record;
        }
    }
    return std::nullopt;
}

bool selectEmployee(EmployeesView* view, const QString& number)
{
    QTest::qWait(300); // let the window's reload after a confirmed change happen first
    view->searchBox()->setText(number);
    view->reload();
    QAbstractItemModel* model = view->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == number) {
            view->table()->setCurrentIndex(model->index(row, 0));
            return true;
        }
    }
    return false;
}

PayrollView* payrollView(AppController& controller)
{
    MainWindow* window = controller.mainWindow();
    if (!window || !window->showView(ViewId::Payroll)) {
        return nullptr;
    }
    return qobject_cast<PayrollView*>(window->view(ViewId::Payroll));
}

std::optional<QJsonObject> cachedRun(AppController& controller, const QString& periodStart)
{
    for (const QJsonObject& record :
         controller.syncEngine()->store()->records(QStringLiteral("payroll-runs"))) {
        if (record.value(QStringLiteral("period_start")).toString() == periodStart) {
            return record;
        }
    }
    return std::nullopt;
}

bool selectRun(PayrollView* view, const QString& periodStart)
{
    QTest::qWait(300); // let the window's reload after a confirmed change happen first
    view->reload();
    QAbstractItemModel* model = view->runs()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == periodStart) {
            view->runs()->setCurrentIndex(model->index(row, 0));
            return true;
        }
    }
    return false;
}

// Starts a run for the month from start through the dialog; a screenshot when role is given.
bool startRun(AppController& controller, PayrollView* view, const QDate& start, const QString& role)
{
    TestHooks::dialogHook = [&](QDialog* dialog) {
        auto* form = qobject_cast<PayrollRunDialog*>(dialog);
        if (!form) {
            return false;
        }
        form->periodStart()->setDate(start);
        form->periodEnd()->setDate(start.addMonths(1).addDays(-1));
        form->payDate()->setDate(start.addMonths(1).addDays(-1));
        if (!role.isEmpty()) {
            shoot(form, QStringLiteral("dialog-%1-start-payroll-run.png").arg(role));
        }
        form->buttons()->button(QDialogButtonBox::Save)->click();
        (void)QTest::qWaitFor([&]() { return form->result() == QDialog::Accepted; }, 30000);
        return form->result() == QDialog::Accepted;
    };
    view->startButton()->click();
    TestHooks::dialogHook = nullptr;
    return QTest::qWaitFor(
        [&]() { return cachedRun(controller, start.toString(Qt::ISODate)).has_value(); }, 30000);
}

// Clicks a workflow button on the run and waits for the state the server confirms.
bool clickAction(AppController& controller, PayrollView* view, const QString& action,
                 const QString& periodStart, const QString& expected)
{
    if (!selectRun(view, periodStart) || !view->actions() || !view->actions()->button(action) ||
        !view->actions()->button(action)->isEnabled()) {
        qWarning() << "cannot" << action << view->actions()->explanation();
        return false;
    }
    view->actions()->button(action)->click();
    return QTest::qWaitFor(
        [&]() {
            const auto run = cachedRun(controller, periodStart);
            return run && run->value(QStringLiteral("status")).toString() == expected;
        },
        30000);
}

} // namespace

class TestHrWorkflows : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    GuiTestSupport m_support{m_server};

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }
    void cleanupTestCase() { m_server.stop(); }
    void cleanup()
    {
        TestHooks::dialogHook = nullptr;
        TestHooks::openFilesHook = nullptr;
        TestHooks::saveFileHook = nullptr;
    }

    void adminAddsEndsAndDeletes()
    {
        auto controller = m_support.signIn(QStringLiteral("admin@acme.example"));
        QVERIFY(controller);
        QVERIFY(GuiTestSupport::waitForSync(*controller));
        MainWindow* window = controller->mainWindow();
        QVERIFY(window->showView(ViewId::Employees));
        auto* view = qobject_cast<EmployeesView*>(window->view(ViewId::Employees));
        QVERIFY(view && view->addButton() && view->endButton() && view->deleteButton());
        QVERIFY(!view->addButton()->accessibleName().isEmpty());

        // A number the server has and the offline data does not (made after the last sync).
        ApiTestClient api(m_server);
        const QString token = api.signIn(QStringLiteral("owner@acme.example"));
        QVERIFY(!token.isEmpty());
        const QString org = controller->syncEngine()->organizationId();
        const ApiReply made =
            api.sendJson("POST", QStringLiteral("/api/v1/orgs/%1/employees").arg(org),
                         {{QStringLiteral("employee_no"), QStringLiteral("E-GUI-TAKEN")},
                          {QStringLiteral("full_name"), QStringLiteral("Taken Elsewhere")},
                          {QStringLiteral("email"), QStringLiteral("taken@acme.example")},
                          {QStringLiteral("department"), QStringLiteral("Finance")},
                          {QStringLiteral("position"), QStringLiteral("Clerk")},
                          {QStringLiteral("employment_type"), QStringLiteral("full_time")},
                          {QStringLiteral("start_date"), QStringLiteral("2026-01-05")}},
                         token);
        QCOMPARE(made.status, 201);

        int rounds = 0;
        QString localProblem;
        QString serverProblem;
        TestHooks::dialogHook = [&](QDialog* dialog) {
            auto* form = qobject_cast<EmployeeFormDialog*>(dialog);
            if (!form) {
                return false;
            }
            // The taken number in another case and with a space: the same employee number.
            form->lineEdit(QStringLiteral("employee_no"))->setText(QStringLiteral("e-gui-Taken "));
            form->lineEdit(QStringLiteral("full_name"))->setText(QStringLiteral("Nur Aisyah"));
            form->lineEdit(QStringLiteral("email"))->setText(QStringLiteral("nur@acme.example"));
            form->comboBox(QStringLiteral("department"))->setCurrentText(QStringLiteral("Finance"));
            form->lineEdit(QStringLiteral("position"))->setText(QStringLiteral("Analyst"));
            form->lineEdit(QStringLiteral("base_salary"))->setText(QStringLiteral("5,250.50"));
            // 1. A date core refuses: shown at its field, nothing queued.
            form->lineEdit(QStringLiteral("start_date"))->setText(QStringLiteral("2026-13-40"));
            const int queued = controller->syncEngine()->outbox()->store()->unsentCount();
            saveForm(form);
            localProblem = form->errorLabel(QStringLiteral("start_date"))->text();
            shoot(form, QStringLiteral("dialog-admin-add-employee-local-problem.png"));
            if (controller->syncEngine()->outbox()->store()->unsentCount() != queued) {
                return false;
            }
            // 2. The server's 422 at the employee number; the form stays open.
            form->lineEdit(QStringLiteral("start_date"))->setText(QStringLiteral("2026-02-01"));
            if (saveForm(form)) {
                return true;
            }
            serverProblem = form->errorLabel(QStringLiteral("employee_no"))->text();
            shoot(form, QStringLiteral("dialog-admin-add-employee-server-problem.png"));
            // 3. A free number: sent and confirmed.
            form->lineEdit(QStringLiteral("employee_no"))->setText(QStringLiteral("E-GUI-0001"));
            ++rounds;
            return saveForm(form);
        };
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        view->searchBox()->setFocus();
        QTest::keySequence(view->searchBox(), QKeySequence::New); // Ctrl+N, as a user would
        QCOMPARE(localProblem, QStringLiteral("A date as YYYY-MM-DD."));
        QCOMPARE(serverProblem, QStringLiteral("Already in use in this organisation."));
        QCOMPARE(rounds, 1);
        auto added = cachedEmployee(*controller, QStringLiteral("E-GUI-0001"));
        QVERIFY(added);
        QCOMPARE(added->value(QStringLiteral("full_name")).toString(),
                 QStringLiteral("Nur Aisyah"));
        QCOMPARE(added->value(QStringLiteral("base_salary")).toObject(),
                 (QJsonObject{{QStringLiteral("amount"), 525050},
                              {QStringLiteral("currency"), QStringLiteral("SGD")}}));
        QCOMPARE(controller->syncEngine()->outbox()->store()->unsentCount(), 0);

        // End the employment: end date and status.
        view->reload();
        QVERIFY(selectEmployee(view, QStringLiteral("E-GUI-0001")));
        QVERIFY(view->endButton()->isEnabled());
        TestHooks::dialogHook = [&](QDialog* dialog) {
            auto* form = qobject_cast<EmployeeFormDialog*>(dialog);
            if (!form || form->lineEdit(QStringLiteral("full_name"))) {
                return false; // only end date and status are offered here
            }
            form->lineEdit(QStringLiteral("end_date"))->setText(QStringLiteral("2026-03-31"));
            shoot(form, QStringLiteral("dialog-admin-end-employment.png"));
            return saveForm(form);
        };
        view->endButton()->click();
        added = cachedEmployee(*controller, QStringLiteral("E-GUI-0001"));
        QCOMPARE(added->value(QStringLiteral("status")).toString(), QStringLiteral("terminated"));
        QCOMPARE(added->value(QStringLiteral("end_date")).toString(), QStringLiteral("2026-03-31"));

        // Delete the record created by mistake.
        QVERIFY(selectEmployee(view, QStringLiteral("E-GUI-0001")));
        QString asked;
        TestHooks::dialogHook = [&](QDialog* dialog) {
            if (auto* box = qobject_cast<QMessageBox*>(dialog)) {
                asked = box->text();
                shoot(box, QStringLiteral("dialog-admin-delete-employee.png"));
            }
            return true;
        };
        view->deleteButton()->click();
        QCOMPARE(asked, QStringLiteral("Delete Nur Aisyah (E-GUI-0001)?"));
        QTRY_VERIFY_WITH_TIMEOUT(!cachedEmployee(*controller, QStringLiteral("E-GUI-0001")), 30000);
        const ApiReply gone = api.send("GET",
                                       QStringLiteral("/api/v1/orgs/%1/employees/%2")
                                           .arg(org, added->value(QStringLiteral("id")).toString()),
                                       {}, token);
        QCOMPARE(gone.status, 404);
        controller.reset();
        m_support.signOut();
    }

    // Finance prepares (start, delete a draft, submit) and marks paid; the admin returns with a
    // note and approves (four eyes). Payslips name the employee; the chart's axis is money.
    void payrollRunFromStartToPaid()
    {
        const QString finance = QStringLiteral("finance@acme.example");
        auto controller = m_support.signIn(finance);
        QVERIFY(controller);
        QVERIFY(GuiTestSupport::waitForSync(*controller));
        auto* view = payrollView(*controller);
        QVERIFY(view && view->startButton() && view->deleteButton());
        QVERIFY(!view->chart()->axisLabels().isEmpty());
        for (const QString& label : view->chart()->axisLabels()) {
            QVERIFY2(label.startsWith(QStringLiteral("SGD ")), qPrintable(label));
        }

        // Start a run by mistake, then delete the draft.
        QVERIFY(startRun(*controller, view, QDate(2031, 1, 1), QStringLiteral("finance")));
        auto run = cachedRun(*controller, QStringLiteral("2031-01-01"));
        QVERIFY(run);
        QCOMPARE(run->value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QVERIFY(selectRun(view, QStringLiteral("2031-01-01")));
        QVERIFY(view->deleteButton()->isEnabled());
        TestHooks::dialogHook = [](QDialog*) { return true; };
        view->deleteButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!cachedRun(*controller, QStringLiteral("2031-01-01")), 30000);

        // The real one: payslips show number and name, then submit.
        QVERIFY(startRun(*controller, view, QDate(2031, 2, 1), QString()));
        QVERIFY(selectRun(view, QStringLiteral("2031-02-01")));
        QTRY_VERIFY_WITH_TIMEOUT(view->payslips()->rowCount() > 0, 30000);
        static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-"));
        for (int row = 0; row < view->payslips()->rowCount(); ++row) {
            for (int column = 0; column < view->payslips()->columnCount(); ++column) {
                QVERIFY(!uuid.match(view->payslips()->item(row, column)->text()).hasMatch());
            }
            QVERIFY(!view->payslips()->item(row, 1)->text().isEmpty()); // the name
        }
        shoot(view->window(), QStringLiteral("gui-finance-payroll-payslips.png"));
        QVERIFY(clickAction(*controller, view, QStringLiteral("submit"),
                            QStringLiteral("2031-02-01"), QStringLiteral("submitted")));
        controller.reset();
        m_support.signOut();

        // The admin returns it with a note, finance submits again, the admin approves.
        controller = m_support.signIn(QStringLiteral("admin@acme.example"));
        QVERIFY(controller && GuiTestSupport::waitForSync(*controller));
        view = payrollView(*controller);
        TestHooks::dialogHook = [](QDialog* dialog) {
            if (auto* input = qobject_cast<QInputDialog*>(dialog)) {
                input->setTextValue(QStringLiteral("Overtime for February is missing"));
            }
            return true;
        };
        QVERIFY(clickAction(*controller, view, QStringLiteral("return"),
                            QStringLiteral("2031-02-01"), QStringLiteral("draft")));
        controller.reset();
        m_support.signOut();
        controller = m_support.signIn(finance);
        QVERIFY(controller && GuiTestSupport::waitForSync(*controller));
        view = payrollView(*controller);
        QVERIFY(clickAction(*controller, view, QStringLiteral("submit"),
                            QStringLiteral("2031-02-01"), QStringLiteral("submitted")));
        controller.reset();
        m_support.signOut();
        controller = m_support.signIn(QStringLiteral("admin@acme.example"));
        QVERIFY(controller && GuiTestSupport::waitForSync(*controller));
        view = payrollView(*controller);
        QVERIFY(!view->actions()->button(QStringLiteral("mark_paid"))); // admin: not offered
        QVERIFY(clickAction(*controller, view, QStringLiteral("approve"),
                            QStringLiteral("2031-02-01"), QStringLiteral("approved")));
        controller.reset();
        m_support.signOut();
        controller = m_support.signIn(finance);
        QVERIFY(controller && GuiTestSupport::waitForSync(*controller));
        view = payrollView(*controller);
        QVERIFY(!view->actions()->button(QStringLiteral("approve"))); // finance: not offered
        QVERIFY(clickAction(*controller, view, QStringLiteral("mark_paid"),
                            QStringLiteral("2031-02-01"), QStringLiteral("paid")));
        QVERIFY(selectRun(view, QStringLiteral("2031-02-01")));
        QVERIFY(!view->deleteButton()->isEnabled()); // paid runs are locked
        controller.reset();
        m_support.signOut();
    }

    void payrollNotPreparedBy_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("auditor") << QStringLiteral("auditor");
    }

    void payrollNotPreparedBy()
    {
        QFETCH(QString, role);
        auto controller = m_support.signIn(role + QStringLiteral("@acme.example"));
        QVERIFY(controller && GuiTestSupport::waitForSync(*controller));
        auto* view = payrollView(*controller);
        QVERIFY(view);
        QVERIFY(!view->startButton() && !view->deleteButton());
        controller.reset();
        m_support.signOut();
    }

    // File → Import employees…: mapping, each row's problems before sending, the good rows
    // through the outbox with progress and a report; the mapping is remembered.
    void adminImportsFromCsv()
    {
        auto controller = m_support.signIn(QStringLiteral("admin@acme.example"));
        QVERIFY(controller && GuiTestSupport::waitForSync(*controller));
        MainWindow* window = controller->mainWindow();
        auto* view = qobject_cast<EmployeesView*>(window->view(ViewId::Employees));
        QVERIFY(view && view->mayImport());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new-hires.csv"));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("\xEF\xBB\xBFStaff No;Name;Email;Dept;Title;Start date;Salary\r\n"
                  "E-CSV-1;Siti Rahman;siti@acme.example;Finance;Clerk;2026-04-01;3900.00\r\n"
                  "E-CSV-2;Lim Wei;lim@acme.example;Sales;Rep;2026-04-01;SGD 4100\r\n"
                  "E-CSV-3;\"=cmd|' /C calc'!A0\";x@acme.example;Sales;Rep;2026-04-01;1\r\n"
                  "E-CSV-4;Kumar;kumar@acme.example;Finance;Clerk;01/04/2026;3000\r\n");
        csv.close();
        TestHooks::openFilesHook = [&](const QString&) { return QStringList{path}; };
        QString summary;
        QString report;
        TestHooks::dialogHook = [&](QDialog* dialog) {
            auto* import = qobject_cast<ImportEmployeesDialog*>(dialog);
            if (!import) {
                return false;
            }
            // Read and checked on a worker thread: the preview comes when it is done.
            (void)QTest::qWaitFor([&]() { return !import->isChecking(); }, 60000);
            summary = import->summary()->text();
            shoot(import, QStringLiteral("dialog-admin-import-preview.png"));
            import->importButton()->click();
            (void)QTest::qWaitFor([&]() { return import->isFinished(); }, 60000);
            report = import->report()->text();
            shoot(import, QStringLiteral("dialog-admin-import-report.png"));
            return true;
        };
        QAction* importAction = nullptr;
        for (QAction* action : window->menuBar()->actions().first()->menu()->actions()) {
            if (action->text() == QStringLiteral("&Import employees…")) {
                importAction = action;
            }
        }
        QVERIFY(importAction); // File → Import employees…
        importAction->trigger();
        TestHooks::openFilesHook = nullptr;
        QCOMPARE(summary,
                 QStringLiteral("2 row(s) ready to import, 2 with problems (not imported)."));
        QVERIFY2(report.startsWith(QStringLiteral("Queued 2 of 4 row(s); sent 2; refused 0.")),
                 qPrintable(report));
        QVERIFY(cachedEmployee(*controller, QStringLiteral("E-CSV-1")));
        QVERIFY(cachedEmployee(*controller, QStringLiteral("E-CSV-2")));
        QVERIFY(!cachedEmployee(*controller, QStringLiteral("E-CSV-3")));
        QVERIFY(QSettings().contains(ImportEmployeesDialog::savedMappingKey()));
        controller.reset();
        m_support.signOut();
    }

    // A member's Payroll view is "My payslips": their own, newest first, money not numbers,
    // each opening as a PDF laid out as a payslip (also offline: they are in the cache).
    void memberSeesOwnPayslips()
    {
        auto controller = m_support.signIn(QStringLiteral("member@acme.example"));
        QVERIFY(controller && GuiTestSupport::waitForSync(*controller));
        MainWindow* window = controller->mainWindow();
        QVERIFY(window->showView(ViewId::Payroll));
        QVERIFY(!qobject_cast<PayrollView*>(window->view(ViewId::Payroll)));
        auto* mine = qobject_cast<MyPayslipsView*>(window->view(ViewId::Payroll));
        QVERIFY(mine);
        QCOMPARE(mine->accessibleName(), QStringLiteral("My payslips"));
        QTableWidget* table = mine->table();
        QVERIFY(table->rowCount() > 0);
        for (int row = 1; row < table->rowCount(); ++row) { // newest first
            QVERIFY(table->item(row - 1, 1)->data(Qt::UserRole).toString() >=
                    table->item(row, 1)->data(Qt::UserRole).toString());
        }
        QVERIFY2(table->item(0, 4)->text().startsWith(QStringLiteral("SGD ")),
                 qPrintable(table->item(0, 4)->text()));
        shoot(window, QStringLiteral("gui-member-my-payslips.png"));
        QUrl opened;
        TestHooks::openUrlHook = [&](const QUrl& url) {
            opened = url;
            return true;
        };
        mine->openButton()->click();
        TestHooks::openUrlHook = nullptr;
        QFile pdf(opened.toLocalFile());
        QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(opened.toString()));
        QVERIFY(pdf.read(5) == "%PDF-");
        // The payslip as the PDF lays it out: organisation, who, gross, deductions, net.
        const QString html = mine->payslipHtml(0);
        for (const QString& expected : {QStringLiteral("Acme Pte Ltd"), QStringLiteral("Gross pay"),
                                        QStringLiteral("Net pay"), QStringLiteral("SGD ")}) {
            QVERIFY2(html.contains(expected), qPrintable(expected));
        }
        QLabel preview;
        preview.setTextFormat(Qt::RichText);
        preview.setText(html);
        preview.resize(600, 420);
        shoot(&preview, QStringLiteral("gui-member-payslip-pdf-layout.png"));
        controller.reset();
        m_support.signOut();
    }

    // Claims name the claimant; the claimant edits and deletes a draft through the outbox.
    // The audit log names who did what.
    void claimsAndAuditShowNames()
    {
        auto controller = m_support.signIn(QStringLiteral("member@acme.example"));
        QVERIFY(controller && GuiTestSupport::waitForSync(*controller));
        MainWindow* window = controller->mainWindow();
        QVERIFY(window->showView(ViewId::Claims));
        auto* claims = qobject_cast<ClaimsView*>(window->view(ViewId::Claims));
        QVERIFY(claims && claims->editButton() && claims->deleteButton());
        TestHooks::dialogHook = [](QDialog* dialog) {
            auto* form = qobject_cast<ClaimFormDialog*>(dialog);
            if (!form) {
                return false;
            }
            form->descriptionField()->setText(QStringLiteral("Taxi to client GUI-1"));
            form->amountField()->setText(QStringLiteral("23.40"));
            return true;
        };
        claims->newClaim();
        const auto claimRow = [&](const QString& description) {
            claims->reload();
            const RecordTableModel* model = claims->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->record(row).value(QStringLiteral("description")).toString() ==
                    description) {
                    return row;
                }
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(claimRow(QStringLiteral("Taxi to client GUI-1")) >= 0, 30000);
        int row = claimRow(QStringLiteral("Taxi to client GUI-1"));
        const QString claimant = claims->model()->index(row, 1).data().toString();
        QVERIFY2(claimant.contains(QStringLiteral("(")) && !claimant.contains(QStringLiteral("-4")),
                 qPrintable(claimant)); // "Name (number)", not an id
        claims->selectRow(row);
        QVERIFY(claims->editButton()->isEnabled());
        TestHooks::dialogHook = [](QDialog* dialog) {
            auto* form = qobject_cast<ClaimFormDialog*>(dialog);
            if (!form ||
                form->descriptionField()->text() != QStringLiteral("Taxi to client GUI-1")) {
                return false;
            }
            form->descriptionField()->setText(QStringLiteral("Taxi to client GUI-2"));
            return true;
        };
        claims->editButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(claimRow(QStringLiteral("Taxi to client GUI-2")) >= 0, 30000);
        shoot(window, QStringLiteral("gui-member-claims-claimant.png"));
        claims->selectRow(claimRow(QStringLiteral("Taxi to client GUI-2")));
        TestHooks::dialogHook = [](QDialog*) { return true; };
        claims->deleteButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(claimRow(QStringLiteral("Taxi to client GUI-2")) < 0, 30000);
        controller.reset();
        m_support.signOut();

        controller = m_support.signIn(QStringLiteral("auditor@acme.example"));
        QVERIFY(controller && GuiTestSupport::waitForSync(*controller));
        window = controller->mainWindow();
        QVERIFY(window->showView(ViewId::AuditLog));
        auto* audit = qobject_cast<AuditLogView*>(window->view(ViewId::AuditLog));
        QVERIFY(audit);
        QTRY_VERIFY_WITH_TIMEOUT(audit->model()->rowCount() > 0, 30000);
        static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-"));
        int named = 0;
        for (int r = 0; r < std::min(200, audit->model()->rowCount()); ++r) {
            const QString who = audit->model()->index(r, AuditLogModel::Actor).data().toString();
            QVERIFY2(!uuid.match(who).hasMatch(), qPrintable(who));
            named +=
                !audit->model()->index(r, AuditLogModel::EntityId).data().toString().contains(uuid);
        }
        QVERIFY(named > 0); // records the offline data has are named
        shoot(window, QStringLiteral("gui-auditor-audit-names.png"));
        controller.reset();
        m_support.signOut();
    }

    void rolesThatMayNotWrite_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("finance") << QStringLiteral("finance");
        QTest::newRow("member") << QStringLiteral("member");
    }

    void rolesThatMayNotWrite()
    {
        QFETCH(QString, role);
        auto controller = m_support.signIn(role + QStringLiteral("@acme.example"));
        QVERIFY(controller);
        QVERIFY(GuiTestSupport::waitForSync(*controller));
        MainWindow* window = controller->mainWindow();
        QVERIFY(window->showView(ViewId::Employees));
        auto* view = qobject_cast<EmployeesView*>(window->view(ViewId::Employees));
        QVERIFY(view);
        QVERIFY(!view->addButton() && !view->editButton() && !view->endButton() &&
                !view->deleteButton());
        bool offered = false;
        TestHooks::dialogHook = [&](QDialog*) {
            offered = true;
            return false;
        };
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        view->searchBox()->setFocus();
        QTest::keySequence(view->searchBox(), QKeySequence::New);
        QVERIFY(!offered);
        QVERIFY(!view->mayImport());
        // Export: only the columns the role may read, formulas neutralised.
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("employees.csv"));
        TestHooks::saveFileHook = [&](const QString&) { return out; };
        view->exportVisible();
        TestHooks::saveFileHook = nullptr;
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray firstLine = exported.readLine();
        // roles.md: finance reads salary and bank, never the national ID; a member reads
        // their own record whole.
        QCOMPARE(firstLine.contains("National ID"), role == QStringLiteral("member"));
        QVERIFY(exported.readAll().count('\n') >= 1);
        shoot(window, QStringLiteral("gui-%1-employees-no-write.png").arg(role));
        controller.reset();
        m_support.signOut();
    }
};

int main(int argc, char* argv[])
{
    GuiTestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    TestHrWorkflows test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hrworkflows.moc"
