// The client's session against a REAL purser-server over TLS and a REAL Secret Service
// (run under scripts/with-keyring): certificate prompt and pinning, token in the keychain
// and never in settings, resume after restart, employees by role, sign-out, changed
// certificate, declined certificate.
#include "core/PermissionMatrix.h"
#include "models/EmployeeTableModel.h"
#include "net/CertificateDetails.h"
#include "tests/client/ClientHarness.h"
#include "tests/client/KeychainProbe.h"
#include "tests/support/ServerProcess.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace purser;
using namespace purser::test;

namespace {
const QString adminEmail = QStringLiteral("admin@acme.example");
const QString viewerEmail = QStringLiteral("viewer@acme.example");
} // namespace

class TestSessionFlow : public QObject
{
    Q_OBJECT

private:
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("purser.ini")); }
    QByteArray settingsBytes() const
    {
        QFile file(settingsFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    ServerProcess m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        // The keychain must be real: fail loudly when the test is not run under with-keyring.
        const KeychainRead probe =
            readKeychain(SessionStore::keychainService(), QStringLiteral("probe"));
        QVERIFY2(probe.error == QKeychain::NoError || probe.error == QKeychain::EntryNotFound,
                 qPrintable(QStringLiteral("no keychain (run under scripts/with-keyring): ") +
                            probe.errorString));
    }

    void signInPinsCertificateAndKeepsTokenInKeychainOnly()
    {
        ClientHarness client(settingsFile(), true);
        QSignalSpy states(client.session.get(), &Session::stateChanged);
        ApiError error;
        QVERIFY2(client.signIn(m_server.baseUrl(), adminEmail, &error), qPrintable(error.message));
        QCOMPARE(client.session->state(), ConnectionState::Online);
        QVERIFY(states.count() >= 2); // Connecting, Online

        // The user was asked once, and shown the server's real fingerprint.
        QCOMPARE(client.prompt.shown.size(), 1);
        const QString expected = normalizedFingerprint(m_server.fingerprint());
        QVERIFY(!expected.isEmpty());
        QCOMPARE(client.prompt.shown.first().sha256Fingerprint, expected);
        QCOMPARE(client.prompt.shown.first().sha256Fingerprint,
                 sha256Fingerprint(m_server.certificate()));
        QCOMPARE(client.pins.pinnedFingerprint(ApiClient::hostPort(m_server.baseUrl())), expected);

        const auto membership = client.session->activeMembership();
        QVERIFY(membership);
        QCOMPARE(membership->organizationName, QStringLiteral("Acme Pte Ltd"));
        QCOMPARE(membership->role, Role::Admin);

        // The token is in the keychain, under the documented service and key...
        const KeychainRead stored =
            readKeychain(SessionStore::keychainService(),
                         SessionStore::keychainKey(m_server.baseUrl(), adminEmail));
        QCOMPARE(stored.error, QKeychain::NoError);
        QVERIFY(stored.text.startsWith(QStringLiteral("ps_")));
        QVERIFY(!client.session->info().token.has_value());

        // ...and nowhere in the settings file, nor is the password.
        client.settings.sync();
        const QByteArray bytes = settingsBytes();
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(stored.text.toUtf8()));
        QVERIFY(!bytes.contains(stored.text.mid(3).toUtf8()));
        QVERIFY(!bytes.contains("correct horse"));
        QVERIFY(bytes.contains("admin@acme.example"));
    }

    void restartResumesWithoutPasswordOrPrompt()
    {
        ClientHarness client(settingsFile(), false); // would refuse any certificate prompt
        ApiError error;
        QVERIFY2(client.resume(&error), qPrintable(error.message));
        QCOMPARE(client.session->state(), ConnectionState::Online);
        QVERIFY(client.prompt.shown.isEmpty());
        QCOMPARE(client.session->info().user.email, adminEmail);
        QCOMPARE(client.session->server(), m_server.baseUrl());
    }

    void adminReadsEveryEmployeeWithSensitiveFields()
    {
        ClientHarness client(settingsFile(), false);
        QVERIFY(client.resume());
        QList<Employee> employees;
        ApiError error;
        QVERIFY2(client.fetchEmployees(&employees, &error), qPrintable(error.message));
        QCOMPARE(employees.size(), 200); // follows next_cursor across pages if needed
        QVERIFY(std::all_of(employees.cbegin(), employees.cend(),
                            [](const Employee& e) { return e.nationalId && e.baseSalary; }));
        QCOMPARE(employees.first().baseSalary->currency, QStringLiteral("SGD"));

        // Small pages: the client follows next_cursor while has_more and gets the same set.
        client.session->setEmployeePageSize(60);
        QList<Employee> paged;
        QVERIFY2(client.fetchEmployees(&paged, &error), qPrintable(error.message));
        QCOMPARE(paged.size(), 200);
        QSet<QString> ids;
        for (const Employee& e : paged) {
            ids.insert(e.id);
        }
        QCOMPARE(ids.size(), 200);

        EmployeeTableModel model(Role::Admin);
        model.setEmployees(employees);
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.columnOf(EmployeeColumn::NationalId) >= 0);
        QVERIFY(model.columnOf(EmployeeColumn::BaseSalary) >= 0);
    }

    void viewerGetsNoSensitiveFieldsOrColumns()
    {
        ClientHarness client(settingsFile(), false); // certificate already pinned
        ApiError error;
        QVERIFY2(client.signIn(m_server.baseUrl(), viewerEmail, &error), qPrintable(error.message));
        QVERIFY(client.prompt.shown.isEmpty());
        QCOMPARE(client.session->activeMembership()->role, Role::Viewer);
        QList<Employee> employees;
        QVERIFY2(client.fetchEmployees(&employees, &error), qPrintable(error.message));
        QVERIFY(!employees.isEmpty());
        for (const Employee& e : employees) {
            QVERIFY(!e.nationalId && !e.bankName && !e.bankAccount && !e.baseSalary);
        }
        EmployeeTableModel model(Role::Viewer);
        model.setEmployees(employees);
        for (const EmployeeColumn column : model.columns()) {
            QVERIFY(!isSensitiveColumn(column));
        }
        QVERIFY(client.signOut());
    }

    void signOutRevokesTokenAndRemovesKeychainEntry()
    {
        ClientHarness client(settingsFile(), false);
        ApiError error;
        QVERIFY2(client.signIn(m_server.baseUrl(), adminEmail, &error), qPrintable(error.message));
        const QString key = SessionStore::keychainKey(m_server.baseUrl(), adminEmail);
        const QString oldToken = readKeychain(SessionStore::keychainService(), key).text;
        QVERIFY(oldToken.startsWith(QStringLiteral("ps_")));

        QVERIFY(client.signOut());
        QCOMPARE(client.session->state(), ConnectionState::SignedOut);
        QCOMPARE(readKeychain(SessionStore::keychainService(), key).error,
                 QKeychain::EntryNotFound);

        // The server no longer accepts the old token.
        ApiClient raw(&client.pins);
        raw.setServer(m_server.baseUrl());
        raw.setToken(oldToken);
        std::optional<ApiResponse> response;
        raw.get(&raw, QStringLiteral("/auth/session"), {},
                [&](const ApiResponse& r) { response = r; });
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), 30000);
        QCOMPARE(response->status, 401);
        QCOMPARE(response->error.code, QStringLiteral("unauthenticated"));

        // And a restart now asks for the password.
        ClientHarness restarted(settingsFile(), false);
        QVERIFY(!restarted.resume());
        QCOMPARE(restarted.session->state(), ConnectionState::NeedsSignIn);
    }

    void changedCertificateIsRefused_data()
    {
        QTest::addColumn<bool>("systemTrustsNewCertificate");
        QTest::newRow("untrusted new certificate") << false;
        QTest::newRow("new certificate trusted by the system") << true;
    }

    void changedCertificateIsRefused()
    {
        QFETCH(bool, systemTrustsNewCertificate);
        // Server B: another data folder, so another self-signed certificate.
        ServerProcess serverB;
        QVERIFY2(serverB.start(), qPrintable(serverB.errorString()));
        QVERIFY(normalizedFingerprint(serverB.fingerprint()) !=
                normalizedFingerprint(m_server.fingerprint()));

        // The user trusted A's certificate for this address; now B answers there.
        QTemporaryDir dir;
        const QString settings = dir.filePath(QStringLiteral("purser.ini"));
        ClientHarness client(settings, true);
        client.pins.pin(ApiClient::hostPort(serverB.baseUrl()), m_server.fingerprint());

        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        if (systemTrustsNewCertificate) {
            QSslConfiguration trusting = original;
            trusting.addCaCertificate(serverB.certificate());
            QSslConfiguration::setDefaultConfiguration(trusting);
        }
        ApiError error;
        const bool signedIn = client.signIn(serverB.baseUrl(), adminEmail, &error);
        QSslConfiguration::setDefaultConfiguration(original);

        QVERIFY(!signedIn);
        QCOMPARE(error.kind, ApiError::Kind::CertificateChanged);
        QVERIFY(error.message.contains(QStringLiteral("certificate has changed")));
        QCOMPARE(client.session->state(), ConnectionState::CertificateChanged);
        QVERIFY(client.prompt.shown.isEmpty()); // a changed pin is never "just ask again"
        QCOMPARE(client.pins.pinnedFingerprint(ApiClient::hostPort(serverB.baseUrl())),
                 normalizedFingerprint(m_server.fingerprint()));
        QCOMPARE(readKeychain(SessionStore::keychainService(),
                              SessionStore::keychainKey(serverB.baseUrl(), adminEmail))
                     .error,
                 QKeychain::EntryNotFound);
        // Nothing reached B: the server logs every request it answers ("POST /auth/sign-in
        // ..."), as server A's log shows for the sign-in it did answer.
        QVERIFY(m_server.output().contains("/auth/sign-in"));
        QTest::qWait(200); // give B time to log anything it might have received
        const QByteArray logB = serverB.output();
        QVERIFY2(!logB.contains("/auth/") && !logB.contains("signed in"), logB.constData());
    }

    void decliningTheCertificatePinsAndStoresNothing()
    {
        QTemporaryDir dir;
        const QString settings = dir.filePath(QStringLiteral("purser.ini"));
        const QString email = QStringLiteral("finance@acme.example");
        {
            ClientHarness client(settings, false);
            ApiError error;
            QVERIFY(!client.signIn(m_server.baseUrl(), email, &error));
            QCOMPARE(client.prompt.shown.size(), 1);
            QCOMPARE(error.kind, ApiError::Kind::CertificateNotTrusted);
            QCOMPARE(client.session->state(), ConnectionState::SignedOut);
            QVERIFY(
                client.pins.pinnedFingerprint(ApiClient::hostPort(m_server.baseUrl())).isEmpty());
            QVERIFY(client.store->lastServer().isEmpty());
        }
        QCOMPARE(readKeychain(SessionStore::keychainService(),
                              SessionStore::keychainKey(m_server.baseUrl(), email))
                     .error,
                 QKeychain::EntryNotFound);
        QFile file(settings);
        if (file.open(QIODevice::ReadOnly)) {
            QVERIFY(!file.readAll().contains("certificatePins"));
        }
    }

    void wrongPasswordIsReportedInPlainWords()
    {
        ClientHarness client(settingsFile(), false);
        ApiError error;
        QVERIFY(!client.signIn(m_server.baseUrl(), QStringLiteral("member@acme.example"), &error,
                               QStringLiteral("not the right password")));
        QCOMPARE(error.status, 401);
        QCOMPARE(error.code, QStringLiteral("invalid_credentials"));
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(client.session->state(), ConnectionState::SignedOut);
    }

    void unreachableServerIsReportedInPlainWords()
    {
        ClientHarness client(settingsFile(), false);
        ApiError error;
        // Port 1 on loopback: nothing listens there.
        QVERIFY(!client.signIn(QUrl(QStringLiteral("https://127.0.0.1:1")), adminEmail, &error));
        QCOMPARE(error.kind, ApiError::Kind::Unreachable);
        QVERIFY(error.message.startsWith(QStringLiteral("Cannot reach the server at 127.0.0.1:1")));
    }

    // Last: it fills this address's and the account's budgets for unknown clients.
    void knownClientIsNotLockedOutByStrangers()
    {
        const QString email = QStringLiteral("finance@acme.example");
        {
            ClientHarness client(settingsFile(), false);
            ApiError error;
            QVERIFY2(client.signIn(m_server.baseUrl(), email, &error), qPrintable(error.message));
            QVERIFY(client.signOut()); // signing out keeps the client known
        }
        // The known-client token is in the keychain, beside the session's entry...
        const KeychainRead known =
            readKeychain(SessionStore::keychainService(),
                         SessionStore::knownClientKey(m_server.baseUrl(), email));
        QCOMPARE(known.error, QKeychain::NoError);
        QVERIFY(known.text.startsWith(QStringLiteral("pc_")));
        QVERIFY(!settingsBytes().contains(known.text.toUtf8()));

        // ...strangers guess the password until the account refuses unknown clients...
        ClientHarness stranger(settingsFile(), false);
        QList<int> statuses;
        for (int i = 0; i < 6; ++i) {
            std::optional<ApiResponse> response;
            stranger.api->setServer(m_server.baseUrl());
            stranger.api->post(&stranger.settings, QStringLiteral("/auth/sign-in"),
                               {{QStringLiteral("email"), email},
                                {QStringLiteral("password"), QStringLiteral("guess %1").arg(i)}},
                               [&](const ApiResponse& r) { response = r; });
            QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), 30000);
            statuses << response->status;
        }
        QCOMPARE(statuses.last(), 429);

        // ...and the user's own client still signs in with the right password.
        ClientHarness client(settingsFile(), false);
        ApiError error;
        QVERIFY2(client.signIn(m_server.baseUrl(), email, &error), qPrintable(error.message));
        QCOMPARE(client.session->state(), ConnectionState::Online);
    }
};

QTEST_GUILESS_MAIN(TestSessionFlow)
#include "tst_sessionflow.moc"
