// Throughput work (issue 14) that must not change what clients see, through the real server
// on SQLite or PostgreSQL (PURSER_TEST_BACKEND):
// - the IO threads never wait on the database: while every database worker waits on a lock
//   this test holds, /healthz still answers within 50 ms, and a request beyond the bounded
//   queue gets 503 with Retry-After at once; when the lock goes, the waiting writes succeed;
// - list pages written straight into the answer are byte for byte what QJsonDocument writes,
//   with hostile strings in every text field.
#include "tests/support/DomainTestClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>

using purser::test::DomainReply;
using purser::test::DomainTestClient;

namespace {
const QString kAdmin = QStringLiteral("admin@acme.example");
const QString kRawConnection = QStringLiteral("lock-holder");
constexpr int kWorkers = 2;    // --threads
constexpr int kQueue = 1;      // --database-queue
constexpr int kHealthzMs = 50; // the issue's bound

QByteArray employeeBody(int n)
{
    return QStringLiteral(
               R"({"employee_no":"W-%1","full_name":"Worker %1","email":"w%1@acme.example",)"
               R"("department":"Ops","position":"Clerk","employment_type":"full_time",)"
               R"("start_date":"2026-01-05"})")
        .arg(n)
        .toUtf8();
}
} // namespace

class TestServerThroughput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void healthzAnswersWhileEveryDatabaseConnectionIsBusy();
    void employeePagesAreWhatQJsonDocumentWrites();

private:
    void exec(const QString& sql, const QVariantList& binds = {});
    int databaseRequestsInFlight();
    int serverSessionsWaitingOnLocks();
    // Waits for the reply (at most waitMs); returns the milliseconds it took, -1 on timeout.
    qint64 timed(QNetworkReply* reply, int waitMs);

    DomainTestClient m_client;
    QSqlDatabase m_raw;
};

void TestServerThroughput::initTestCase()
{
    QString reason;
    bool skip = false;
    if (!m_client.start(&reason, &skip,
                        {QStringLiteral("--threads"), QString::number(kWorkers),
                         QStringLiteral("--database-queue"), QString::number(kQueue)})) {
        if (skip) {
            QSKIP(qPrintable(reason));
        }
        QFAIL(qPrintable(reason));
    }
    m_raw = m_client.openDatabase(kRawConnection);
    QVERIFY2(m_raw.isOpen(), qPrintable(m_raw.lastError().text()));
}

void TestServerThroughput::cleanupTestCase()
{
    m_raw.close();
    m_raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(kRawConnection);
    if (QSqlDatabase::contains(QStringLiteral("observer"))) {
        QSqlDatabase::database(QStringLiteral("observer")).close();
        QSqlDatabase::removeDatabase(QStringLiteral("observer"));
    }
    QCOMPARE(m_client.stop(), 0);
}

void TestServerThroughput::exec(const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(m_raw);
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
    QVERIFY2(ok, qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
}

int TestServerThroughput::databaseRequestsInFlight()
{
    const DomainReply metrics = m_client.send("GET", QStringLiteral("/metrics"));
    static const QRegularExpression line(QStringLiteral("^purser_db_requests_in_flight (\\d+)$"),
                                         QRegularExpression::MultilineOption);
    const auto match = line.match(QString::fromUtf8(metrics.body));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

int TestServerThroughput::serverSessionsWaitingOnLocks()
{
    QSqlQuery q(m_client.openDatabase(QStringLiteral("observer")));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                               "current_database() AND wait_event_type = 'Lock'")) ||
        !q.next()) {
        return -1;
    }
    return q.value(0).toInt();
}

qint64 TestServerThroughput::timed(QNetworkReply* reply, int waitMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!reply->isFinished() && timer.elapsed() < waitMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return reply->isFinished() ? timer.elapsed() : -1;
}

void TestServerThroughput::healthzAnswersWhileEveryDatabaseConnectionIsBusy()
{
    const QString token = m_client.token(kAdmin);
    const QString acme = m_client.acme();
    const QString employees = QStringLiteral("/api/v1/orgs/%1/employees").arg(acme);
    // Open the connections the checks below use before the database is held.
    QCOMPARE(m_client.send("GET", QStringLiteral("/api/v1/healthz")).status, 200);
    QCOMPARE(databaseRequestsInFlight(), 0);

    // Hold what every write needs: the organisation's change counter on PostgreSQL, the
    // database's write lock on SQLite.
    if (m_client.postgres()) {
        exec(QStringLiteral("BEGIN"));
        exec(QStringLiteral("SELECT set_config('app.org_id', ?, true)"), {acme});
        exec(QStringLiteral("SELECT * FROM org_change_counters WHERE org_id = ? FOR UPDATE"),
             {acme});
    } else {
        exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    // One write per worker, each stuck on the lock, and one more waiting in the queue.
    QList<QNetworkReply*> writes;
    for (int i = 0; i < kWorkers + kQueue; ++i) {
        writes.append(m_client.sendAsync("POST", employees, employeeBody(i), token));
    }
    QElapsedTimer waited;
    waited.start();
    bool held = false;
    while (!held && waited.elapsed() < 30000) { // generous: CI runs under ASan on 2 cores
        QTest::qWait(20);
        held = databaseRequestsInFlight() == kWorkers + kQueue &&
               (!m_client.postgres() || serverSessionsWaitingOnLocks() >= kWorkers);
    }
    QVERIFY2(held, "the writes never filled the database workers and their queue");

    // /healthz needs no database: answered on an IO thread while every worker waits.
    QList<qint64> times;
    for (int i = 0; i < 5; ++i) {
        QNetworkReply* health =
            m_client.sendAsync("GET", QStringLiteral("/api/v1/healthz"), {}, token);
        times.append(timed(health, 5000));
        QCOMPARE(health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        health->deleteLater();
    }
    std::sort(times.begin(), times.end());
    QVERIFY2(times.first() >= 0, "GET /healthz waited for the database");
    QVERIFY2(times.at(times.size() / 2) <= kHealthzMs,
             qPrintable(QStringLiteral("GET /healthz took %1 ms (median) while the database was "
                                       "busy")
                            .arg(times.at(times.size() / 2))));

    // Past the bounded queue: 503 with Retry-After at once, not another wait.
    QNetworkReply* beyond = m_client.sendAsync("GET", employees, {}, token);
    QVERIFY2(timed(beyond, 5000) >= 0, "a request beyond the queue waited");
    QCOMPARE(beyond->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
    QVERIFY(!beyond->rawHeader("Retry-After").isEmpty());
    beyond->deleteLater();

    exec(m_client.postgres() ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    for (QNetworkReply* write : writes) {
        QVERIFY2(timed(write, 30000) >= 0, "a queued write never finished");
        QCOMPARE(write->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        write->deleteLater();
    }
    QCOMPARE(databaseRequestsInFlight(), 0);
}

void TestServerThroughput::employeePagesAreWhatQJsonDocumentWrites()
{
    QString controls;
    for (char16_t c = 1; c < 0x20; ++c) {
        controls += QChar(c);
    }
    // What the API stores now (it refuses control characters and stores separators as
    // spaces), and, written straight into the database, what rows stored before those rules
    // may hold: the page must write both as QJsonDocument does.
    const QStringList storable{
        QStringLiteral("\"quoted\" \\ back\\slash / solidus"),
        QString::fromUtf16(u"\u00e9 \u07ff \u0800 \uffee"),
        QString::fromUtf16(u"emoji \U0001F600 \U0010FFFD"),
        QStringLiteral("</script><script>alert(1)</script>"),
    };
    const QStringList legacy{
        QStringLiteral("ctl ") + controls,
        QString::fromUtf16(u"\u007f DEL"),
        QString::fromUtf16(u"\u2028 line \u2029 para"),
    };
    const QStringList hostile = storable + legacy;
    const QString token = m_client.token(kAdmin);
    const QString employees = QStringLiteral("/api/v1/orgs/%1/employees").arg(m_client.acme());
    int n = 0;
    for (const QString& text : hostile) {
        const QString stored = storable.contains(text) ? text : QStringLiteral("Legacy %1").arg(n);
        QJsonObject body{{QStringLiteral("employee_no"), QStringLiteral("H-%1").arg(n)},
                         {QStringLiteral("full_name"), stored},
                         {QStringLiteral("email"), QStringLiteral("h%1@acme.example").arg(n)},
                         {QStringLiteral("department"), stored},
                         {QStringLiteral("position"), stored},
                         {QStringLiteral("employment_type"), QStringLiteral("contract")},
                         {QStringLiteral("start_date"), QStringLiteral("2026-01-05")},
                         {QStringLiteral("national_id"), stored},
                         {QStringLiteral("bank_name"), stored},
                         {QStringLiteral("bank_account"), stored},
                         {QStringLiteral("base_salary"),
                          QJsonObject{{QStringLiteral("amount"), 123456789},
                                      {QStringLiteral("currency"), QStringLiteral("SGD")}}}};
        const DomainReply created = m_client.sendJson("POST", employees, body, token);
        QVERIFY2(created.status == 201, created.body.constData());
        if (!storable.contains(text)) {
            QSqlQuery raw(m_raw);
            raw.prepare(QStringLiteral("UPDATE employees SET full_name = ?, department = ?, "
                                       "position = ? WHERE id = ?"));
            raw.addBindValue(text);
            raw.addBindValue(text);
            raw.addBindValue(text);
            raw.addBindValue(created.json().value(QStringLiteral("id")).toString());
            QVERIFY2(raw.exec() && raw.numRowsAffected() == 1, qPrintable(raw.lastError().text()));
        }
        ++n;
    }
    // Every role that reads the list (sensitive fields present or absent), small pages (so
    // has_more, a cursor and deletions show) and one whole page.
    const QString deleteMe =
        m_client
            .sendJson("POST", employees,
                      QJsonObject{{QStringLiteral("employee_no"), QStringLiteral("H-gone")},
                                  {QStringLiteral("full_name"), QStringLiteral("Gone")},
                                  {QStringLiteral("email"), QStringLiteral("gone@acme.example")},
                                  {QStringLiteral("department"), QStringLiteral("Ops")},
                                  {QStringLiteral("position"), QStringLiteral("Clerk")},
                                  {QStringLiteral("employment_type"), QStringLiteral("intern")},
                                  {QStringLiteral("start_date"), QStringLiteral("2026-01-05")}},
                      token)
            .json()
            .value(QStringLiteral("id"))
            .toString();
    QCOMPARE(m_client.send("DELETE", employees + u'/' + deleteMe, {}, token).status, 204);
    int pages = 0;
    int hostileSeen = 0;
    for (const QString& email :
         {kAdmin, QStringLiteral("owner@acme.example"), QStringLiteral("member@acme.example"),
          QStringLiteral("auditor@acme.example")}) {
        for (const int limit : {3, 1000}) {
            QString since;
            for (bool more = true; more;) {
                QString path = QStringLiteral("/employees?limit=%1").arg(limit);
                if (!since.isEmpty()) {
                    path += QStringLiteral("&since=") + since;
                }
                const DomainReply page = m_client.as(email, "GET", path);
                QVERIFY2(page.status == 200, page.body.constData());
                const QJsonDocument parsed = QJsonDocument::fromJson(page.body);
                QVERIFY(parsed.isObject());
                QCOMPARE(page.body, parsed.toJson(QJsonDocument::Compact));
                for (const QJsonValue& item :
                     parsed.object().value(QStringLiteral("items")).toArray()) {
                    hostileSeen += hostile.contains(
                        item.toObject().value(QStringLiteral("full_name")).toString());
                }
                more = parsed.object().value(QStringLiteral("has_more")).toBool();
                since = parsed.object().value(QStringLiteral("next_cursor")).toString();
                ++pages;
            }
        }
    }
    QVERIFY(pages > 8);
    QVERIFY2(hostileSeen >= 2 * int(hostile.size()), "the hostile names did not come back");
}

QTEST_GUILESS_MAIN(TestServerThroughput)
#include "tst_server_throughput.moc"
