// SessionStore against the REAL OS keychain (run under scripts/with-keyring): the token round
// trips through the Secret Service and never lands in the settings file.
#include "net/SessionStore.h"
#include "tests/client/KeychainProbe.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace purser;
using namespace purser::test;

class TestSessionStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tokenRoundTripsThroughKeychainOnly()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("purser.ini"));
        QSettings settings(file, QSettings::IniFormat);
        SessionStore store(&settings);
        const QUrl server(QStringLiteral("https://127.0.0.1:9"));
        const QString email = QStringLiteral("Someone@Example.com");
        const QString token =
            QStringLiteral("ps_test_") + QString::number(QRandomGenerator::global()->generate64());

        std::optional<ApiError> written;
        store.writeToken(this, server, email, token, [&](const ApiError& e) { written = e; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 15000);
        QVERIFY2(!written->isError(), qPrintable(written->message));
        store.rememberLastAccount(server, email);

        const KeychainRead raw =
            readKeychain(SessionStore::keychainService(), SessionStore::keychainKey(server, email));
        QCOMPARE(raw.error, QKeychain::NoError);
        QCOMPARE(raw.text, token);
        // The key ignores the email's case, so "Someone@" and "someone@" are one account.
        QCOMPARE(SessionStore::keychainKey(server, email),
                 SessionStore::keychainKey(server, email.toLower()));

        bool readDone = false;
        std::optional<QString> readBack;
        store.readToken(this, server, email, [&](const std::optional<QString>& t, const ApiError&) {
            readBack = t;
            readDone = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(readDone, 15000);
        QCOMPARE(readBack.value_or(QString()), token);

        QCOMPARE(store.lastServer(), server);
        QCOMPARE(store.lastEmail(), email.toLower());
        QFile settingsFile(file);
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(!settingsFile.readAll().contains(token.toUtf8()));

        std::optional<ApiError> deleted;
        store.deleteToken(this, server, email, [&](const ApiError& e) { deleted = e; });
        QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), 15000);
        QVERIFY(!deleted->isError());
        QCOMPARE(
            readKeychain(SessionStore::keychainService(), SessionStore::keychainKey(server, email))
                .error,
            QKeychain::EntryNotFound);
    }
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
