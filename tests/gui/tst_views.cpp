// The views per role, against a REAL purser-server (--demo) whose data the REAL sync put in the
// encrypted offline data; the window is the one AppController builds for a signed-in user.
// - each Acme role sees exactly the views roles.md allows, no sensitive employee columns it may
//   not read, and write actions only where it may write (screenshots per role and view);
// - receipts dropped on the claims drop area: a real PNG is accepted, a text file named .png
//   is refused with the reason shown;
// - the drop area refuses by the organisation's own upload limit (set by the owner on the
//   server, synced into the offline data), the limit named in the reason; files can be
//   added without a mouse through "Add receipts…";
// - the audit log exports CSV from the view and verifies, and the export verifies headless.
#include "app/AppController.h"
#include "models/AuditLogModel.h"
#include "models/RecordTableModel.h"
#include "net/SyncStatus.h"
#include "tests/client/HeadlessInstallation.h"
#include "tests/support/ApiTestClient.h"
#include "tests/support/ServerProcess.h"
#include "ui/AuditLogView.h"
#include "ui/ClaimsView.h"
#include "ui/EmployeesView.h"
#include "ui/MainWindow.h"
#include "ui/PayrollView.h"
#include "ui/ReceiptDropArea.h"
#include "ui/RecordActionBar.h"
#include "ui/TestHooks.h"
#include "ui/UserPrompts.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace purser;
using namespace purser::test;

namespace {

const QString password = QStringLiteral("correct horse battery staple");

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

QString screenshotPath(const QString& name)
{
    const QString dir = QStringLiteral(PURSER_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + u'/' + name;
}

QStringList sidebarKeys(MainWindow* window)
{
    QStringList keys;
    for (ViewId id : window->availableViews()) {
        keys << viewInfo(id).key;
    }
    return keys;
}

QStringList employeeHeaders(EmployeesView* view)
{
    QStringList titles;
    const QAbstractItemModel* model = view->table()->model();
    for (int c = 0; c < model->columnCount(); ++c) {
        titles << model->headerData(c, Qt::Horizontal).toString();
    }
    return titles;
}

} // namespace

class TestViews : public QObject
{
    Q_OBJECT

public:
    static HeadlessInstallation& installation()
    {
        static HeadlessInstallation install;
        return install;
    }

private:
    // Signs `role`@acme.example in with the headless command (pins the server's certificate),
    // then lets the real AppController resume, open the offline data and sync it.
    std::unique_ptr<AppController> signedIn(const QString& role)
    {
        const QString email = role + QStringLiteral("@acme.example");
        if (m_install.run({QStringLiteral("sign-in"), QStringLiteral("--server"),
                           m_server.baseUrl().toString(), QStringLiteral("--email"), email,
                           QStringLiteral("--pin-sha256"), m_server.fingerprint()},
                          password.toUtf8() + '\n') != 0) {
            return {};
        }
        auto controller =
            std::make_unique<AppController>(AppController::Options{&m_prompts, true, 0});
        if (!controller->start({})) {
            return {};
        }
        return controller;
    }

    bool waitForSync(AppController& controller)
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

    void signOut()
    {
        m_install.run({QStringLiteral("sign-out"), QStringLiteral("--remove-offline-data"),
                       QStringLiteral("--discard-unsent")});
    }

    ServerProcess m_server;
    HeadlessInstallation& m_install = installation();
    NoPrompts m_prompts;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void cleanupTestCase() { m_server.stop(); }

    void viewsPerRole_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QStringList>("views");
        QTest::addColumn<bool>("nationalId");
        QTest::addColumn<bool>("bankAndSalary");
        QTest::addColumn<bool>("editEmployees");
        QTest::addColumn<QStringList>("payrollActions");
        QTest::addColumn<bool>("reviewClaims");
        const QStringList all{QStringLiteral("employees"), QStringLiteral("payroll"),
                              QStringLiteral("claims"), QStringLiteral("audit"),
                              QStringLiteral("settings")};
        // Owners and admins run the organisation: members, invitations, API keys.
        const QStringList administering{QStringLiteral("employees"),    QStringLiteral("payroll"),
                                        QStringLiteral("claims"),       QStringLiteral("audit"),
                                        QStringLiteral("organisation"), QStringLiteral("settings")};
        const QStringList noAudit{QStringLiteral("employees"), QStringLiteral("payroll"),
                                  QStringLiteral("claims"), QStringLiteral("settings")};
        // roles.md: the matrix, row by row.
        QTest::newRow("owner") << QStringLiteral("owner") << administering << true << true << true
                               << QStringList{QStringLiteral("approve"), QStringLiteral("submit")}
                               << true;
        QTest::newRow("admin") << QStringLiteral("admin") << administering << true << true << true
                               << QStringList{QStringLiteral("approve"), QStringLiteral("submit")}
                               << true;
        QTest::newRow("finance") << QStringLiteral("finance") << noAudit << false << true << false
                                 << QStringList{QStringLiteral("submit")} << true;
        QTest::newRow("auditor") << QStringLiteral("auditor") << all << false << false << false
                                 << QStringList{} << false;
        QTest::newRow("member") << QStringLiteral("member") << noAudit << true << true << false
                                << QStringList{} << false;
        QTest::newRow("viewer") << QStringLiteral("viewer")
                                << QStringList{QStringLiteral("employees"),
                                               QStringLiteral("settings")}
                                << false << false << false << QStringList{} << false;
    }

    void viewsPerRole()
    {
        QFETCH(QString, role);
        QFETCH(QStringList, views);
        QFETCH(bool, nationalId);
        QFETCH(bool, bankAndSalary);
        QFETCH(bool, editEmployees);
        QFETCH(QStringList, payrollActions);
        QFETCH(bool, reviewClaims);
        auto controller = signedIn(role);
        QVERIFY(controller);
        QVERIFY(waitForSync(*controller));
        MainWindow* window = controller->mainWindow();
        QCOMPARE(sidebarKeys(window), views);

        auto* employees = qobject_cast<EmployeesView*>(window->view(ViewId::Employees));
        QVERIFY(employees);
        QTRY_VERIFY_WITH_TIMEOUT(employees->table()->model()->rowCount() > 0, 30000);
        if (role == QStringLiteral("member")) {
            QCOMPARE(employees->table()->model()->rowCount(), 1); // own record only
        }
        const QStringList headers = employeeHeaders(employees);
        QCOMPARE(headers.contains(QStringLiteral("National ID")), nationalId);
        QCOMPARE(headers.contains(QStringLiteral("Base salary")), bankAndSalary);
        QCOMPARE(employees->editButton() != nullptr, editEmployees);

        if (auto* payroll = qobject_cast<PayrollView*>(window->view(ViewId::Payroll))) {
            QStringList offered =
                payroll->actions() ? payroll->actions()->offeredActions() : QStringList();
            offered.removeAll(QStringLiteral("return"));
            offered.removeAll(QStringLiteral("mark_paid"));
            offered.sort();
            QCOMPARE(offered, payrollActions);
        }
        if (auto* claims = qobject_cast<ClaimsView*>(window->view(ViewId::Claims))) {
            const bool offersReview =
                claims->actions() &&
                claims->actions()->offeredActions().contains(QStringLiteral("approve"));
            QCOMPARE(offersReview, reviewClaims);
        }

        for (ViewId id : window->availableViews()) {
            QVERIFY(window->showView(id));
            QTest::qWait(50);
            const QString path =
                screenshotPath(QStringLiteral("gui-%1-%2.png").arg(role, viewInfo(id).key));
            QFile::remove(path);
            QVERIFY(window->grab().save(path));
        }
        controller.reset();
        signOut();
    }

    void receiptDrop()
    {
        auto controller = signedIn(QStringLiteral("finance"));
        QVERIFY(controller);
        QVERIFY(waitForSync(*controller));
        auto* claims = qobject_cast<ClaimsView*>(controller->mainWindow()->view(ViewId::Claims));
        QVERIFY(claims && claims->dropArea());
        ReceiptDropArea* area = claims->dropArea();
        controller->mainWindow()->showView(ViewId::Claims);
        // Receipts attach to a draft or submitted claim: select one.
        int row = -1;
        for (int r = 0; r < claims->model()->rowCount() && row < 0; ++r) {
            const QString status =
                claims->model()->record(r).value(QStringLiteral("status")).toString();
            if (status == QStringLiteral("draft") || status == QStringLiteral("submitted")) {
                row = r;
            }
        }
        QVERIFY2(row >= 0, "the demo data has no draft or submitted claim");
        claims->table()->setCurrentIndex(claims->model()->index(row, 0));

        QTemporaryDir dir;
        QImage image(16, 16, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        const QString png = dir.filePath(QStringLiteral("receipt.png"));
        QVERIFY(image.save(png, "PNG"));
        const QString fake = dir.filePath(QStringLiteral("notes.png"));
        QFile text(fake);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("this is not a picture\n");
        text.close();

        QSignalSpy accepted(area, &ReceiptDropArea::filesAccepted);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(png), QUrl::fromLocalFile(fake)});
        const QPoint at = area->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(area, &enter);
        const auto* hint = area->findChild<QLabel*>();
        QVERIFY2(enter.isAccepted(), qPrintable(hint ? hint->text() : QString()));
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(area, &drop);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(accepted.at(0).at(0).toStringList(), QStringList{png});
        QVERIFY2(area->list()->item(0)->text().contains(QStringLiteral("queued")),
                 qPrintable(area->list()->item(0)->text()));
        const QStringList refused = area->refusedLines();
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().contains(QStringLiteral("notes.png")),
                 qPrintable(refused.first()));
        // Sent: the line says so (not "uploading (100%)" for ever).
        QTRY_VERIFY2_WITH_TIMEOUT(
            area->list()->item(0)->text().contains(QStringLiteral("uploaded")),
            qPrintable(area->list()->item(0)->text()), 30000);
        QTest::qWait(50); // let the status bar lay out its new text before the picture
        QVERIFY(controller->mainWindow()->grab().save(
            screenshotPath(QStringLiteral("gui-finance-claims-drop.png"))));
        controller.reset();
        signOut();
    }

    // The owner sets Acme's upload limit to 200 KiB on the server; after finance's sync the
    // drop area refuses a real 300 KiB PNG by that limit and says so, and takes a small one.
    void uploadLimitFollowsTheOrganisation()
    {
        constexpr qint64 limit = 200 * 1024;
        ApiTestClient api(m_server);
        QJsonObject session;
        const QString owner = api.signIn(QStringLiteral("owner@acme.example"), password, &session);
        QVERIFY(!owner.isEmpty());
        const QString acme = session.value(QStringLiteral("memberships"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("organization_id"))
                                 .toString();
        const QString settings = QStringLiteral("/api/v1/orgs/%1/settings").arg(acme);
        QCOMPARE(api.sendJson("PUT", settings, {{QStringLiteral("upload_max_bytes"), limit}}, owner)
                     .status,
                 200);
        const auto restore = qScopeGuard([&]() {
            api.sendJson("PUT", settings,
                         {{QStringLiteral("upload_max_bytes"), qint64(5 * 1024 * 1024)}}, owner);
        });

        auto controller = signedIn(QStringLiteral("finance"));
        QVERIFY(controller);
        QVERIFY(waitForSync(*controller));
        auto* claims = qobject_cast<ClaimsView*>(controller->mainWindow()->view(ViewId::Claims));
        QVERIFY(claims && claims->dropArea());
        ReceiptDropArea* area = claims->dropArea();
        QCOMPARE(area->limit(), limit);
        controller->mainWindow()->showView(ViewId::Claims);
        for (int r = 0; r < claims->model()->rowCount(); ++r) {
            const QString status =
                claims->model()->record(r).value(QStringLiteral("status")).toString();
            if (status == QStringLiteral("draft") || status == QStringLiteral("submitted")) {
                claims->table()->setCurrentIndex(claims->model()->index(r, 0));
                break;
            }
        }
        QVERIFY(area->addButton()->isEnabled());

        QTemporaryDir dir;
        QImage noise(320, 320, QImage::Format_RGB32); // noise does not compress: ~300 KiB
        for (int y = 0; y < noise.height(); ++y) {
            for (int x = 0; x < noise.width(); ++x) {
                noise.setPixel(x, y, QRandomGenerator::global()->generate());
            }
        }
        const QString big = dir.filePath(QStringLiteral("big-receipt.png"));
        QVERIFY(noise.save(big, "PNG"));
        QVERIFY(QFileInfo(big).size() > limit);
        QImage small(16, 16, QImage::Format_RGB32);
        small.fill(Qt::darkBlue);
        const QString ok = dir.filePath(QStringLiteral("small-receipt.png"));
        QVERIFY(small.save(ok, "PNG"));

        // Without a mouse: "Add receipts…" and the file picker (answered through TestHooks).
        QSignalSpy accepted(area, &ReceiptDropArea::filesAccepted);
        TestHooks::openFilesHook = [&](const QString&) { return QStringList{big, ok}; };
        area->addButton()->setFocus();
        QTest::keyClick(area->addButton(), Qt::Key_Space);
        TestHooks::openFilesHook = nullptr;
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(accepted.at(0).at(0).toStringList(), QStringList{ok});
        const QStringList refused = area->refusedLines();
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().contains(QStringLiteral("big-receipt.png")) &&
                     refused.first().contains(QStringLiteral("too large")) &&
                     refused.first().contains(QLocale().formattedDataSize(limit)),
                 qPrintable(refused.first()));
        qInfo() << "refused:" << refused.first();
        controller.reset();
        signOut();
    }

    void auditExportAndVerify()
    {
        auto controller = signedIn(QStringLiteral("auditor"));
        QVERIFY(controller);
        QVERIFY(waitForSync(*controller));
        auto* audit = qobject_cast<AuditLogView*>(controller->mainWindow()->view(ViewId::AuditLog));
        QVERIFY(audit && audit->exportButton());
        QTRY_VERIFY_WITH_TIMEOUT(audit->model()->rowCount() > 0, 30000);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("audit.csv"));
        // Export CSV and verify the way a user does: the Export menu, the file dialog and the
        // message boxes answered through TestHooks.
        QStringList told;
        TestHooks::saveFileHook = [&](const QString&) { return csv; };
        TestHooks::dialogHook = [&](QDialog* dialog) {
            if (auto* box = qobject_cast<QMessageBox*>(dialog)) {
                told << box->text();
            }
            return true;
        };
        const QList<QAction*> formats = audit->exportButton()->menu()->actions();
        QVERIFY(!formats.isEmpty());
        formats.first()->trigger(); // CSV…
        audit->verifyButton()->click();
        TestHooks::saveFileHook = nullptr;
        TestHooks::dialogHook = nullptr;
        QCOMPARE(told.size(), 2);
        qInfo() << "export:" << told.at(0);
        qInfo() << "verify:" << told.at(1);
        QVERIFY2(told.at(0).startsWith(QStringLiteral("Exported")), qPrintable(told.at(0)));
        QVERIFY(QFileInfo(csv).size() > 0);
        QVERIFY2(told.at(1).startsWith(QStringLiteral("Intact")), qPrintable(told.at(1)));
        QByteArray output;
        QCOMPARE(m_install.run({QStringLiteral("verify-export"), csv}, {}, &output), 0);
        controller.reset();
        signOut();
    }
};

int main(int argc, char* argv[])
{
    const QProcessEnvironment env = TestViews::installation().environment();
    for (const QString& name : {QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("XDG_DATA_HOME"),
                                QStringLiteral("QT_QPA_PLATFORM")}) {
        qputenv(name.toLatin1().constData(), env.value(name).toUtf8());
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Purser"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("purser.example"));
    QCoreApplication::setApplicationName(QStringLiteral("purser"));
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    TestViews test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_views.moc"
