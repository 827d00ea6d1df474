// The Organisation view against a REAL purser-server (--demo), per role that may and may not:
// an owner invites (the allowlist refusal shown at the email field, the link copied), revokes
// the invitation (the link stops working), changes a member's role, is refused removing or
// demoting the last owner (the server's words shown), creates an API key (shown once, copied;
// it works on the API) and revokes it (it stops working), and is told plainly that a new key
// needs a connection when the server is gone. An admin is offered nothing on owners and sees
// the server's 403 once the server no longer lets them; finance, auditor, member and viewer
// have no Organisation view. Screenshots per role go to build/screenshots.
#include "app/AppController.h"
#include "core/Role.h"
#include "net/Outbox.h"
#include "net/SyncEngine.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/ApiTestClient.h"
#include "ui/ApiKeyShownOnceDialog.h"
#include "ui/MainWindow.h"
#include "ui/OrgAdminText.h"
#include "ui/OrgApiKeysPanel.h"
#include "ui/OrgInvitationsPanel.h"
#include "ui/OrgMembersPanel.h"
#include "ui/OrgSecurityPanel.h"
#include "ui/OrganisationView.h"
#include "ui/SecretClipboard.h"
#include "ui/TestHooks.h"
#include "ui/ViewCatalog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

using namespace purser;
using namespace purser::test;

namespace {

void shoot(QWidget* widget, const QString& name)
{
    QApplication::processEvents();
    const QString path = GuiTestSupport::screenshotPath(name);
    QFile::remove(path);
    QVERIFY(widget->window()->grab().save(path));
}

// Runs an action and waits for the panel's signal that the server answered.
template <class Panel, class Signal>
bool answered(Panel* panel, Signal signal, const std::function<void()>& action)
{
    QSignalSpy spy(panel, signal);
    action();
    return spy.wait(30000) || spy.count() > 0;
}

bool listed(const QList<QJsonObject>& items, const char* key, const QString& value)
{
    for (const QJsonObject& item : items) {
        if (item.value(QLatin1String(key)).toString() == value) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestOrgView : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    GuiTestSupport m_support{m_server};
    QString m_org;

    OrganisationView* openView(AppController& controller)
    {
        MainWindow* window = controller.mainWindow();
        if (!window || !window->showView(ViewId::Organisation)) {
            return nullptr;
        }
        m_org = controller.syncEngine()->organizationId();
        return qobject_cast<OrganisationView*>(window->view(ViewId::Organisation));
    }
    QString orgPath(const QString& suffix) const
    {
        return QStringLiteral("/api/v1/orgs/%1/%2").arg(m_org, suffix);
    }
    QJsonObject member(ApiTestClient& api, const QString& token, const QString& email)
    {
        const ApiReply members = api.send("GET", orgPath(QStringLiteral("members")), {}, token);
        for (const QJsonValue& item : members.json().value(QStringLiteral("items")).toArray()) {
            if (item.toObject().value(QStringLiteral("email")).toString() == email) {
                return item.toObject();
            }
        }
        return {};
    }
    QString memberRole(ApiTestClient& api, const QString& token, const QString& email)
    {
        return member(api, token, email).value(QStringLiteral("role")).toString();
    }
    QString memberId(ApiTestClient& api, const QString& token, const QString& email)
    {
        return member(api, token, email).value(QStringLiteral("user_id")).toString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }
    void cleanupTestCase() { m_server.stop(); }
    void cleanup()
    {
        TestHooks::dialogHook = nullptr;
        m_support.signOut();
    }

    void rolesWithoutAdministrationHaveNoOrganisationView()
    {
        for (const char* role : {"finance", "auditor", "member", "viewer"}) {
            auto controller =
                m_support.signIn(QString::fromLatin1(role) + QStringLiteral("@acme.example"));
            QVERIFY(controller);
            QVERIFY(GuiTestSupport::waitForSync(*controller));
            MainWindow* window = controller->mainWindow();
            QVERIFY2(!GuiTestSupport::sidebarKeys(window).contains(QStringLiteral("organisation")),
                     role);
            QVERIFY(!window->showView(ViewId::Organisation));
            QVERIFY(window->findChildren<OrganisationView*>().isEmpty());
            controller.reset();
            m_support.signOut();
        }
    }

    void ownerInvitesRevokesAndChangesRoles()
    {
        auto controller = m_support.signIn(QStringLiteral("owner@acme.example"));
        QVERIFY(controller);
        QVERIFY(GuiTestSupport::waitForSync(*controller));
        OrganisationView* view = openView(*controller);
        QVERIFY(view && view->members() && view->invitations() && view->apiKeys() &&
                view->security());
        ApiTestClient api(m_server);
        const QString owner = api.signIn(QStringLiteral("owner@acme.example"));

        // Members: name, email, role and two-factor state, straight from the server.
        OrgMembersPanel* members = view->members();
        QTRY_VERIFY_WITH_TIMEOUT(members->table()->rowCount() >= 6, 30000);
        QVERIFY(members->selectEmail(QStringLiteral("viewer@acme.example")));
        QCOMPARE(members->table()->horizontalHeaderItem(3)->text(), QStringLiteral("Two-factor"));
        shoot(view, QStringLiteral("organisation-owner-members.png"));

        // Change a role: viewer → auditor, confirmed by the server.
        members->roleBox()->setCurrentIndex(
            members->roleBox()->findData(QStringLiteral("auditor")));
        QVERIFY(answered(members, &OrgMembersPanel::answered,
                         [&]() { members->changeRoleButton()->click(); }));
        QCOMPARE(memberRole(api, owner, QStringLiteral("viewer@acme.example")),
                 QStringLiteral("auditor"));
        QVERIFY(members->problemLabel()->text().isEmpty());

        // The last owner cannot be demoted nor removed: the server's refusal in plain words.
        QVERIFY(members->selectEmail(QStringLiteral("owner@acme.example")));
        members->roleBox()->setCurrentIndex(members->roleBox()->findData(QStringLiteral("admin")));
        QVERIFY(answered(members, &OrgMembersPanel::answered,
                         [&]() { members->changeRoleButton()->click(); }));
        QVERIFY2(members->problemLabel()->text().contains(QStringLiteral("at least one owner")),
                 qPrintable(members->problemLabel()->text()));
        TestHooks::dialogHook = [](QDialog*) { return true; };
        members->problemLabel()->clear();
        QVERIFY(members->selectEmail(QStringLiteral("owner@acme.example")));
        QVERIFY(answered(members, &OrgMembersPanel::answered,
                         [&]() { members->removeButton()->click(); }));
        QVERIFY(members->problemLabel()->text().contains(QStringLiteral("at least one owner")));
        shoot(view, QStringLiteral("organisation-owner-last-owner-refused.png"));
        QCOMPARE(memberRole(api, owner, QStringLiteral("owner@acme.example")),
                 QStringLiteral("owner"));
        TestHooks::dialogHook = nullptr;

        // Security: an allowlist, each domain in both forms (the server matches the xn-- one).
        OrgSecurityPanel* security = view->security();
        QVERIFY(answered(security, &OrgSecurityPanel::loaded,
                         [&]() { view->tabs()->setCurrentWidget(security); }));
        security->domains()->setPlainText(QStringLiteral("acme.example\nmünchen.example"));
        QVERIFY(security->domainForms()->text().contains(QStringLiteral("münchen.example")));
        QVERIFY(security->domainForms()->text().contains(QStringLiteral("xn--mnchen-3ya.example")));
        QVERIFY(answered(security, &OrgSecurityPanel::saved,
                         [&]() { security->saveButton()->click(); }));
        const QJsonArray allowlist = api.send("GET", orgPath(QStringLiteral("settings")), {}, owner)
                                         .json()
                                         .value(QStringLiteral("email_domain_allowlist"))
                                         .toArray();
        QVERIFY(allowlist.contains(QStringLiteral("xn--mnchen-3ya.example")));
        // Requiring two-factor while the owner has none: the server's reason, nothing saved.
        security->requireTwoFactor()->setChecked(true);
        security->uploadLimit()->setValue(7);
        QSignalSpy saved(security, &OrgSecurityPanel::saved);
        security->saveButton()->click();
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.first().first().toBool(), false);
        QVERIFY2(security->problemLabel()->text().contains(QStringLiteral("two-factor")),
                 qPrintable(security->problemLabel()->text()));
        shoot(view, QStringLiteral("organisation-owner-require-two-factor-refused.png"));
        security->requireTwoFactor()->setChecked(false);
        QVERIFY(answered(security, &OrgSecurityPanel::saved,
                         [&]() { security->saveButton()->click(); }));
        QCOMPARE(api.send("GET", orgPath(QStringLiteral("settings")), {}, owner)
                     .json()
                     .value(QStringLiteral("upload_max_bytes"))
                     .toInteger(),
                 7 * 1024 * 1024);
        shoot(view, QStringLiteral("organisation-owner-security.png"));

        // Invitations: the allowlist refusal at the email field, nothing made.
        OrgInvitationsPanel* invitations = view->invitations();
        QVERIFY(answered(invitations, &OrgInvitationsPanel::loaded,
                         [&]() { view->tabs()->setCurrentWidget(invitations); }));
        invitations->emailField()->setText(QStringLiteral("eve@evil.example"));
        QVERIFY(answered(invitations, &OrgInvitationsPanel::invited,
                         [&]() { invitations->inviteButton()->click(); }));
        QVERIFY2(invitations->emailProblem()->text().contains(QStringLiteral("domains")),
                 qPrintable(invitations->emailProblem()->text()));
        QVERIFY(invitations->linkField()->text().isEmpty());
        QVERIFY(!invitations->copyLinkButton()->isEnabled());
        shoot(view, QStringLiteral("organisation-owner-invite-refused.png"));

        // A good address: invited, its link copied, listed with its expiry.
        const QString invitee = QStringLiteral("gui.invitee@acme.example");
        invitations->emailField()->setText(invitee);
        invitations->roleBox()->setCurrentIndex(
            invitations->roleBox()->findData(QStringLiteral("finance")));
        QVERIFY(answered(invitations, &OrgInvitationsPanel::invited,
                         [&]() { invitations->inviteButton()->click(); }));
        QVERIFY(invitations->emailProblem()->text().isEmpty());
        const QString link = invitations->linkField()->text();
        QVERIFY2(link.startsWith(m_server.baseUrl().toString() +
                                 QStringLiteral("/api/v1/auth/invitations/pi_")),
                 qPrintable(link));
        invitations->copyLinkButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), link);
        // What the user copies afterwards is theirs: the pending clear leaves it alone.
        QApplication::clipboard()->setText(QStringLiteral("a note of the user's"));
        SecretClipboard::instance()->clearIfUnchanged();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("a note of the user's"));
        QTRY_VERIFY_WITH_TIMEOUT(listed(invitations->invitations(), "email", invitee), 30000);
        QVERIFY(invitations->selectEmail(invitee));
        QVERIFY(
            !invitations->table()->item(invitations->table()->currentRow(), 3)->text().isEmpty());
        shoot(view, QStringLiteral("organisation-owner-invitations.png"));

        // Revoke it: gone from the list and the server; the link no longer joins anyone.
        TestHooks::dialogHook = [](QDialog*) { return true; };
        QVERIFY(answered(invitations, &OrgInvitationsPanel::revoked,
                         [&]() { invitations->revokeButton()->click(); }));
        QVERIFY(invitations->problemLabel()->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!listed(invitations->invitations(), "email", invitee), 30000);
        QVERIFY(!api.send("GET", orgPath(QStringLiteral("invitations")), {}, owner)
                     .body.contains(invitee.toUtf8()));
        const QString hire = api.signUpVerified(invitee, QStringLiteral("gui invitee password"),
                                                QStringLiteral("Gui Invitee"));
        const QString token = link.section(u'/', -2, -2);
        QCOMPARE(api.send("POST", QStringLiteral("/api/v1/auth/invitations/%1/accept").arg(token),
                          {}, hire)
                     .status,
                 404);

        // Leave the organisation as it was for the other tests.
        QVERIFY(answered(security, &OrgSecurityPanel::loaded,
                         [&]() { view->tabs()->setCurrentWidget(security); }));
        security->domains()->clear();
        QVERIFY(answered(security, &OrgSecurityPanel::saved,
                         [&]() { security->saveButton()->click(); }));
        QCOMPARE(api.sendJson("PATCH",
                              orgPath(QStringLiteral("members/%1"))
                                  .arg(memberId(api, owner, QStringLiteral("viewer@acme.example"))),
                              {{QStringLiteral("role"), QStringLiteral("viewer")}}, owner)
                     .status,
                 200);
    }

    void ownerCreatesUsesAndRevokesAnApiKey()
    {
        auto controller = m_support.signIn(QStringLiteral("owner@acme.example"));
        QVERIFY(controller);
        QVERIFY(GuiTestSupport::waitForSync(*controller));
        OrganisationView* view = openView(*controller);
        QVERIFY(view && view->apiKeys());
        OrgApiKeysPanel* keys = view->apiKeys();
        QVERIFY(answered(keys, &OrgApiKeysPanel::loaded,
                         [&]() { view->tabs()->setCurrentWidget(keys); }));

        keys->nameField()->setText(QStringLiteral("GUI ledger sync"));
        keys->roleBox()->setCurrentIndex(keys->roleBox()->findData(QStringLiteral("viewer")));
        keys->daysBox()->setValue(30);
        QCOMPARE(keys->roleBox()->findData(QStringLiteral("owner")), -1); // never an owner key
        QString shownKey;
        QString warning;
        TestHooks::dialogHook = [&](QDialog* dialog) {
            auto* shown = qobject_cast<ApiKeyShownOnceDialog*>(dialog);
            if (!shown) {
                return false;
            }
            shownKey = shown->keyField()->text();
            warning = shown->warning()->text();
            shown->copyButton()->click();
            shoot(shown, QStringLiteral("dialog-owner-api-key-shown-once.png"));
            return true;
        };
        QVERIFY(answered(keys, &OrgApiKeysPanel::createAnswered,
                         [&]() { keys->createButton()->click(); }));
        QTRY_VERIFY_WITH_TIMEOUT(!shownKey.isEmpty(), 30000);
        TestHooks::dialogHook = nullptr;
        QVERIFY(shownKey.startsWith(QStringLiteral("pk_")));
        QVERIFY(warning.contains(QStringLiteral("only time")));
        QCOMPARE(QApplication::clipboard()->text(), shownKey);
        // Clipboard managers are told not to keep the key, and it leaves the clipboard after
        // 30 seconds (the test runs the pending clear now instead of waiting).
        QCOMPARE(QApplication::clipboard()->mimeData()->data(
                     QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));
        QVERIFY(SecretClipboard::instance()->clearTimer()->isActive());
        QCOMPARE(SecretClipboard::instance()->clearTimer()->interval(),
                 SecretClipboard::kClearAfterMs);
        SecretClipboard::instance()->clearIfUnchanged();
        QVERIFY(QApplication::clipboard()->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(keys->selectName(QStringLiteral("GUI ledger sync")), 30000);
        const int row = keys->table()->currentRow();
        QVERIFY(shownKey.startsWith(keys->table()->item(row, 1)->text())); // the prefix
        QCOMPARE(keys->table()->item(row, 3)->text(), QStringLiteral("owner@acme.example"));
        QVERIFY(!keys->table()->item(row, 5)->text().isEmpty());
        shoot(view, QStringLiteral("organisation-owner-api-keys.png"));

        // The key works on the API...
        ApiTestClient api(m_server);
        QCOMPARE(api.send("GET", orgPath(QStringLiteral("employees?limit=1")), {}, shownKey).status,
                 200);
        // ...until it is revoked from the window.
        TestHooks::dialogHook = [](QDialog*) { return true; };
        QVERIFY(
            answered(keys, &OrgApiKeysPanel::revoked, [&]() { keys->revokeButton()->click(); }));
        QVERIFY(keys->problemLabel()->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!listed(keys->keys(), "name", QStringLiteral("GUI ledger sync")),
                                 30000);
        QCOMPARE(api.send("GET", orgPath(QStringLiteral("employees?limit=1")), {}, shownKey).status,
                 401);
        TestHooks::dialogHook = nullptr;
    }

    void adminIsOfferedNothingOnOwnersAndSeesTheServersRefusal()
    {
        auto controller = m_support.signIn(QStringLiteral("admin@acme.example"));
        QVERIFY(controller);
        QVERIFY(GuiTestSupport::waitForSync(*controller));
        OrganisationView* view = openView(*controller);
        QVERIFY(view && view->members() && view->invitations() && view->apiKeys());
        QVERIFY(!view->security()); // settings.manage is the owner's
        OrgMembersPanel* members = view->members();
        QTRY_VERIFY_WITH_TIMEOUT(members->selectEmail(QStringLiteral("owner@acme.example")), 30000);
        QVERIFY(!members->changeRoleButton()->isEnabled());
        QVERIFY(!members->removeButton()->isEnabled());
        QCOMPARE(members->roleBox()->findData(QStringLiteral("owner")), -1);
        QVERIFY(members->selectEmail(QStringLiteral("member@acme.example")));
        QVERIFY(members->changeRoleButton()->isEnabled());
        shoot(view, QStringLiteral("organisation-admin-members.png"));

        // The client never trusts itself: once the owner makes the admin a finance officer,
        // the window still offers inviting, and the server's 403 is shown in plain words.
        ApiTestClient api(m_server);
        const QString owner = api.signIn(QStringLiteral("owner@acme.example"));
        const QString adminId = memberId(api, owner, QStringLiteral("admin@acme.example"));
        QCOMPARE(api.sendJson("PATCH", orgPath(QStringLiteral("members/%1").arg(adminId)),
                              {{QStringLiteral("role"), QStringLiteral("finance")}}, owner)
                     .status,
                 200);
        view->tabs()->setCurrentWidget(view->invitations());
        OrgInvitationsPanel* invitations = view->invitations();
        invitations->emailField()->setText(QStringLiteral("too.late@acme.example"));
        QVERIFY(answered(invitations, &OrgInvitationsPanel::invited,
                         [&]() { invitations->inviteButton()->click(); }));
        QVERIFY2(invitations->emailProblem()->text().contains(QStringLiteral("role may not")),
                 qPrintable(invitations->emailProblem()->text()));
        QVERIFY(invitations->linkField()->text().isEmpty());
        shoot(view, QStringLiteral("organisation-admin-refused-by-server.png"));
        QCOMPARE(api.sendJson("PATCH", orgPath(QStringLiteral("members/%1").arg(adminId)),
                              {{QStringLiteral("role"), QStringLiteral("admin")}}, owner)
                     .status,
                 200);
    }

    // The view's strings are in the three translations, under the contexts the code uses.
    void organisationStringsAreTranslated()
    {
        const struct
        {
            const char* qm;
            const char* tab;
            const char* view;
        } languages[] = {{"ms", "&Ahli", "Organisasi"},
                         {"zh_CN", "成员(&M)", "组织"},
                         {"th", "สมาชิก (&M)", "องค์กร"}};
        for (const auto& language : languages) {
            QTranslator translator;
            QVERIFY(translator.load(
                QStringLiteral(":/i18n/purser_%1.qm").arg(QLatin1String(language.qm))));
            QCOMPARE(translator.translate("purser::OrganisationView", "&Members"),
                     QString::fromUtf8(language.tab));
            QCOMPARE(translator.translate("ViewCatalog", "Organisation"),
                     QString::fromUtf8(language.view));
            for (const auto& [context, source] :
                 {std::pair{"OrgAdminText", "Your session has ended. Sign in again, then try "
                                            "once more."},
                  std::pair{"purser::ApiKeyShownOnceDialog", "&Copy key"},
                  std::pair{"purser::OrgMembersPanel", "Two-factor"},
                  std::pair{"purser::OrgInvitationsPanel", "Pending invitations"},
                  std::pair{"purser::OrgApiKeysPanel", "Last used"},
                  std::pair{"purser::OrgSecurityPanel", "Matched as:"}}) {
                QVERIFY2(!translator.translate(context, source).isEmpty(),
                         qPrintable(QLatin1String(language.qm) + u' ' + QLatin1String(source)));
            }
        }
    }

    // Last: it stops the server.
    void aNewKeyNeedsAConnectionAndNothingIsQueued()
    {
        auto controller = m_support.signIn(QStringLiteral("owner@acme.example"));
        QVERIFY(controller);
        QVERIFY(GuiTestSupport::waitForSync(*controller));
        OrganisationView* view = openView(*controller);
        QVERIFY(view && view->apiKeys());
        OrgApiKeysPanel* keys = view->apiKeys();
        QVERIFY(answered(keys, &OrgApiKeysPanel::loaded,
                         [&]() { view->tabs()->setCurrentWidget(keys); }));
        const int queued = controller->syncEngine()->outbox()->store()->unsentCount();
        m_server.stop();
        bool dialogShown = false;
        TestHooks::dialogHook = [&](QDialog*) {
            dialogShown = true;
            return true;
        };
        keys->nameField()->setText(QStringLiteral("Offline key"));
        QVERIFY(answered(keys, &OrgApiKeysPanel::createAnswered,
                         [&]() { keys->createButton()->click(); }));
        QCOMPARE(keys->problemLabel()->text(), OrgAdminText::offline());
        QVERIFY(!dialogShown);
        QCOMPARE(controller->syncEngine()->outbox()->store()->unsentCount(), queued);
        shoot(view, QStringLiteral("organisation-owner-offline-key.png"));
    }
};

int main(int argc, char* argv[])
{
    GuiTestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    TestOrgView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_orgview.moc"
