// Crash: kill -9 of the client (`purser sync`, a real child process) while it delivers its
// outbox, at random points, again and again. Each queued change carries one Idempotency-Key
// for its whole life, so after a final sync the server holds every change exactly once (and
// one audit entry for it) and the outbox is empty. (A sync killed while reading pages is
// covered by tests/client/tst_syncflow.)
#include "cache/CacheDatabase.h"
#include "cache/CacheStore.h"
#include "cache/KeychainSecretStore.h"
#include "cache/OutboxStore.h"
#include "tests/fault/AuditLogReader.h"
#include "tests/support/DomainTestClient.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace purser;
using namespace purser::test;

namespace {
const QString kMember = QStringLiteral("member@acme.example");
const QString kOwner = QStringLiteral("owner@acme.example");
constexpr int kChanges = 150;
} // namespace

class TestFaultClientCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killDuringOutboxDelivery();

private:
    QProcessEnvironment environment() const;
    void start(QProcess& process, const QStringList& arguments) const;
    int run(const QStringList& arguments, const QByteArray& input = {}) const;
    QString organization() const;

    DomainTestClient m_client;
    QTemporaryDir m_home;
};

void TestFaultClientCrash::initTestCase()
{
    QString why;
    QVERIFY2(KeychainSecretStore::isAvailable(&why),
             qPrintable(QStringLiteral("no keychain (run under scripts/with-keyring): ") + why));
    bool skip = false;
    if (!m_client.start(&why, &skip)) {
        if (skip) {
            QSKIP(qPrintable(why));
        }
        QFAIL(qPrintable(why));
    }
}

QProcessEnvironment TestFaultClientCrash::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

void TestFaultClientCrash::start(QProcess& process, const QStringList& arguments) const
{
    process.setProcessEnvironment(environment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(PURSER_BUILD_DIR "/bin/purser"), arguments);
}

int TestFaultClientCrash::run(const QStringList& arguments, const QByteArray& input) const
{
    QProcess process;
    start(process, arguments);
    if (!process.waitForStarted(10000)) {
        return -1;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return -2;
    }
    if (process.exitCode() != 0) {
        qWarning().noquote() << arguments.join(u' ') << "->" << process.exitCode()
                             << process.readAll();
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
}

QString TestFaultClientCrash::organization() const
{
    return QSettings(m_home.filePath(QStringLiteral("config/Purser/purser.conf")),
                     QSettings::IniFormat)
        .value(QStringLiteral("cache/lastOrganization"))
        .toString();
}

void TestFaultClientCrash::killDuringOutboxDelivery()
{
    ServerProcess& server = m_client.server();
    QCOMPARE(run({QStringLiteral("sign-in"), QStringLiteral("--server"),
                  server.baseUrl().toString(), QStringLiteral("--email"), kMember,
                  QStringLiteral("--pin-sha256"), server.fingerprint()},
                 DomainTestClient::password().toUtf8() + '\n'),
             0);
    QCOMPARE(run({QStringLiteral("sync")}), 0);
    const QString org = organization();
    QCOMPARE(org, m_client.orgId(kMember));

    // Queue the changes the way the window does: in the cache's outbox, each with its key.
    const QString cacheFolder = m_home.filePath(QStringLiteral("data/Purser/purser/cache"));
    {
        KeychainSecretStore keychain;
        CacheDatabase cache(&keychain, cacheFolder);
        QVERIFY2(cache.open({server.baseUrl(), kMember, org}), qPrintable(cache.errorMessage()));
        OutboxStore outbox(cache.database());
        for (int i = 0; i < kChanges; ++i) {
            OutboxItem item;
            item.kind = QStringLiteral("claim.create");
            item.method = QStringLiteral("POST");
            item.path = QStringLiteral("/orgs/%1/claims").arg(org);
            item.resource = QStringLiteral("claims");
            item.body = {{QStringLiteral("category"), QStringLiteral("meals")},
                         {QStringLiteral("description"), QStringLiteral("OUTBOX-%1").arg(i)},
                         {QStringLiteral("amount"),
                          QJsonObject{{QStringLiteral("amount"), 1000 + i},
                                      {QStringLiteral("currency"), QStringLiteral("SGD")}}},
                         {QStringLiteral("incurred_on"), QStringLiteral("2025-12-03")}};
            QVERIFY(outbox.enqueue(item).has_value());
        }
        QCOMPARE(outbox.unsentCount(), kChanges);
    }

    auto delivered = [this] {
        int count = 0;
        for (const QJsonValue& v : m_client.listAll(kMember, QStringLiteral("claims"))) {
            count +=
                v.toObject().value(QStringLiteral("description")).toString().startsWith(u"OUTBOX-");
        }
        return count;
    };
    // Kill `purser sync` at random points until three kills have landed while the outbox was
    // part-way delivered (some changes on the server, not all).
    int midDelivery = 0;
    int onServer = 0;
    for (int round = 0; midDelivery < 3 && onServer < kChanges; ++round) {
        QVERIFY2(round < 30, "never killed part-way through delivery");
        QProcess sync;
        start(sync, {QStringLiteral("sync")});
        QVERIFY(sync.waitForStarted(10000));
        QTest::qWait(int(QRandomGenerator::global()->bounded(150, 900)));
        const bool killed = sync.state() == QProcess::Running;
        if (killed) {
            ::kill(pid_t(sync.processId()), SIGKILL);
        }
        sync.waitForFinished(30000);
        const int before = onServer;
        onServer = delivered();
        if (killed && onServer > 0 && onServer < kChanges) {
            ++midDelivery;
        }
        qInfo() << "round" << round << (killed ? "killed" : "finished") << "with" << onServer
                << "of" << kChanges << "on the server (" << onServer - before << "new)";
    }
    QVERIFY(midDelivery >= 1);
    QCOMPARE(run({QStringLiteral("sync")}), 0);

    {
        KeychainSecretStore keychain;
        CacheDatabase cache(&keychain, cacheFolder);
        QVERIFY2(cache.open({server.baseUrl(), kMember, org}), qPrintable(cache.errorMessage()));
        QCOMPARE(OutboxStore(cache.database()).unsentCount(), 0);
    }

    // On the server: each change exactly once, each with exactly one audit entry.
    QHash<QString, int> byDescription;
    QStringList ids;
    for (const QJsonValue& v : m_client.listAll(kMember, QStringLiteral("claims"))) {
        const QString description = v.toObject().value(QStringLiteral("description")).toString();
        if (description.startsWith(u"OUTBOX-")) {
            ++byDescription[description];
            ids << v.toObject().value(QStringLiteral("id")).toString();
        }
    }
    QCOMPARE(byDescription.size(), kChanges);
    QCOMPARE(ids.size(), kChanges);
    const QJsonArray log = AuditLogReader::wholeLog(m_client, kOwner);
    const QString problem = AuditLogReader::chainProblem(log);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QHash<QString, int> creates =
        AuditLogReader::countsByEntity(log, QStringLiteral("claim"), QStringLiteral("create"));
    for (const QString& id : std::as_const(ids)) {
        QVERIFY2(creates.value(id) == 1, qPrintable(id));
    }
}

QTEST_GUILESS_MAIN(TestFaultClientCrash)
#include "tst_fault_client_crash.moc"
