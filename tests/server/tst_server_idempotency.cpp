// Idempotency-Key under failure and concurrency, through the real server on SQLite or
// PostgreSQL (PURSER_TEST_BACKEND): a key whose request never committed (the server was
// killed while it ran) is usable again, and simultaneous duplicates apply once.
#include "tests/support/DomainTestClient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using purser::test::DomainReply;
using purser::test::DomainTestClient;
using purser::test::ServerProcess;

namespace {
const QString kAdmin = QStringLiteral("admin@acme.example");
const QString kRawConnection = QStringLiteral("raw");

QJsonObject employeeBody(const QString& number)
{
    return {{QStringLiteral("employee_no"), number},
            {QStringLiteral("full_name"), QStringLiteral("Key Person ") + number},
            {QStringLiteral("email"), number.toLower() + QStringLiteral("@acme.example")},
            {QStringLiteral("department"), QStringLiteral("Finance")},
            {QStringLiteral("position"), QStringLiteral("Accountant")},
            {QStringLiteral("employment_type"), QStringLiteral("full_time")},
            {QStringLiteral("start_date"), QStringLiteral("2026-01-05")}};
}

QList<QPair<QByteArray, QByteArray>> keyHeader(const QByteArray& key)
{
    return {{"Idempotency-Key", key}};
}
} // namespace

class TestServerIdempotency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void keyOfKilledRequestIsUsableAgain();
    void markerStrandedByOlderServerIsFreed();
    void simultaneousDuplicatesApplyOnce();
    void storedAnswersAreSealed();
    void replayNeedsTheSameRole();
    void refusalsAreNotKept();

private:
    QByteArray storedBody(const QByteArray& key);
    QSqlDatabase rawDb();
    void exec(const QString& sql, const QVariantList& binds = {});
    int employeesNumbered(const QString& number);
    void restart();

    DomainTestClient m_client;
};

void TestServerIdempotency::initTestCase()
{
    QString reason;
    bool skip = false;
    if (!m_client.start(&reason, &skip)) {
        if (skip) {
            QSKIP(qPrintable(reason));
        }
        QFAIL(qPrintable(reason));
    }
}

void TestServerIdempotency::cleanupTestCase()
{
    if (QSqlDatabase::contains(kRawConnection)) {
        QSqlDatabase::database(kRawConnection).close();
    }
    QSqlDatabase::removeDatabase(kRawConnection);
    QCOMPARE(m_client.stop(), 0);
}

// A connection of our own to the server's database, beside the server.
QSqlDatabase TestServerIdempotency::rawDb()
{
    if (QSqlDatabase::contains(kRawConnection)) {
        return QSqlDatabase::database(kRawConnection);
    }
    QSqlDatabase db;
    if (m_client.postgres()) {
        const QUrl url(m_client.databaseUrl());
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kRawConnection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kRawConnection);
        db.setDatabaseName(m_client.server().dataDir() + QStringLiteral("/purser.db"));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    db.open();
    return db;
}

void TestServerIdempotency::exec(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(rawDb());
    bool ok = false;
    if (binds.isEmpty()) {
        ok = q.exec(sql); // BEGIN and friends cannot be prepared on PostgreSQL
    } else {
        q.prepare(sql);
        for (const QVariant& value : binds) {
            q.addBindValue(value);
        }
        ok = q.exec();
    }
    QVERIFY2(ok, qPrintable(q.lastError().text() + u' ' + sql));
}

int TestServerIdempotency::employeesNumbered(const QString& number)
{
    int count = 0;
    for (const QJsonValue& e : m_client.listAll(kAdmin, QStringLiteral("employees"))) {
        count += e.toObject().value(QStringLiteral("employee_no")).toString() == number ? 1 : 0;
    }
    return count;
}

void TestServerIdempotency::restart()
{
    ServerProcess::Options options;
    options.dataDir = m_client.server().dataDir();
    options.databaseUrl = m_client.databaseUrl();
    options.demo = false;
    QVERIFY2(m_client.server().start(options), qPrintable(m_client.server().errorString()));
}

void TestServerIdempotency::keyOfKilledRequestIsUsableAgain()
{
    const QString number = QStringLiteral("KILL-0001");
    const QByteArray key = "killed-while-running-1";
    const QByteArray body = QJsonDocument(employeeBody(number)).toJson(QJsonDocument::Compact);
    const QString path = QStringLiteral("/api/v1/orgs/%1/employees").arg(m_client.acme());
    const QString token = m_client.token(kAdmin);

    // Hold a lock the create needs, so the request is surely running when the server dies:
    // the org's change counter row on PostgreSQL, the database write lock on SQLite.
    if (m_client.postgres()) {
        exec(QStringLiteral("BEGIN"));
        exec(QStringLiteral("SELECT set_config('app.org_id', ?, true)"), {m_client.acme()});
        exec(QStringLiteral("SELECT * FROM org_change_counters WHERE org_id = ? FOR UPDATE"),
             {m_client.acme()});
    } else {
        exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    QNetworkReply* pending = m_client.sendAsync("POST", path, body, token, keyHeader(key));
    if (m_client.postgres()) {
        // Wait until the server's transaction queues behind our lock.
        QElapsedTimer waited;
        waited.start();
        bool blocked = false;
        while (!blocked && waited.elapsed() < 30000) { // generous: CI runs under ASan on 2 cores
            QTest::qWait(50);
            QSqlQuery q(rawDb());
            QVERIFY(q.exec(QStringLiteral(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()")));
            blocked = q.next() && q.value(0).toInt() > 0;
        }
        QVERIFY2(blocked, "the create never reached the locked change counter");
    } else {
        QTest::qWait(1000); // the server is now waiting for the write lock
    }
    m_client.server().kill();
    exec(QStringLiteral("ROLLBACK"));
    pending->abort();
    pending->deleteLater();
    restart();

    // The request never committed: the same key runs it now, once, and replays afterwards.
    const DomainReply retry =
        m_client.send("POST", path, body, m_client.token(kAdmin), keyHeader(key));
    QCOMPARE(retry.status, 201);
    QVERIFY(retry.header("Idempotent-Replayed").isEmpty());
    const DomainReply replay =
        m_client.send("POST", path, body, m_client.token(kAdmin), keyHeader(key));
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(replay.json(), retry.json());
    QCOMPARE(employeesNumbered(number), 1);
}

// Servers before this fix committed an "in progress" row (status 0) before the handler ran;
// one a crash left behind must not block its key for 24 hours after an upgrade.
void TestServerIdempotency::markerStrandedByOlderServerIsFreed()
{
    const QString number = QStringLiteral("STRAND-0001");
    const QByteArray key = "stranded-by-older-server";
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (m_client.postgres()) {
        exec(QStringLiteral("BEGIN"));
        exec(QStringLiteral("SELECT set_config('app.org_id', ?, true)"), {m_client.acme()});
    }
    exec(
        QStringLiteral("INSERT INTO idempotency_keys (org_id, scope, caller_id, idem_key, "
                       "request_hash, status, created_at) VALUES (?, ?, ?, ?, 'x', 0, ?)"),
        {m_client.acme(), m_client.acme(), m_client.userId(kAdmin), QString::fromLatin1(key), now});
    if (m_client.postgres()) {
        exec(QStringLiteral("COMMIT"));
    }
    const DomainReply reply = m_client.as(kAdmin, "POST", QStringLiteral("/employees"),
                                          employeeBody(number), keyHeader(key));
    QCOMPARE(reply.status, 201);
    QVERIFY(reply.header("Idempotent-Replayed").isEmpty());
    QCOMPARE(employeesNumbered(number), 1);
}

void TestServerIdempotency::simultaneousDuplicatesApplyOnce()
{
    const QString number = QStringLiteral("DUP-0001");
    const QByteArray key = "sent-eight-times-at-once";
    const QByteArray body = QJsonDocument(employeeBody(number)).toJson(QJsonDocument::Compact);
    const QString path = QStringLiteral("/api/v1/orgs/%1/employees").arg(m_client.acme());
    const QString token = m_client.token(kAdmin);
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 8; ++i) {
        replies << m_client.sendAsync("POST", path, body, token, keyHeader(key));
    }
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 60000 &&
           std::any_of(replies.cbegin(), replies.cend(),
                       [](const QNetworkReply* r) { return !r->isFinished(); })) {
        QTest::qWait(20);
    }
    int applied = 0;
    int replayed = 0;
    int inProgress = 0;
    QByteArray createdBody;
    for (QNetworkReply* reply : std::as_const(replies)) {
        QVERIFY(reply->isFinished());
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        if (status == 201 && reply->rawHeader("Idempotent-Replayed") == "true") {
            ++replayed;
        } else if (status == 201) {
            ++applied;
            createdBody = answer;
        } else {
            QCOMPARE(status, 409); // "still being processed" while the first runs
            ++inProgress;
        }
        reply->deleteLater();
    }
    qInfo() << applied << "applied," << replayed << "replayed," << inProgress << "in progress";
    QCOMPARE(applied, 1);
    QCOMPARE(employeesNumbered(number), 1);
    // Afterwards the key replays the one answer.
    const DomainReply replay = m_client.send("POST", path, body, token, keyHeader(key));
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(replay.body, createdBody);
}

QByteArray TestServerIdempotency::storedBody(const QByteArray& key)
{
    QSqlQuery q(rawDb());
    q.prepare(QStringLiteral("SELECT body FROM idempotency_keys WHERE idem_key = ?"));
    q.addBindValue(QString::fromLatin1(key));
    if (!q.exec() || !q.next()) {
        return {};
    }
    return q.value(0).toByteArray();
}

// The replay store is in every backup: an answer with a national ID, bank account and salary
// is kept sealed, and its replay still gives them back.
void TestServerIdempotency::storedAnswersAreSealed()
{
    QJsonObject body = employeeBody(QStringLiteral("SEAL-0001"));
    body.insert(QStringLiteral("national_id"), QStringLiteral("S7777777Q"));
    body.insert(QStringLiteral("bank_account"), QStringLiteral("777-888-999"));
    const QByteArray key = "sealed-answer-1";
    const DomainReply first =
        m_client.as(kAdmin, "POST", QStringLiteral("/employees"), body, keyHeader(key));
    QCOMPARE(first.status, 201);
    const QByteArray stored = storedBody(key);
    QVERIFY(!stored.isEmpty());
    QVERIFY2(!stored.contains("S7777777Q") && !stored.contains("777-888-999") &&
                 !stored.contains("SEAL-0001"),
             stored.left(300).constData());
    const DomainReply replay =
        m_client.as(kAdmin, "POST", QStringLiteral("/employees"), body, keyHeader(key));
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(replay.json().value(QStringLiteral("national_id")).toString(),
             QStringLiteral("S7777777Q"));
    QCOMPARE(replay.json(), first.json());
}

// A role change takes effect on the next request, replays included: an admin demoted to viewer
// does not get back the national ID their earlier create answered.
void TestServerIdempotency::replayNeedsTheSameRole()
{
    QJsonObject body = employeeBody(QStringLiteral("ROLE-0001"));
    body.insert(QStringLiteral("national_id"), QStringLiteral("S6666666R"));
    const QByteArray key = "replay-after-demotion-1";
    QCOMPARE(m_client.as(kAdmin, "POST", QStringLiteral("/employees"), body, keyHeader(key)).status,
             201);
    const QString owner = QStringLiteral("owner@acme.example");
    const QString membersPath = QStringLiteral("/members/") + m_client.userId(kAdmin);
    QCOMPARE(
        m_client
            .as(owner, "PATCH", membersPath, {{QStringLiteral("role"), QStringLiteral("viewer")}})
            .status,
        200);
    const DomainReply refused =
        m_client.as(kAdmin, "POST", QStringLiteral("/employees"), body, keyHeader(key));
    const QByteArray refusedBody = refused.body;
    QCOMPARE(
        m_client
            .as(owner, "PATCH", membersPath, {{QStringLiteral("role"), QStringLiteral("admin")}})
            .status,
        200);
    QCOMPARE(refused.status, 409);
    QVERIFY2(refusedBody.contains("idempotency_replay_refused"), refusedBody.constData());
    QVERIFY(!refusedBody.contains("S6666666R"));
    QCOMPARE(employeesNumbered(QStringLiteral("ROLE-0001")), 1); // never run twice
    // The same rights again: the answer is replayed.
    const DomainReply replay =
        m_client.as(kAdmin, "POST", QStringLiteral("/employees"), body, keyHeader(key));
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.json().value(QStringLiteral("national_id")).toString(),
             QStringLiteral("S6666666R"));
}

// A 403 depends on the caller's role, not on the request: a retry is judged afresh.
void TestServerIdempotency::refusalsAreNotKept()
{
    const QByteArray key = "refused-once-1";
    const DomainReply refused =
        m_client.as(QStringLiteral("finance@acme.example"), "POST", QStringLiteral("/employees"),
                    employeeBody(QStringLiteral("REFUSED-0001")), keyHeader(key));
    QCOMPARE(refused.status, 403);
    QSqlQuery q(rawDb());
    q.prepare(QStringLiteral("SELECT count(*) FROM idempotency_keys WHERE idem_key = ?"));
    q.addBindValue(QString::fromLatin1(key));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestServerIdempotency)
#include "tst_server_idempotency.moc"
