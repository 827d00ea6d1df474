// The audit log writer against a real database, on SQLite and on PostgreSQL: entries chain
// and verify with core's AuditChain, a change and its entry roll back together, and the
// database itself refuses UPDATE and DELETE on the log.
#include "core/AuditChain.h"
#include "server/audit/AuditLog.h"
#include "server/audit/AuditPageWriter.h"
#include "server/store/Database.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/StoreError.h"
#include "server/store/Transaction.h"
#include "tests/support/PostgresTestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
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
    void pageWriterMatchesEntryJson();
    void stableJsonIsRecognised();

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

// GET /audit-log pages are written by AuditPageWriter straight from the rows; they must be
// byte for byte the QJsonDocument of entryFromRecord's objects, whatever the rows hold.
void TestAuditLog::pageWriterMatchesEntryJson()
{
    const QString org = makeOrg();
    {
        Transaction tx(m_db->connection(), org);
        AuditLog log(tx.db());
        log.append(event(org, QStringLiteral("Plain")));
        AuditEvent odd = event(org, QString::fromUtf8("Quote \" back\\slash \t tab \n newline "
                                                      "\x01\x1f controls, \xc3\xbcn\xc3\xaf"
                                                      "c\xc3\xb8"
                                                      "d\xc3\xa9 \xf0\x9f\x98\x80 </script>\x7f"));
        odd.actor.id.clear();
        odd.entityId.clear();
        odd.ip = QStringLiteral("::1");
        odd.changes = {
            {QStringLiteral("amount"), AuditEvent::change(520000, 530000)},
            // Canonical JSON holds integers only (exact in a double); fractions and exponents
            // are in the hand-written rows below.
            {QStringLiteral("big"), AuditEvent::change(-7, 9007199254740992.0)},
            {QStringLiteral("list"),
             QJsonArray{1, QStringLiteral("two"), QJsonValue::Null, true, QJsonArray{}}},
            {QStringLiteral("Zeta"), QJsonObject{}},
            {QString::fromUtf8("\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87"), AuditEvent::change(1, 2)},
            {QStringLiteral("nested"),
             QJsonObject{{QStringLiteral("z"), -1}, {QStringLiteral("a"), QJsonValue::Null}}}};
        log.append(odd);
        tx.commit();
    }
    // Rows written by hand (not canonical, or not JSON at all) take the slow path.
    const QStringList handWritten = {
        QStringLiteral(R"({"b": 1, "a": [1.50, 1E3, -0]})"), QStringLiteral("not json"),
        QStringLiteral(R"({"a":"\u0041\/","a":2})"), QStringLiteral(R"([1,2])"),
        QStringLiteral(R"({"a":100000000000000000000})")};
    for (int i = 0; i < handWritten.size(); ++i) {
        QSqlQuery insert(m_db->connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO audit_log (org_id, seq, id, occurred_at, actor_kind, actor_id, "
            "actor_display, channel, action, entity_type, entity_id, summary, changes, ip, "
            "user_agent, request_id, prev_hash, hash) VALUES (?, ?, ?, ?, 'system', NULL, "
            "'System', 'system', 'note', 'organization', NULL, 'Hand written', ?, NULL, NULL, "
            "NULL, 'p', 'h')"));
        insert.addBindValue(org);
        insert.addBindValue(100 + i);
        insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        insert.addBindValue(QStringLiteral("2026-11-21T10:00:00.000Z"));
        insert.addBindValue(handWritten.at(i));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }

    for (const bool hasMore : {false, true}) {
        QSqlQuery q(m_db->connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ") + AuditLog::columns() +
                  QStringLiteral(" FROM audit_log WHERE org_id = ? ORDER BY seq"));
        q.addBindValue(org);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        AuditPageWriter page(q);
        QJsonArray items;
        while (q.next()) {
            items.append(AuditLog::entryFromRecord(q.record()));
            page.append(q);
        }
        QCOMPARE(page.count(), 2 + handWritten.size());
        const QByteArray expected =
            QJsonDocument(QJsonObject{{QStringLiteral("items"), items},
                                      {QStringLiteral("has_more"), hasMore}})
                .toJson(QJsonDocument::Compact);
        QCOMPARE(page.finish(hasMore), expected);
    }
}

void TestAuditLog::stableJsonIsRecognised()
{
    QVERIFY(AuditPageWriter::isStableJson(R"({})"));
    QVERIFY(AuditPageWriter::isStableJson(
        R"({"a":[1,-2,0,"x\"\\\n\u001f",true,false,null,{}],"b":{"c":"é"}})"));
    QVERIFY(!AuditPageWriter::isStableJson(R"({"b":1,"a":2})"));  // unsorted keys
    QVERIFY(!AuditPageWriter::isStableJson(R"({"a":1,"a":2})"));  // repeated key
    QVERIFY(!AuditPageWriter::isStableJson(R"({"a":1.5})"));      // a fraction
    QVERIFY(!AuditPageWriter::isStableJson(R"({"a":1e5})"));      // an exponent
    QVERIFY(!AuditPageWriter::isStableJson(R"({"a":-0})"));       // negative zero
    QVERIFY(!AuditPageWriter::isStableJson(R"({"a":01})"));       // leading zero
    QVERIFY(!AuditPageWriter::isStableJson(R"({"a":"\u0041"})")); // an escape Qt would not write
    QVERIFY(!AuditPageWriter::isStableJson(R"({"a":"\/"})"));     // likewise
    QVERIFY(!AuditPageWriter::isStableJson(R"({"a":"\u000a"})")); // Qt writes \n
    QVERIFY(!AuditPageWriter::isStableJson(R"({ "a":1})"));       // whitespace
    QVERIFY(!AuditPageWriter::isStableJson(R"({"a":1}x)"));       // trailing bytes
    QVERIFY(!AuditPageWriter::isStableJson(R"([1])"));            // not an object
    QVERIFY(!AuditPageWriter::isStableJson(R"({"a":"x)"));        // unterminated
    QVERIFY(!AuditPageWriter::isStableJson("{\"a\":\"\xc3\"}"));  // broken UTF-8
    QVERIFY(!AuditPageWriter::isStableJson("{\"a\":\"\xed\xa0\x80\"}"));  // a surrogate
    QVERIFY(!AuditPageWriter::isStableJson("{\"a\":\"\t\"}"));            // a raw control character
    QVERIFY(!AuditPageWriter::isStableJson(R"({"a":1234567890123456})")); // past 15 digits
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
