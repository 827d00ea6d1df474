// My account and the idle lock, against a REAL purser-server (--demo) through the real
// AppController, window and dialogs (answered through TestHooks):
// - a member changes the password in My account, then the real client signs in with the new
//   one (and the old one is refused); the offline unlock verifier follows the new password;
// - a viewer turns two-factor on: the QR code shown is exactly libqrencode's drawing of the
//   otpauth:// URI the server gave, whose secret the test reads back to compute the TOTP
//   codes; backup codes are shown once and saved owner-only; signing in again asks for and
//   takes a code;
// - an auditor revokes another of their sessions: its token stops working on the API;
// - an admin locks the window; online, the server checks the unlock password (wrong refused,
//   right: a new session replaces the old token, which stops working);
// - with a one-minute idle setting and the test clock moved on (no waiting), the window locks:
//   window and models are gone, the outbox keeps its queue; offline, a wrong password is
//   refused and the right one unlocks against the keychain's verifier; the freedesktop
//   screensaver signal on the session bus locks it too.
#include "app/AppController.h"
#include "app/IdleLock.h"
#include "cache/KeychainSecretStore.h"
#include "cache/OutboxStore.h"
#include "net/Outbox.h"
#include "net/Session.h"
#include "net/SessionStore.h"
#include "net/SyncEngine.h"
#include "net/SyncStatus.h"
#include "tests/gui/GuiTestSupport.h"
#include "tests/support/ApiTestClient.h"
#include "ui/IdleMonitor.h"
#include "ui/LockScreen.h"
#include "ui/MainWindow.h"
#include "ui/MyAccountDialog.h"
#include "ui/QrCode.h"
#include "ui/SessionsPanel.h"
#include "ui/SettingsView.h"
#include "ui/SignInDialog.h"
#include "ui/TestHooks.h"
#include "ui/TwoFactorPanel.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageAuthenticationCode>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtEndian>
#include <QtTest>

using namespace purser;
using namespace purser::test;

namespace {

QByteArray base32Decode(const QString& text)
{
    static const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text.toUpper()) {
        const qsizetype value = alphabet.indexOf(static_cast<char>(c.toLatin1()));
        if (value < 0) {
            continue;
        }
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            out.append(static_cast<char>((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

// RFC 6238 with SHA-1, 6 digits, 30-second steps (what the otpauth URI says).
QString totp(const QString& secret, qint64 step)
{
    QByteArray counter(8, '\0');
    qToBigEndian(static_cast<quint64>(step), counter.data());
    const QByteArray mac =
        QMessageAuthenticationCode::hash(counter, base32Decode(secret), QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (static_cast<quint32>(mac.at(offset) & 0x7f) << 24) |
                           (static_cast<quint32>(mac.at(offset + 1) & 0xff) << 16) |
                           (static_cast<quint32>(mac.at(offset + 2) & 0xff) << 8) |
                           static_cast<quint32>(mac.at(offset + 3) & 0xff);
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

qint64 currentStep()
{
    return QDateTime::currentSecsSinceEpoch() / 30;
}

template <typename T>
T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

QAction* windowAction(MainWindow* window, const char* name)
{
    return window->findChild<QAction*>(QString::fromLatin1(name));
}

} // namespace

class TestMyAccount : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    GuiTestSupport m_support{m_server};
    qint64 m_fakeNow = 0;

    // Opens My account from the window's menu; check runs with the dialog up.
    static bool withMyAccount(MainWindow* window,
                              const std::function<void(MyAccountDialog*)>& check)
    {
        bool seen = false;
        TestHooks::dialogHook = [&](QDialog* dialog) {
            if (auto* account = qobject_cast<MyAccountDialog*>(dialog)) {
                seen = true;
                check(account);
            }
            return false;
        };
        windowAction(window, "myAccountAction")->trigger();
        TestHooks::dialogHook = nullptr;
        return seen;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }
    void cleanupTestCase()
    {
        TestHooks::clockHook = nullptr;
        m_server.stop();
    }

    void changePasswordThenSignInWithIt()
    {
        const QString email = QStringLiteral("member@acme.example");
        const QString newPassword = QStringLiteral("a brand new passphrase 42");
        auto controller = m_support.signIn(email);
        QVERIFY(controller);
        QVERIFY(GuiTestSupport::waitForSync(*controller));
        QCOMPARE(windowAction(controller->mainWindow(), "myAccountAction")->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        QCOMPARE(windowAction(controller->mainWindow(), "lockAction")->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_L));
        const bool opened = withMyAccount(controller->mainWindow(), [&](MyAccountDialog* dialog) {
            QCOMPARE(dialog->accessibleName(), QStringLiteral("My account"));
            // Every field and table says what it is to a screen reader.
            for (QWidget* field : dialog->findChildren<QWidget*>()) {
                if (qobject_cast<QLineEdit*>(field) || qobject_cast<QTableWidget*>(field) ||
                    qobject_cast<QPlainTextEdit*>(field)) {
                    QVERIFY2(!field->accessibleName().isEmpty(), qPrintable(field->objectName()));
                }
            }
            auto* message = child<QLabel>(dialog, "passwordMessage");
            child<QLineEdit>(dialog, "currentPassword")->setText(QStringLiteral("wrong password!"));
            child<QLineEdit>(dialog, "newPassword")->setText(newPassword);
            child<QLineEdit>(dialog, "repeatPassword")->setText(newPassword);
            child<QPushButton>(dialog, "changePassword")->click();
            QTRY_COMPARE_WITH_TIMEOUT(message->text(),
                                      QStringLiteral("The current password is wrong."), 20000);
            child<QLineEdit>(dialog, "currentPassword")->setText(GuiTestSupport::password());
            child<QLineEdit>(dialog, "newPassword")->setText(newPassword);
            child<QLineEdit>(dialog, "repeatPassword")->setText(newPassword);
            child<QPushButton>(dialog, "changePassword")->click();
            QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("Password changed")),
                                     20000);
        });
        QVERIFY(opened);
        bool known = false;
        QVERIFY(controller->session()->checkUnlockPasswordOffline(newPassword, &known));
        QVERIFY(known);
        QVERIFY(
            !controller->session()->checkUnlockPasswordOffline(GuiTestSupport::password(), &known));
        controller.reset();

        // The real client signs in with the new password; the old one is refused.
        const QStringList signIn{QStringLiteral("sign-in"),
                                 QStringLiteral("--server"),
                                 m_server.baseUrl().toString(),
                                 QStringLiteral("--email"),
                                 email,
                                 QStringLiteral("--pin-sha256"),
                                 m_server.fingerprint()};
        QVERIFY(GuiTestSupport::installation().run(signIn, GuiTestSupport::password().toUtf8() +
                                                               '\n') != 0);
        QCOMPARE(GuiTestSupport::installation().run(signIn, newPassword.toUtf8() + '\n'), 0);
        m_support.signOut();
    }

    void twoFactorFromTheQrCodeThenSignInWithACode()
    {
        const QString email = QStringLiteral("viewer@acme.example");
        auto controller = m_support.signIn(email);
        QVERIFY(controller);
        QVERIFY(GuiTestSupport::waitForSync(*controller));
        QTemporaryDir folder;
        const QString codesFile = folder.filePath(QStringLiteral("codes.txt"));
        QString secret;
        qint64 confirmedStep = 0;
        QStringList backupCodes;
        const bool opened = withMyAccount(controller->mainWindow(), [&](MyAccountDialog* dialog) {
            TwoFactorPanel* panel = dialog->twoFactor();
            dialog->tabs()->setCurrentWidget(panel);
            QCOMPARE(panel->step(), TwoFactorPanel::Step::Off);
            child<QLineEdit>(panel, "enablePassword")->setText(GuiTestSupport::password());
            child<QPushButton>(panel, "enableTwoFactor")->click();
            QTRY_COMPARE_WITH_TIMEOUT(panel->step(), TwoFactorPanel::Step::Confirm, 20000);

            // What the QR code encodes: the server's otpauth URI, drawn by libqrencode.
            const QString uri = panel->encodedUri();
            QVERIFY2(uri.startsWith(
                         QStringLiteral("otpauth://totp/Purser%3Aviewer%40acme.example?secret=")),
                     qPrintable(uri));
            const QImage shown =
                panel->qrCode()->pixmap().toImage().convertToFormat(QImage::Format_RGB32);
            QCOMPARE(shown, QrCode(uri).scaled(220).convertToFormat(QImage::Format_RGB32));
            secret = QUrlQuery(QUrl(uri)).queryItemValue(QStringLiteral("secret"));
            QVERIFY(secret.size() >= 16);
            QCOMPARE(child<QLabel>(panel, "secret")->text().remove(u' '), secret);
            dialog->grab().save(GuiTestSupport::screenshotPath(
                QStringLiteral("gui-viewer-myaccount-twofactor.png")));

            confirmedStep = currentStep();
            child<QLineEdit>(panel, "firstCode")->setText(totp(secret, confirmedStep));
            child<QPushButton>(panel, "confirmTwoFactor")->click();
            QTRY_COMPARE_WITH_TIMEOUT(panel->step(), TwoFactorPanel::Step::BackupCodes, 20000);
            backupCodes = panel->backupCodes();
            QCOMPARE(backupCodes.size(), 10);
            QVERIFY(child<QPlainTextEdit>(panel, "backupCodes")
                        ->toPlainText()
                        .contains(backupCodes.first()));
            TestHooks::saveFileHook = [&](const QString&) { return codesFile; };
            child<QPushButton>(panel, "saveCodes")->click();
            TestHooks::saveFileHook = nullptr;
            child<QPushButton>(panel, "codesDone")->click();
            QCOMPARE(panel->step(), TwoFactorPanel::Step::On);
            QVERIFY(panel->backupCodes().isEmpty()); // shown once
            QVERIFY(panel->encodedUri().isEmpty());
        });
        QVERIFY(opened);
        QFile saved(codesFile);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString savedText = QString::fromUtf8(saved.readAll());
        for (const QString& code : std::as_const(backupCodes)) {
            QVERIFY(savedText.contains(code));
        }
        QCOMPARE(saved.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        controller.reset();

        // Signing in again: the password alone is not enough, the code is asked and taken.
        m_support.signOut();
        controller = m_support.restart();
        QVERIFY(controller);
        QTRY_VERIFY_WITH_TIMEOUT(
            controller->signInDialog() && controller->signInDialog()->isVisible(), 20000);
        SignInDialog* signIn = controller->signInDialog();
        QVERIFY(!signIn->codeField()->isVisible());
        QDialogButtonBox* buttons = signIn->findChild<QDialogButtonBox*>();
        signIn->passwordField()->setText(GuiTestSupport::password());
        buttons->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(signIn->codeField()->isVisible(), 20000);
        QVERIFY(!controller->mainWindow());
        signIn->passwordField()->setText(GuiTestSupport::password());
        // A step is accepted once: the code after the one that confirmed.
        signIn->codeField()->setText(totp(secret, qMax(currentStep(), confirmedStep + 1)));
        buttons->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(controller->mainWindow() != nullptr, 30000);
        QVERIFY(controller->session()->info().user.twoFactorEnabled);
        controller.reset();
        m_support.signOut();
    }

    void revokeAnotherSession()
    {
        const QString email = QStringLiteral("auditor@acme.example");
        ApiTestClient other(m_server);
        const QString otherToken = other.signIn(email);
        QVERIFY(!otherToken.isEmpty());
        QCOMPARE(other.send("GET", QStringLiteral("/api/v1/auth/session"), {}, otherToken).status,
                 200);
        auto controller = m_support.signIn(email);
        QVERIFY(controller);
        QVERIFY(GuiTestSupport::waitForSync(*controller));
        const bool opened = withMyAccount(controller->mainWindow(), [&](MyAccountDialog* dialog) {
            SessionsPanel* panel = dialog->sessions();
            dialog->tabs()->setCurrentWidget(panel); // loads the list
            QTRY_COMPARE_WITH_TIMEOUT(panel->table()->rowCount(), 2, 20000);
            int otherRow = -1;
            for (int row = 0; row < 2; ++row) {
                if (!panel->table()->item(row, 0)->text().contains(
                        QStringLiteral("(this session)"))) {
                    otherRow = row;
                }
            }
            QVERIFY(otherRow >= 0);
            panel->table()->selectRow(1 - otherRow);
            QVERIFY(!panel->revokeButton()->isEnabled()); // not this one
            panel->table()->selectRow(otherRow);
            QVERIFY(panel->revokeButton()->isEnabled());
            panel->revokeButton()->click();
            QTRY_COMPARE_WITH_TIMEOUT(panel->table()->rowCount(), 1, 20000);
        });
        QVERIFY(opened);
        QCOMPARE(other.send("GET", QStringLiteral("/api/v1/auth/session"), {}, otherToken).status,
                 401);
        controller.reset();
        m_support.signOut();
    }

    // Online, the server checks the unlock password (a sign-in under its budgets); the new
    // session it issues carries on syncing.
    void unlockOnlineIsCheckedByTheServer()
    {
        auto controller = m_support.signIn(QStringLiteral("admin@acme.example"));
        QVERIFY(controller);
        QVERIFY(GuiTestSupport::waitForSync(*controller));
        IdleLock* lock = controller->idleLock();
        LockScreen* screen = lock->lockScreen();
        KeychainSecretStore keychain(SessionStore::keychainService());
        const QString tokenKey = SessionStore::keychainKey(controller->session()->server(),
                                                           controller->session()->email());
        QString error;
        const QString tokenBefore = QString::fromUtf8(keychain.read(tokenKey, &error).value_or(""));
        QVERIFY2(!tokenBefore.isEmpty(), qPrintable(error));
        windowAction(controller->mainWindow(), "lockAction")->trigger();
        QVERIFY(lock->isLocked());
        QVERIFY(!controller->mainWindow());
        screen->passwordField()->setText(QStringLiteral("not my password at all"));
        screen->unlockButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(screen->errorText(), QStringLiteral("The password is wrong."),
                                  20000);
        QVERIFY(lock->isLocked());
        screen->passwordField()->setText(GuiTestSupport::password());
        screen->unlockButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(controller->mainWindow() != nullptr, 20000);
        QCOMPARE(controller->session()->state(), ConnectionState::Online);
        // The server checked it: it issued a new session and revoked the one presented.
        const QString tokenAfter = QString::fromUtf8(keychain.read(tokenKey, &error).value_or(""));
        QVERIFY(!tokenAfter.isEmpty() && tokenAfter != tokenBefore);
        ApiTestClient api(m_server);
        QCOMPARE(api.send("GET", QStringLiteral("/api/v1/auth/session"), {}, tokenBefore).status,
                 401);
        QCOMPARE(api.send("GET", QStringLiteral("/api/v1/auth/session"), {}, tokenAfter).status,
                 200);
        QSignalSpy synced(controller->syncEngine(), &SyncEngine::syncFinished);
        controller->syncEngine()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 60000);
        QVERIFY2(synced.first().first().toBool(),
                 qPrintable(controller->syncStatus()->lastError()));
        QCOMPARE(controller->session()->state(), ConnectionState::Online);
        controller.reset();
        m_support.signOut();
    }

    // Last: it stops the server to unlock offline.
    void idleAndScreenLockKeepTheOutboxAndUnlockOffline()
    {
        const QString email = QStringLiteral("finance@acme.example");
        QSettings().setValue(SettingsView::idleLockMinutesKey(), 1);
        m_fakeNow = QDateTime::currentMSecsSinceEpoch();
        TestHooks::clockHook = [this]() { return m_fakeNow; };
        auto controller = m_support.signIn(email);
        QVERIFY(controller);
        QVERIFY(GuiTestSupport::waitForSync(*controller));
        IdleLock* lock = controller->idleLock();
        LockScreen* screen = lock->lockScreen();

        // Offline, with a change waiting in the outbox.
        m_server.stop();
        controller->syncEngine()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(controller->session()->state(), ConnectionState::Offline, 30000);
        Outbox* outbox = controller->syncEngine()->outbox();
        QVERIFY(outbox->createClaim(
            {{QStringLiteral("category"), QStringLiteral("travel")},
             {QStringLiteral("description"), QStringLiteral("Taxi (queued while locked)")},
             {QStringLiteral("amount"),
              QJsonObject{{QStringLiteral("amount"), 3200},
                          {QStringLiteral("currency"), QStringLiteral("SGD")}}},
             {QStringLiteral("incurred_on"), QStringLiteral("2026-12-04")}}));
        const int queued = outbox->store()->unsentCount();
        QVERIFY(queued >= 1);

        // 59 seconds: still open. 61 seconds without input: locked, no waiting.
        QPointer<MainWindow> window = controller->mainWindow();
        QPointer<QObject> view = window->view(ViewId::Employees);
        QVERIFY(view);
        m_fakeNow += 59 * 1000;
        lock->idleMonitor()->checkNow();
        QVERIFY(!lock->isLocked());
        m_fakeNow += 2 * 1000;
        lock->idleMonitor()->checkNow();
        QVERIFY(lock->isLocked());
        QVERIFY(screen->isVisible());
        screen->grab().save(
            GuiTestSupport::screenshotPath(QStringLiteral("gui-finance-locked.png")));
        QVERIFY(!controller->mainWindow());
        QTRY_VERIFY(!window); // the window and its models are gone
        QVERIFY(!view);
        QCOMPARE(outbox->store()->unsentCount(), queued);

        // Offline: the wrong password is refused, the right one unlocks.
        screen->passwordField()->setText(QStringLiteral("not my password at all"));
        screen->unlockButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(screen->errorText(), QStringLiteral("The password is wrong."),
                                  20000);
        QVERIFY(lock->isLocked());
        QVERIFY(!controller->mainWindow());
        screen->passwordField()->setText(GuiTestSupport::password());
        screen->unlockButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(controller->mainWindow() != nullptr, 20000);
        QVERIFY(!lock->isLocked());
        QVERIFY(!screen->isVisible());
        QCOMPARE(outbox->store()->unsentCount(), queued);

        // The desktop's screensaver locks the screen: so does Purser.
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), "run under scripts/with-keyring (a D-Bus session bus)");
        QDBusMessage screensaver = QDBusMessage::createSignal(
            QStringLiteral("/org/freedesktop/ScreenSaver"),
            QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"));
        screensaver << true;
        QVERIFY(bus.send(screensaver));
        QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 20000);
        QVERIFY(!controller->mainWindow());
        screen->passwordField()->setText(GuiTestSupport::password());
        screen->unlockButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(controller->mainWindow() != nullptr, 20000);
        QCOMPARE(outbox->store()->unsentCount(), queued);
        TestHooks::clockHook = nullptr;
        QSettings().remove(SettingsView::idleLockMinutesKey());
        controller.reset();
    }
};

int main(int argc, char* argv[])
{
    GuiTestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    TestMyAccount test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_myaccount.moc"
