// The audit log names people and records, also offline and also for a record since deleted,
// against a REAL purser-server (--demo): an admin adds an employee and deletes it (over the
// API), the auditor syncs, then the client starts again with the server gone and opens the
// audit log from the offline data. The delete's record column reads "Name (number)" (what the
// log itself last said of the record, kept in the offline data), not an id; no "who" cell is
// an id, sessions are named by whose they are and receipts by their claim.
#include "app/AppController.h"
#include "models/AuditLogModel.h"
#include "net/Session.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/ApiTestClient.h"
#include "ui/AuditLogView.h"
#include "ui/MainWindow.h"
#include "ui/ViewCatalog.h"

#include <QApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace purser;
using namespace purser::test;

class TestAuditNames : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    GuiTestSupport m_support{m_server};

    // The row of the entry (action, entity id), or -1.
    static int entryRow(AuditLogModel* model, const QString& action, const QString& entityId)
    {
        while (model->canFetchMore({})) {
            model->fetchMore({});
        }
        for (int row = 0; row < model->rowCount(); ++row) {
            const QJsonObject entry =
                model->index(row, 0).data(AuditLogModel::EntryRole).toJsonObject();
            if (entry.value(QStringLiteral("action")).toString() == action &&
                entry.value(QStringLiteral("entity_id")).toString() == entityId) {
                return row;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }
    void cleanupTestCase() { m_server.stop(); } // stopped already: nothing happens

    void deletedRecordsAndPeopleAreNamedOffline()
    {
        // An employee created by mistake and deleted again, before the auditor's first sync.
        ApiTestClient api(m_server);
        QJsonObject session;
        const QString token = api.signIn(QStringLiteral("admin@acme.example"),
                                         ApiTestClient::kDemoPassword, &session);
        QVERIFY(!token.isEmpty());
        const QString org = session.value(QStringLiteral("active_organization_id")).toString();
        const QJsonObject body = {
            {QStringLiteral("employee_no"), QStringLiteral("E-GONE-1")},
            {QStringLiteral("full_name"), QStringLiteral("Farah Mistake")},
            {QStringLiteral("email"), QStringLiteral("farah.mistake@acme.example")},
            {QStringLiteral("department"), QStringLiteral("Finance")},
            {QStringLiteral("position"), QStringLiteral("Clerk")},
            {QStringLiteral("employment_type"), QStringLiteral("full_time")},
            {QStringLiteral("start_date"), QStringLiteral("2026-01-05")}};
        const ApiReply created =
            api.sendJson("POST", QStringLiteral("/api/v1/orgs/%1/employees").arg(org), body, token);
        QVERIFY2(created.status == 201, created.body.constData());
        const QString id = created.json().value(QStringLiteral("id")).toString();
        const ApiReply deleted = api.send(
            "DELETE", QStringLiteral("/api/v1/orgs/%1/employees/%2").arg(org, id), {}, token);
        QVERIFY2(deleted.status == 204, deleted.body.constData());

        auto controller = m_support.signIn(QStringLiteral("auditor@acme.example"));
        QVERIFY(controller && GuiTestSupport::waitForSync(*controller));
        controller.reset();

        // The next start finds no server: the window opens on the offline data.
        m_server.stop();
        controller = m_support.restart();
        QVERIFY(controller);
        QTRY_VERIFY_WITH_TIMEOUT(controller->mainWindow() != nullptr, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(controller->session()->state(), ConnectionState::Offline, 60000);
        MainWindow* window = controller->mainWindow();
        QVERIFY(window->showView(ViewId::AuditLog));
        auto* audit = qobject_cast<AuditLogView*>(window->view(ViewId::AuditLog));
        QVERIFY(audit);
        QTRY_VERIFY_WITH_TIMEOUT(audit->model()->rowCount() > 0, 30000);

        const int row = entryRow(audit->model(), QStringLiteral("delete"), id);
        QVERIFY2(row >= 0, "the delete is in the offline audit log");
        QCOMPARE(audit->model()->index(row, AuditLogModel::EntityId).data().toString(),
                 QStringLiteral("Farah Mistake (E-GONE-1)"));
        const QString who = audit->model()->index(row, AuditLogModel::Actor).data().toString();
        static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-"));
        QVERIFY2(!uuid.match(who).hasMatch() && !who.isEmpty(), qPrintable(who));
        int receipts = 0;
        for (int r = 0; r < audit->model()->rowCount(); ++r) {
            const QString actor = audit->model()->index(r, AuditLogModel::Actor).data().toString();
            QVERIFY2(!uuid.match(actor).hasMatch(), qPrintable(actor));
            // Sessions by whose they are, receipts by their claim, the rest by name.
            const QString type =
                audit->model()->index(r, AuditLogModel::EntityType).data().toString();
            const QString record =
                audit->model()->index(r, AuditLogModel::EntityId).data().toString();
            if (type == u"session" || type == u"receipt" || type == u"employee" ||
                type == u"claim" || type == u"payroll_run") {
                QVERIFY2(!uuid.match(record).hasMatch(),
                         qPrintable(QStringLiteral("%1 %2").arg(type, record)));
            }
            receipts += type == u"receipt";
        }
        QVERIFY(receipts > 0); // the demo's uploads are among them
        audit->window()->show();
        QApplication::processEvents();
        QVERIFY(audit->window()->grab().save(
            GuiTestSupport::screenshotPath(QStringLiteral("gui-auditor-audit-names-offline.png"))));
        controller.reset();
        m_support.signOut(); // offline: the token and the offline data go all the same
    }
};

int main(int argc, char* argv[])
{
    GuiTestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    TestAuditNames test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_auditnames.moc"
