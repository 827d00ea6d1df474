// The audit log writer against a real database, on SQLite and on PostgreSQL: entries chain
// and verify with core's AuditChain, a change and its entry roll back together, and the
// database itself refuses UPDATE and DELETE on the log.
#include "core/AuditChain.h"
#include "server/audit/AuditLog.h"
#include "server/store/Database.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/StoreError.h"
#include "server/store/Transaction.h"
#include "tests/support/PostgresTestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace purser;
using namespace purser::server;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void entriesChainAndVerify();
    void changeAndEntryRollBackTogether();
    void databaseRefusesUpdateAndDelete();
    void chainsArePerOrganisation();
    void sealedRowsReadBackAndChainWithAppend();

private:
    QString makeOrg();
    AuditEvent event(const QString& org, const QString& summary);
    QList<QJsonObject> readLog(const QString& org);

    QTemporaryDir m_dir;
    std::unique_ptr<test::PostgresTestDatabase> m_pg;
    std::unique_ptr<Database> m_db;
};

void TestAuditLog::initTestCase()
{
    const bool postgres = qEnvironmentVariable("PURSER_TEST_BACKEND") == u"postgres";
    QString error;
    if (postgres) {
        m_pg = std::make_unique<test::PostgresTestDatabase>();
        PURSER_REQUIRE_POSTGRES(*m_pg);
        const auto url = DatabaseUrl::parse(m_pg->url(), &error);
        QVERIFY2(url, qPrintable(error));
        m_db = std::make_unique<Database>(Database::postgres(*url));
    } else {
        m_db = std::make_unique<Database>(Database::sqlite(m_dir.filePath(QStringLiteral("a.db"))));
    }
    QVERIFY2(m_db->open(&error), qPrintable(error));
}

void TestAuditLog::cleanupTestCase()
{
    if (m_db) {
        m_db->close();
    }
    m_db.reset();
    m_pg.reset();
}

QString TestAuditLog::makeOrg()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO organizations (id, name, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(QStringLiteral("Org ") + id.left(8));
    q.addBindValue(QStringLiteral("2026-11-21T00:00:00.000Z"));
    if (!q.exec()) {
        qWarning() << q.lastError().text();
    }
    return id;
}

AuditEvent TestAuditLog::event(const QString& org, const QString& summary)
{
    AuditEvent e;
    e.orgId = org;
    e.actor = AuditActor{QStringLiteral("user"), QStringLiteral("u-1"), QStringLiteral("Ada")};
    e.channel = QStringLiteral("desktop");
    e.action = QStringLiteral("update");
    e.entityType = QStringLiteral("employee");
    e.entityId = QStringLiteral("e-1");
    e.summary = summary;
    e.changes.insert(QStringLiteral("department"),
                     AuditEvent::change(QStringLiteral("Sales"), QStringLiteral("Finance")));
    e.changes.insert(QStringLiteral("bank_account"),
                     AuditEvent::change(QStringLiteral("111"), QStringLiteral("222"), true));
    return e;
}

QList<QJsonObject> TestAuditLog::readLog(const QString& org)
{
    QList<QJsonObject> entries;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT ") + AuditLog::columns() +
              QStringLiteral(" FROM audit_log WHERE org_id = ? ORDER BY seq"));
    q.addBindValue(org);
    if (!q.exec()) {
        qWarning() << q.lastError().text();
    }
    while (q.next()) {
        entries.append(AuditLog::entryFromRecord(q.record()));
    }
    return entries;
}

void TestAuditLog::entriesChainAndVerify()
{
    const QString org = makeOrg();
    for (int i = 1; i <= 5; ++i) {
        Transaction tx(m_db->connection());
        const QJsonObject written =
            AuditLog(tx.db()).append(event(org, QStringLiteral("change %1").arg(i)));
        tx.commit();
        QCOMPARE(written.value(QStringLiteral("seq")).toInteger(), i);
    }
    const auto entries = readLog(org);
    QCOMPARE(entries.size(), 5);
    AuditChain chain;
    for (const QJsonObject& e : entries) {
        QVERIFY2(chain.append(e), qPrintable(chain.verdict().reason));
    }
    // Sensitive values never reach the log, not even in the stored JSON.
    const QJsonArray bank = entries[0]
                                .value(QStringLiteral("changes"))
                                .toObject()
                                .value(QStringLiteral("bank_account"))
                                .toArray();
    QCOMPARE(bank.at(0).toString(), QStringLiteral("[redacted]"));
    QSqlQuery raw(m_db->connection());
    QVERIFY(raw.exec(QStringLiteral("SELECT changes FROM audit_log")));
    while (raw.next()) {
        QVERIFY(!raw.value(0).toString().contains(QStringLiteral("222")));
    }
    // A stored entry edited behind the log's back fails verification at its seq.
    QList<QJsonObject> tampered = entries;
    tampered[2].insert(QStringLiteral("summary"), QStringLiteral("nothing to see"));
    AuditChain check;
    for (const QJsonObject& e : tampered) {
        check.append(e);
    }
    QCOMPARE(check.verdict().badSeq, 3);
}

void TestAuditLog::changeAndEntryRollBackTogether()
{
    const QString org = makeOrg();
    {
        Transaction tx(m_db->connection());
        AuditLog(tx.db()).append(event(org, QStringLiteral("kept")));
        tx.commit();
    }
    try {
        Transaction tx(m_db->connection());
        AuditLog(tx.db()).append(event(org, QStringLiteral("lost")));
        QSqlQuery bad(tx.db());
        if (!bad.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"))) {
            throw StoreError(QStringLiteral("the change failed"), bad.lastError());
        }
        tx.commit();
        QFAIL("the failing change should have thrown");
    } catch (const StoreError&) {
    }
    {
        Transaction tx(m_db->connection());
        AuditLog(tx.db()).append(event(org, QStringLiteral("next")));
        tx.commit();
    }
    const auto entries = readLog(org);
    QCOMPARE(entries.size(), 2);                                      // no entry without its change
    QCOMPARE(entries[1].value(QStringLiteral("seq")).toInteger(), 2); // and no gap
    QCOMPARE(entries[1].value(QStringLiteral("summary")).toString(), QStringLiteral("next"));
}

void TestAuditLog::databaseRefusesUpdateAndDelete()
{
    const QString org = makeOrg();
    {
        Transaction tx(m_db->connection());
        AuditLog(tx.db()).append(event(org, QStringLiteral("original")));
        tx.commit();
    }
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE audit_log SET summary = 'forged' WHERE org_id = ?"));
    q.addBindValue(org);
    QVERIFY(!q.exec());
    QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
    q.prepare(QStringLiteral("DELETE FROM audit_log WHERE org_id = ?"));
    q.addBindValue(org);
    QVERIFY(!q.exec());
    QCOMPARE(readLog(org).value(0).value(QStringLiteral("summary")).toString(),
             QStringLiteral("original"));
}

void TestAuditLog::chainsArePerOrganisation()
{
    const QString a = makeOrg();
    const QString b = makeOrg();
    for (const QString& org : {a, b, a}) {
        Transaction tx(m_db->connection());
        AuditLog(tx.db()).append(event(org, QStringLiteral("x")));
        tx.commit();
    }
    QCOMPARE(readLog(a).size(), 2);
    QCOMPARE(readLog(b).size(), 1);
    QCOMPARE(readLog(b)[0].value(QStringLiteral("prev_hash")).toString(),
             AuditChain::genesisHash());
}

// A writer that inserts many rows per statement (bench's bulk loader) with seal() and
// insertValues(): the rows read back as exactly the sealed entries, and append() chains on.
void TestAuditLog::sealedRowsReadBackAndChainWithAppend()
{
    const QString org = makeOrg();
    {
        Transaction tx(m_db->connection());
        AuditLog(tx.db()).append(event(org, QStringLiteral("first")));
        tx.commit();
    }
    QList<QJsonObject> sealed;
    {
        Transaction tx(m_db->connection());
        QSqlQuery head(tx.db());
        head.prepare(
            QStringLiteral("SELECT last_seq, last_hash FROM audit_heads WHERE org_id = ?"));
        head.addBindValue(org);
        QVERIFY(head.exec() && head.next());
        qint64 seq = head.value(0).toLongLong();
        QString hash = head.value(1).toString();
        QVariantList values;
        for (int i = 0; i < 3; ++i) {
            const AuditEvent e = event(org, QStringLiteral("bulk %1").arg(i));
            sealed.append(AuditLog::seal(e, ++seq, hash));
            hash = sealed.last().value(QStringLiteral("hash")).toString();
            values += AuditLog::insertValues(e, sealed.last());
        }
        const qsizetype width = values.size() / 3;
        const QString row = QStringLiteral("(?") + QStringLiteral(", ?").repeated(width - 1) + u')';
        QSqlQuery insert(tx.db());
        insert.prepare(QStringLiteral("INSERT INTO audit_log (") + AuditLog::insertColumns() +
                       QStringLiteral(") VALUES ") +
                       QStringList(3, row).join(QStringLiteral(", ")));
        for (const QVariant& value : std::as_const(values)) {
            insert.addBindValue(value);
        }
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        QSqlQuery link(tx.db());
        link.prepare(
            QStringLiteral("UPDATE audit_heads SET last_seq = ?, last_hash = ? WHERE org_id = ?"));
        link.addBindValue(seq);
        link.addBindValue(hash);
        link.addBindValue(org);
        QVERIFY(link.exec());
        tx.commit();
    }
    {
        Transaction tx(m_db->connection());
        const QJsonObject last = AuditLog(tx.db()).append(event(org, QStringLiteral("after")));
        tx.commit();
        QCOMPARE(last.value(QStringLiteral("seq")).toInteger(), 5);
    }
    const auto entries = readLog(org);
    QCOMPARE(entries.size(), 5);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(entries.at(i + 1), sealed.at(i));
    }
    AuditChain chain;
    for (const QJsonObject& e : entries) {
        QVERIFY2(chain.append(e), qPrintable(chain.verdict().reason));
    }
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
