// The audit history alarm in the window (issue 15), against a REAL purser-server (--demo): an
// auditor's client syncs the log, then someone with write access to the server's database
// rewrites a range of it (chain, tree, head recomputed, the server's own checkpoints deleted).
// The next sync must show, where the user cannot miss it, that the organisation's history
// changed since this computer last saw it, from which entry, and that an administrator must be
// told: a banner over the audit log and a red status bar message, also after a restart. The
// checkpoint this computer verified stays as evidence and nothing is downloaded over it.
#include "app/AppController.h"
#include "cache/AuditTreeStore.h"
#include "cache/CacheStore.h"
#include "core/KeyAnnouncement.h"
#include "net/SyncEngine.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/ApiTestClient.h"
#include "tests/support/AuditLogTamper.h"
#include "ui/AuditLogView.h"
#include "ui/MainWindow.h"
#include "ui/SettingsView.h"
#include "ui/SyncStatusWidget.h"
#include "ui/ViewCatalog.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace purser;
using namespace purser::test;

class TestAuditAlarm : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    GuiTestSupport m_support{m_server};

    QSqlDatabase serverDatabase()
    {
        const QString name = QStringLiteral("attacker");
        if (QSqlDatabase::contains(name)) {
            return QSqlDatabase::database(name);
        }
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_server.dataDir() + QStringLiteral("/purser.db"));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        db.open();
        return db;
    }

    // The whole log as the server serves it now (what the attacker recomputes from).
    QJsonArray serverLog(const QString& org)
    {
        ApiTestClient api(m_server);
        const QString token = api.signIn(QStringLiteral("auditor@acme.example"));
        QJsonArray all;
        for (qint64 after = 0;;) {
            const ApiReply page = api.send(
                "GET",
                QStringLiteral("/api/v1/orgs/%1/audit-log?limit=5000&after=%2").arg(org).arg(after),
                {}, token);
            const QJsonArray items = page.json().value(QStringLiteral("items")).toArray();
            for (const QJsonValue& item : items) {
                all.append(item);
            }
            if (items.isEmpty() || !page.json().value(QStringLiteral("has_more")).toBool()) {
                return all;
            }
            after = items.last().toObject().value(QStringLiteral("seq")).toInteger();
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }
    void cleanupTestCase()
    {
        QSqlDatabase::removeDatabase(QStringLiteral("attacker"));
        m_support.signOut();
        m_server.stop();
    }

    void rewrittenRangeRaisesTheAlarmInTheWindow()
    {
        auto controller = m_support.signIn(QStringLiteral("auditor@acme.example"));
        QVERIFY(controller);
        QVERIFY(GuiTestSupport::waitForSync(*controller));
        MainWindow* window = controller->mainWindow();
        auto* audit = qobject_cast<AuditLogView*>(window->view(ViewId::AuditLog));
        QVERIFY(audit);
        QVERIFY(audit->alarmBanner()->isHidden());
        QVERIFY(window->syncStatus()->auditAlarmText().isEmpty());
        // Settings shows the signing key this computer pinned: the one that signed what it
        // verified, for the user to compare with the administrator's.
        auto* settings = qobject_cast<SettingsView*>(window->view(ViewId::Settings));
        QVERIFY(settings);
        settings->reload();
        // A later sync proves the new checkpoint consistent with the first one: this computer
        // cosigns it as a witness; Settings shows its key and the server holds the cosignature.
        {
            ApiTestClient(m_server).signIn(QStringLiteral("auditor@acme.example")); // audited
            QSignalSpy again(controller->syncEngine(), &SyncEngine::syncFinished);
            window->refresh();
            QVERIFY(again.wait(120000));
            QVERIFY(again.first().at(0).toBool());
            settings->reload();
        }

        CacheStore* store = controller->syncEngine()->store();
        const auto verified = AuditTreeStore(store->database()).lastVerified();
        QVERIFY(verified && verified->treeSize > 40);
        QVERIFY2(settings->signingKeys()->text().contains(
                     KeyAnnouncement::fingerprint(verified->publicKey)),
                 qPrintable(settings->signingKeys()->text()));
        const QString org = controller->syncEngine()->organizationId();
        const QJsonArray log = serverLog(org); // more than this computer holds: its cosignature
        QVERIFY(log.size() > verified->treeSize);
        const qint64 from = verified->treeSize - 30;
        const QString originalHash =
            store->auditEntries(from, from).first().value(QStringLiteral("hash")).toString();

        const QString witness = settings->witnessKey()->text();
        QCOMPARE(witness.size(), 64);
        {
            QSqlQuery held(serverDatabase());
            QVERIFY(held.exec(
                QStringLiteral(
                    "SELECT COUNT(*) FROM audit_cosignatures WHERE witness_fingerprint = '%1'")
                    .arg(witness)));
            QVERIFY(held.next() && held.value(0).toInt() >= 1);
        }

        // Settings can require chosen witnesses' cosignatures before an export is called
        // verified; the window's export and verification honour it and name who is missing.
        {
            const QString absent = QString(64, u'e');
            settings->requiredWitnesses()->setText(QStringLiteral("not-a-key"));
            Q_EMIT settings->requiredWitnesses()->editingFinished();
            QVERIFY(!settings->requiredWitnessesProblem()->isHidden());
            QVERIFY(settings->requiredWitnessesProblem()->text().contains(u"not-a-key"));
            settings->requiredWitnesses()->setText(witness.toUpper() + QStringLiteral(", ") +
                                                   absent);
            Q_EMIT settings->requiredWitnesses()->editingFinished();
            QVERIFY(settings->requiredWitnessesProblem()->isHidden());
            const QString missing = audit->exportTo(AuditLogView::ExportFormat::Jsonl,
                                                    GuiTestSupport::installation().root() +
                                                        QStringLiteral("/witnessed.jsonl"));
            QVERIFY2(missing.contains(QStringLiteral("NOT VERIFIED by witnesses")) &&
                         missing.contains(absent) && !missing.contains(witness),
                     qPrintable(missing));
            const QString checked = audit->verifyIntegrity();
            QVERIFY2(checked.contains(QStringLiteral("NOT VERIFIED by witnesses")) &&
                         checked.contains(absent),
                     qPrintable(checked));
            // This computer's own key cosigned what it verified: required alone, it suffices.
            settings->requiredWitnesses()->setText(witness);
            Q_EMIT settings->requiredWitnesses()->editingFinished();
            const QString exported = audit->exportTo(AuditLogView::ExportFormat::Jsonl,
                                                     GuiTestSupport::installation().root() +
                                                         QStringLiteral("/witnessed.jsonl"));
            QVERIFY2(exported.contains(QStringLiteral("Verified by witnesses")),
                     qPrintable(exported));
            QVERIFY2(audit->verifyIntegrity().contains(QStringLiteral("Verified by witnesses")),
                     qPrintable(audit->verifyIntegrity()));
            settings->requiredWitnesses()->clear();
            Q_EMIT settings->requiredWitnesses()->editingFinished();
        }

        QString error;
        QVERIFY2(AuditLogTamper::rewriteFrom(serverDatabase(), false, org, log, from, &error, true),
                 qPrintable(error));

        QSignalSpy finished(controller->syncEngine(), &SyncEngine::syncFinished);
        window->refresh();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toBool(), false);

        const QString status = window->syncStatus()->auditAlarmText();
        QVERIFY2(status.contains(QStringLiteral("from entry %1 on").arg(from)) &&
                     status.contains(QStringLiteral("since this computer last saw it")) &&
                     status.contains(QStringLiteral("administrator")),
                 qPrintable(status));
        window->showView(ViewId::AuditLog);
        QApplication::processEvents();
        QVERIFY(audit->alarmBanner()->isVisible());
        const QString banner = audit->alarmBanner()->text();
        QVERIFY2(banner.contains(QStringLiteral("from entry %1 on").arg(from)) &&
                     banner.contains(QStringLiteral("since this computer last saw it")) &&
                     banner.contains(QStringLiteral("administrator")),
                 qPrintable(banner));
        QVERIFY(window->grab().save(
            GuiTestSupport::screenshotPath(QStringLiteral("gui-audit-alarm.png"))));

        // The evidence stays: the checkpoint verified before, the entries as they were.
        const auto after = AuditTreeStore(store->database()).lastVerified();
        QVERIFY(after);
        QCOMPARE(after->treeSize, verified->treeSize);
        QCOMPARE(after->root, verified->root);
        QCOMPARE(store->auditEntries(from, from).first().value(QStringLiteral("hash")).toString(),
                 originalHash);

        // The next start shows it at once; every sync reports it again.
        controller.reset();
        controller = m_support.restart();
        QVERIFY(controller);
        QVERIFY(QTest::qWaitFor([&]() { return controller->mainWindow() != nullptr; }, 60000));
        QVERIFY2(controller->mainWindow()->syncStatus()->auditAlarmText().contains(
                     QStringLiteral("from entry %1 on").arg(from)),
                 qPrintable(controller->mainWindow()->syncStatus()->auditAlarmText()));
    }
};

int main(int argc, char** argv)
{
    GuiTestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    TestAuditAlarm test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_auditalarm.moc"
