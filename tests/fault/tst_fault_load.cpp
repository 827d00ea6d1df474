// Load: 200 simulated clients (each its own connections) sync employee pages and write new
// employees against one real server for a bounded time. A user would notice a 5xx, a write
// that answered 201 but is missing, or a record created twice; the audit log must hold
// exactly one `create` entry per created employee and its chain must verify.
#include "tests/fault/AuditLogReader.h"
#include "tests/fault/ClientPool.h"
#include "tests/support/DomainTestClient.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace purser::test;

namespace {
constexpr int kClients = 200;
constexpr int kWriterEvery = 5; // one writer in five; the others only sync

int seconds()
{
    bool ok = false;
    const int s = qEnvironmentVariableIntValue("PURSER_FAULT_SECONDS", &ok);
    return ok && s > 0 ? s : 20;
}

QJsonObject employeeBody(const QString& number)
{
    return {{QStringLiteral("employee_no"), number},
            {QStringLiteral("full_name"), QStringLiteral("Load Person ") + number},
            {QStringLiteral("email"), number.toLower() + QStringLiteral("@acme.example")},
            {QStringLiteral("department"), QStringLiteral("Operations")},
            {QStringLiteral("position"), QStringLiteral("Clerk")},
            {QStringLiteral("employment_type"), QStringLiteral("full_time")},
            {QStringLiteral("start_date"), QStringLiteral("2026-01-05")},
            {QStringLiteral("base_salary"),
             QJsonObject{{QStringLiteral("amount"), 420000},
                         {QStringLiteral("currency"), QStringLiteral("SGD")}}}};
}
} // namespace

class TestFaultLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void manyClientsSyncAndWrite();

private:
    struct Sim
    {
        QString token;
        bool writer = false;
        QString cursor;
        int writes = 0;
        QString pendingKey; // a write that has not had an HTTP answer yet is sent again
    };
    void next(int i);

    DomainTestClient m_client;
    std::unique_ptr<ClientPool> m_pool;
    QList<Sim> m_sims;
    QDeadlineTimer m_deadline;
    QString m_path;
    int m_requests = 0;
    int m_serverErrors = 0;
    int m_transportErrors = 0;
    int m_unexpected = 0;
    QHash<QString, QString> m_createdByKey; // Idempotency-Key → employee id (201)
    QSet<QString> m_keysSent;
};

void TestFaultLoad::initTestCase()
{
    QString reason;
    bool skip = false;
    if (!m_client.start(&reason, &skip, {QStringLiteral("--threads"), QStringLiteral("8")})) {
        if (skip) {
            QSKIP(qPrintable(reason));
        }
        QFAIL(qPrintable(reason));
    }
}

void TestFaultLoad::next(int i)
{
    if (m_deadline.hasExpired()) {
        return;
    }
    Sim& sim = m_sims[i];
    ++m_requests;
    const bool write =
        sim.writer && (!sim.pendingKey.isEmpty() || sim.writes % 2 == 0 || m_requests % 2 == 0);
    if (write) {
        if (sim.pendingKey.isEmpty()) {
            sim.pendingKey = QStringLiteral("LOAD-%1-%2").arg(i).arg(sim.writes);
        }
        const QString key = sim.pendingKey;
        m_keysSent.insert(key);
        const QByteArray body = QJsonDocument(employeeBody(key)).toJson(QJsonDocument::Compact);
        m_pool->send(i, "POST", m_path, body, sim.token, {{"Idempotency-Key", key.toLatin1()}},
                     "application/json", [this, i, key](const PoolAnswer& a) {
                         Sim& s = m_sims[i];
                         if (a.status >= 500) {
                             ++m_serverErrors;
                             qWarning() << "5xx on write" << a.status << a.body;
                         }
                         if (a.status == 201) {
                             m_createdByKey.insert(key, QJsonDocument::fromJson(a.body)
                                                            .object()
                                                            .value(QStringLiteral("id"))
                                                            .toString());
                             s.pendingKey.clear();
                             ++s.writes;
                         } else if (a.status == 0) {
                             ++m_transportErrors; // sent again with the same key
                         } else if (a.status != 409) {
                             ++m_unexpected;
                             qWarning() << "write answered" << a.status << a.body;
                             s.pendingKey.clear();
                             ++s.writes;
                         }
                         next(i);
                     });
        return;
    }
    QString query = m_path + QStringLiteral("?limit=200");
    if (!sim.cursor.isEmpty()) {
        query += QStringLiteral("&since=") + sim.cursor;
    }
    m_pool->send(i, "GET", query, {}, sim.token, {}, {}, [this, i](const PoolAnswer& a) {
        Sim& s = m_sims[i];
        if (a.status >= 500) {
            ++m_serverErrors;
            qWarning() << "5xx on sync" << a.status << a.body;
        } else if (a.status == 200) {
            const QJsonObject page = QJsonDocument::fromJson(a.body).object();
            s.cursor = page.value(QStringLiteral("next_cursor")).toString();
        } else if (a.status == 0) {
            ++m_transportErrors;
        } else {
            ++m_unexpected;
            qWarning() << "sync answered" << a.status << a.body;
        }
        next(i);
    });
}

void TestFaultLoad::manyClientsSyncAndWrite()
{
    const QStringList writers = {QStringLiteral("owner@acme.example"),
                                 QStringLiteral("admin@acme.example")};
    const QStringList readers = {
        QStringLiteral("finance@acme.example"), QStringLiteral("auditor@acme.example"),
        QStringLiteral("viewer@acme.example"), QStringLiteral("member@acme.example")};
    m_pool = std::make_unique<ClientPool>(kClients);
    m_pool->setServer(m_client.server().baseUrl(), m_client.server().certificate());
    m_path = QStringLiteral("/api/v1/orgs/%1/employees").arg(m_client.acme());
    for (int i = 0; i < kClients; ++i) {
        Sim sim;
        sim.writer = i % kWriterEvery == 0;
        const QString email =
            sim.writer ? writers.at(i / kWriterEvery % 2) : readers.at(i % readers.size());
        sim.token = m_client.token(email);
        QVERIFY(!sim.token.isEmpty());
        m_sims.append(sim);
    }
    QElapsedTimer timer;
    timer.start();
    m_deadline = QDeadlineTimer(seconds() * 1000);
    for (int i = 0; i < kClients; ++i) {
        next(i);
    }
    QTest::qWait(seconds() * 1000);
    QVERIFY2(m_pool->waitIdle(60000), "requests still in flight a minute after the deadline");
    // Writes without an HTTP answer are sent once more with their key: they must replay.
    for (int i = 0; i < kClients; ++i) {
        if (!m_sims[i].pendingKey.isEmpty()) {
            m_deadline = QDeadlineTimer(10000);
            next(i);
        }
    }
    QVERIFY(m_pool->waitIdle(60000));
    qInfo("%d requests in %.1f s (%d clients): %lld employees created, %d transport errors",
          m_requests, timer.elapsed() / 1000.0, kClients,
          static_cast<long long>(m_createdByKey.size()), m_transportErrors);

    QCOMPARE(m_serverErrors, 0);
    QCOMPARE(m_unexpected, 0);
    // The load really wrote (a floor low enough for a sanitizer build on two busy cores).
    QVERIFY2(m_createdByKey.size() >= 20, qPrintable(QString::number(m_createdByKey.size())));
    QCOMPARE(m_createdByKey.size(), m_keysSent.size());

    // Nothing lost, nothing twice: the list holds each created employee once, by its number.
    const QJsonArray all =
        m_client.listAll(QStringLiteral("owner@acme.example"), QStringLiteral("employees"));
    QHash<QString, int> byNumber;
    for (const QJsonValue& v : all) {
        const QJsonObject e = v.toObject();
        const QString number = e.value(QStringLiteral("employee_no")).toString();
        if (number.startsWith(u"LOAD-")) {
            ++byNumber[number];
            QCOMPARE(e.value(QStringLiteral("id")).toString(), m_createdByKey.value(number));
        }
    }
    QCOMPARE(byNumber.size(), m_createdByKey.size());
    for (auto it = byNumber.cbegin(); it != byNumber.cend(); ++it) {
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }

    // The audit log: one create entry per created employee, and a whole chain.
    const QJsonArray log =
        AuditLogReader::wholeLog(m_client, QStringLiteral("auditor@acme.example"));
    const QString problem = AuditLogReader::chainProblem(log);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QHash<QString, int> creates =
        AuditLogReader::countsByEntity(log, QStringLiteral("employee"), QStringLiteral("create"));
    for (const QString& id : std::as_const(m_createdByKey)) {
        QVERIFY2(creates.value(id) == 1, qPrintable(id));
    }
}

QTEST_GUILESS_MAIN(TestFaultLoad)
#include "tst_fault_load.moc"
