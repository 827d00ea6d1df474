// Opening receipts from the claims view, against a REAL purser-server (--demo): the demo
// receipts are real PNG pictures and PDF invoices. A picture opens inside Purser (downloaded
// into memory, shown in a dialog); a PDF goes to the system viewer (recorded through
// TestHooks) as a file only its owner can read, in a private folder removed with the view.
#include "app/AppController.h"
#include "models/RecordTableModel.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/ClaimsView.h"
#include "ui/MainWindow.h"
#include "ui/ReceiptList.h"
#include "ui/TestHooks.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace purser;
using namespace purser::test;

class TestReceipts : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    GuiTestSupport m_support{m_server};

    // Selects the first claim with a receipt whose name ends with `suffix`, and that receipt.
    static bool selectReceipt(ClaimsView* claims, const QString& suffix)
    {
        for (int row = 0; row < claims->model()->rowCount(); ++row) {
            const QJsonArray receipts =
                claims->model()->record(row).value(QStringLiteral("receipts")).toArray();
            for (int r = 0; r < receipts.size(); ++r) {
                if (receipts.at(r)
                        .toObject()
                        .value(QStringLiteral("filename"))
                        .toString()
                        .endsWith(suffix)) {
                    claims->selectRow(row);
                    claims->receipts()->list()->setCurrentRow(r);
                    return true;
                }
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }
    void cleanupTestCase() { m_server.stop(); }

    void opensPicturesInAppAndPdfsInTheViewer()
    {
        auto controller = m_support.signIn(QStringLiteral("finance@acme.example"));
        QVERIFY(controller);
        QVERIFY(GuiTestSupport::waitForSync(*controller));
        MainWindow* window = controller->mainWindow();
        QVERIFY(window->showView(ViewId::Claims));
        auto* claims = qobject_cast<ClaimsView*>(window->view(ViewId::Claims));
        QVERIFY(claims && claims->receipts());
        ReceiptList* receipts = claims->receipts();
        QSignalSpy shown(receipts, &ReceiptList::receiptShown);

        // A picture: in the app.
        QVERIFY2(selectReceipt(claims, QStringLiteral(".png")), "no demo claim with a PNG");
        QVERIFY(receipts->openButton()->isEnabled());
        receipts->openButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
        QCOMPARE(shown.at(0).at(1).toBool(), true);
        QDialog* dialog = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QStringLiteral("receiptImageDialog") && w->isVisible()) {
                dialog = qobject_cast<QDialog*>(w);
            }
        }
        QVERIFY(dialog);
        const auto* picture = dialog->findChild<QLabel*>();
        QVERIFY(picture && !picture->pixmap().isNull());
        QVERIFY(picture->pixmap().width() > 1);
        QVERIFY(!picture->accessibleName().isEmpty());
        QVERIFY(dialog->grab().save(
            GuiTestSupport::screenshotPath(QStringLiteral("gui-finance-receipt-image.png"))));
        dialog->close();

        // A PDF: the system viewer gets an owner-only file holding the PDF.
        QList<QUrl> opened;
        TestHooks::openUrlHook = [&](const QUrl& url) {
            opened << url;
            return true;
        };
        QVERIFY2(selectReceipt(claims, QStringLiteral(".pdf")), "no demo claim with a PDF");
        receipts->openButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 30000);
        TestHooks::openUrlHook = nullptr;
        QCOMPARE(shown.at(1).at(1).toBool(), false);
        QCOMPARE(opened.size(), 1);
        QVERIFY(opened.first().isLocalFile());
        const QString pdf = opened.first().toLocalFile();
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF-"));
        file.close();
        QCOMPARE(QFileInfo(pdf).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(receipts->stateText().isEmpty());

        controller.reset(); // the window and its views go; so does the private folder
        QVERIFY(!QFileInfo::exists(pdf));
        m_support.signOut();
    }
};

int main(int argc, char* argv[])
{
    GuiTestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    TestReceipts test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_receipts.moc"
