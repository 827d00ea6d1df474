// "Every payslip of a run into a folder" as finance, against a REAL purser-server (--demo):
// one PDF per payslip, named so a person finds theirs (period and employee number), each
// showing what the payslip table shows, read back from the PDF's own text: the organisation,
// the period in the user's language, the employee and the net pay in money. A member, who may
// only read their own payslips, is not offered the run's folder export.
#include "app/AppController.h"
#include "core/SessionInfo.h"
#include "net/Session.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/gui/PdfText.h"
#include "ui/MainWindow.h"
#include "ui/PayrollView.h"
#include "ui/TestHooks.h"
#include "ui/ViewCatalog.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace purser;
using namespace purser::test;

namespace {

// Without spaces (the PDF places words, not spaces) and ligatures ("ﬂ") spelled out.
QString squeezed(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.normalized(QString::NormalizationForm_KC).remove(space);
}

PayrollView* payrollView(AppController& controller)
{
    MainWindow* window = controller.mainWindow();
    if (!window || !window->showView(ViewId::Payroll)) {
        return nullptr;
    }
    return qobject_cast<PayrollView*>(window->view(ViewId::Payroll));
}

// Selects the first run whose payslips the view shows; its period start, or empty.
QString selectRunWithPayslips(PayrollView* view)
{
    QAbstractItemModel* model = view->runs()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        view->runs()->setCurrentIndex(model->index(row, 0));
        if (QTest::qWaitFor([&]() { return view->payslips()->rowCount() > 0; }, 10000)) {
            return model->index(row, 0).data().toString();
        }
    }
    return {};
}

} // namespace

class TestPayslipFolder : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    GuiTestSupport m_support{m_server};

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }
    void cleanupTestCase() { m_server.stop(); }
    void cleanup() { TestHooks::directoryHook = nullptr; }

    void financeSavesEveryPayslipOfARun()
    {
        auto controller = m_support.signIn(QStringLiteral("finance@acme.example"));
        QVERIFY(controller && GuiTestSupport::waitForSync(*controller));
        PayrollView* view = payrollView(*controller);
        QVERIFY(view && view->payslips() && view->allPayslipPdfsButton());
        const QString periodStart = selectRunWithPayslips(view);
        QVERIFY2(!periodStart.isEmpty(), "the demo has a run with payslips");
        QVERIFY(view->allPayslipPdfsButton()->isEnabled());

        QTemporaryDir folder;
        TestHooks::directoryHook = [&](const QString&) { return folder.path(); };
        const QStringList written = view->saveAllPayslipPdfs();
        const int slips = view->payslips()->rowCount();
        QCOMPARE(written.size(), slips);
        QCOMPARE(QDir(folder.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(),
                 slips);

        const QString organization = controller->session()->activeMembership()->organizationName;
        const QDate start = QDate::fromString(periodStart, Qt::ISODate);
        const QString period = QLocale().toString(start, QLocale::LongFormat);
        for (int row = 0; row < slips; ++row) {
            const QString number = view->payslips()->item(row, 0)->text();
            const QString name = view->payslips()->item(row, 1)->text();
            const QString net = view->payslips()->item(row, 4)->text();
            // A readable name: the run's month and whose payslip it is.
            const QString file = QStringLiteral("payslip-%1-%2.pdf")
                                     .arg(start.toString(QStringLiteral("yyyy-MM")), number);
            QVERIFY2(written.contains(QDir(folder.path()).filePath(file)), qPrintable(file));
            QFile pdf(QDir(folder.path()).filePath(file));
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            const QByteArray bytes = pdf.readAll();
            QVERIFY(bytes.startsWith("%PDF-"));
            const QString text = squeezed(pdfText(bytes));
            for (const QString& expected : {organization, period, number, name, net}) {
                QVERIFY2(text.contains(squeezed(expected)),
                         qPrintable(QStringLiteral("%1 lacks \"%2\"; it reads: %3")
                                        .arg(file, expected, text.left(400))));
            }
            QVERIFY2(net.startsWith(QStringLiteral("SGD")), qPrintable(net)); // money
        }
        controller.reset();
        m_support.signOut();
    }

    // A member sees "My payslips" (their own), never a run's folder export.
    void memberIsNotOfferedTheRunsFolder()
    {
        auto controller = m_support.signIn(QStringLiteral("member@acme.example"));
        QVERIFY(controller && GuiTestSupport::waitForSync(*controller));
        MainWindow* window = controller->mainWindow();
        QVERIFY(window->showView(ViewId::Payroll));
        QVERIFY(!qobject_cast<PayrollView*>(window->view(ViewId::Payroll)));
        controller.reset();
        m_support.signOut();
    }
};

int main(int argc, char** argv)
{
    GuiTestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    TestPayslipFolder test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_payslipfolder.moc"
