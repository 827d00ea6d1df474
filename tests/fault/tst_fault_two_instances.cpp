// Two purser-server processes on one PostgreSQL database, the same clients talking to both:
// a session made on A works on B and signing out on B ends it on A; writes sent to both at
// once land once each in one unbroken audit chain (the chain head serialises writers across
// processes, not only threads). PostgreSQL only: SQLite is one server's file.
#include "tests/fault/AuditLogReader.h"
#include "tests/fault/ClientPool.h"
#include "tests/support/DomainTestClient.h"

#include <QTest>

using namespace purser::test;

namespace {
const QString kAdmin = QStringLiteral("admin@acme.example");
const QString kAuditor = QStringLiteral("auditor@acme.example");
constexpr int kWritesPerInstance = 40;
} // namespace

class TestFaultTwoInstances : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sessionsAreShared();
    void concurrentWritesOnBothKeepOneChain();

private:
    DomainTestClient m_a; // starts instance A (with the demo data) on its own database
    ServerProcess m_b;    // instance B on the same database, same data folder for TLS
    PoolAnswer call(ServerProcess& server, const QByteArray& method, const QString& path,
                    const QByteArray& body, const QString& token);
};

void TestFaultTwoInstances::initTestCase()
{
    if (qEnvironmentVariable("PURSER_TEST_BACKEND") != u"postgres") {
        QSKIP("two instances share a database only on PostgreSQL");
    }
    QString reason;
    bool skip = false;
    if (!m_a.start(&reason, &skip)) {
        if (skip) {
            QSKIP(qPrintable(reason));
        }
        QFAIL(qPrintable(reason));
    }
    ServerProcess::Options options;
    options.databaseUrl = m_a.databaseUrl();
    options.demo = false;
    // Every instance of one database needs its master key (encryption at rest).
    options.extraArgs = {QStringLiteral("--master-key-file"),
                         m_a.server().dataDir() + QStringLiteral("/keys/master.key")};
    QVERIFY2(m_b.start(options), qPrintable(m_b.errorString()));
}

PoolAnswer TestFaultTwoInstances::call(ServerProcess& server, const QByteArray& method,
                                       const QString& path, const QByteArray& body,
                                       const QString& token)
{
    ClientPool pool(1);
    pool.setServer(server.baseUrl(), server.certificate());
    PoolAnswer result;
    pool.send(0, method, path, body, token, {}, "application/json",
              [&result](const PoolAnswer& a) { result = a; });
    pool.waitIdle(30000);
    return result;
}

void TestFaultTwoInstances::sessionsAreShared()
{
    // Sign in on A (DomainTestClient talks to A), use the token on B.
    const PoolAnswer signIn =
        call(m_a.server(), "POST", QStringLiteral("/api/v1/auth/sign-in"),
             QJsonDocument(QJsonObject{{QStringLiteral("email"), kAdmin},
                                       {QStringLiteral("password"), DomainTestClient::password()}})
                 .toJson(),
             {});
    QCOMPARE(signIn.status, 200);
    const QString token =
        QJsonDocument::fromJson(signIn.body).object().value(QStringLiteral("token")).toString();
    QCOMPARE(call(m_b, "GET", QStringLiteral("/api/v1/auth/session"), {}, token).status, 200);
    const QString employees = QStringLiteral("/api/v1/orgs/%1/employees?limit=5").arg(m_a.acme());
    QCOMPARE(call(m_b, "GET", employees, {}, token).status, 200);
    // Signing out on B ends the session on A too.
    QCOMPARE(call(m_b, "POST", QStringLiteral("/api/v1/auth/sign-out"), {}, token).status, 204);
    QCOMPARE(call(m_a.server(), "GET", QStringLiteral("/api/v1/auth/session"), {}, token).status,
             401);
    QCOMPARE(call(m_b, "GET", employees, {}, token).status, 401);
}

void TestFaultTwoInstances::concurrentWritesOnBothKeepOneChain()
{
    const QString token = m_a.token(kAdmin);
    const QString path = QStringLiteral("/api/v1/orgs/%1/employees").arg(m_a.acme());
    ClientPool poolA(8);
    ClientPool poolB(8);
    poolA.setServer(m_a.server().baseUrl(), m_a.server().certificate());
    poolB.setServer(m_b.baseUrl(), m_b.certificate());
    QHash<QString, QString> created; // employee_no → id
    int failures = 0;
    for (int i = 0; i < 2 * kWritesPerInstance; ++i) {
        const QString number = QStringLiteral("TWO-%1").arg(i);
        const QJsonObject body{
            {QStringLiteral("employee_no"), number},
            {QStringLiteral("full_name"), QStringLiteral("Two Instances ") + number},
            {QStringLiteral("email"), number.toLower() + QStringLiteral("@acme.example")},
            {QStringLiteral("department"), QStringLiteral("Operations")},
            {QStringLiteral("position"), QStringLiteral("Clerk")},
            {QStringLiteral("employment_type"), QStringLiteral("full_time")},
            {QStringLiteral("start_date"), QStringLiteral("2026-01-05")}};
        ClientPool& pool = i % 2 == 0 ? poolA : poolB;
        pool.send(i % 8, "POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token,
                  {}, "application/json", [&created, &failures, number](const PoolAnswer& a) {
                      if (a.status == 201) {
                          created.insert(number, QJsonDocument::fromJson(a.body)
                                                     .object()
                                                     .value(QStringLiteral("id"))
                                                     .toString());
                      } else {
                          ++failures;
                          qWarning() << number << a.status << a.body;
                      }
                  });
    }
    QVERIFY(poolA.waitIdle(60000));
    QVERIFY(poolB.waitIdle(60000));
    QCOMPARE(failures, 0);
    QCOMPARE(created.size(), 2 * kWritesPerInstance);

    const QJsonArray log = AuditLogReader::wholeLog(m_a, kAuditor);
    const QString problem = AuditLogReader::chainProblem(log);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QHash<QString, int> creates =
        AuditLogReader::countsByEntity(log, QStringLiteral("employee"), QStringLiteral("create"));
    for (const QString& id : std::as_const(created)) {
        QVERIFY2(creates.value(id) == 1, qPrintable(id));
    }
}

QTEST_GUILESS_MAIN(TestFaultTwoInstances)
#include "tst_fault_two_instances.moc"
