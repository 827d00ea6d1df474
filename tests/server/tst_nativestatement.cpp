// NativeStatement (libpq, SQLite's C API under Qt's drivers) against a real database, on
// SQLite and on PostgreSQL: hostile values come back exactly as they went in, a statement is
// prepared once per connection and prepared again when the server forgot it, it runs inside
// the caller's transaction, times read from the database's text equal what Qt's driver reads,
// a failure is a StoreError without the row values the database quoted, and a closed
// connection's statements are gone with it.
#include "core/Rfc3339.h"
#include "server/store/Database.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/NativeStatement.h"
#include "server/store/SqlValues.h"
#include "server/store/StoreError.h"
#include "server/store/Transaction.h"
#include "tests/support/PostgresTestDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace purser;
using namespace purser::server;

class TestNativeStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hostileValuesComeBackUnchanged();
    void placeholdersInLiteralsAreText();
    void preparedOncePerConnection();
    void forgottenStatementIsPreparedAgain();
    void runsInsideTheTransaction();
    void followsAnUnfinishedQtQuery();
    void sameStatementNested();
    void timesAndDatesReadAsQtReadsThem();
    void failureNamesNoRowValues();
    void reopenedConnectionStartsAfresh();

private:
    bool postgres() const { return m_db->backend() == Database::Backend::Postgres; }
    qint64 preparedCount(const QString& like);

    QTemporaryDir m_dir;
    std::unique_ptr<test::PostgresTestDatabase> m_pg;
    std::unique_ptr<Database> m_db;
};

void TestNativeStatement::initTestCase()
{
    QString error;
    if (qEnvironmentVariable("PURSER_TEST_BACKEND") == u"postgres") {
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

void TestNativeStatement::cleanupTestCase()
{
    if (m_db) {
        m_db->closeThreadConnection();
        m_db->close();
    }
    m_db.reset();
    m_pg.reset();
}

qint64 TestNativeStatement::preparedCount(const QString& like)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE ?"));
    q.addBindValue(like);
    Database::exec(q, "count prepared");
    return q.next() ? q.value(0).toLongLong() : -1;
}

void TestNativeStatement::hostileValuesComeBackUnchanged()
{
    const QStringList hostile{
        QStringLiteral("it's"),
        QStringLiteral("'; DROP TABLE users; --"),
        QStringLiteral("back\\slash\\' and \\\\"),
        QStringLiteral("$$dollar$$ $tag$ ? ?? :name @p $1"),
        QStringLiteral("\"double\" quotes"),
        QString::fromUtf16(u"\u00e9 \U0001F600 \u2028 tab\tnewline\n"),
        QString(),
    };
    for (const QString& text : hostile) {
        NativeStatement q(m_db->connection(), "SELECT ?, ?, ?", "echo");
        q.bind(text).bind(qint64(-9007199254740991)).bindNull();
        q.exec();
        QVERIFY(q.next());
        QCOMPARE(q.text(0), text);
        QCOMPARE(q.integer(1), qint64(-9007199254740991));
        QVERIFY(q.isNull(2));
        QCOMPARE(q.optionalText(2), std::nullopt);
        QVERIFY(!q.next());
    }
    NativeStatement count(m_db->connection(), "SELECT count(*) FROM users WHERE email = ?",
                          "count");
    count.bind(hostile.at(1)).exec();
    QVERIFY(count.next());
    QCOMPARE(count.integer(0), 0);
}

void TestNativeStatement::placeholdersInLiteralsAreText()
{
    NativeStatement q(m_db->connection(), "SELECT 'what?', ?, 'it''s ?'", "literal");
    q.bind(QStringLiteral("x")).exec();
    QVERIFY(q.next());
    QCOMPARE(q.text(0), QStringLiteral("what?"));
    QCOMPARE(q.text(1), QStringLiteral("x"));
    QCOMPARE(q.text(2), QStringLiteral("it's ?"));
}

void TestNativeStatement::preparedOncePerConnection()
{
    if (!postgres()) {
        QSKIP("SQLite keeps compiled statements in the process; nothing to count from SQL");
    }
    for (int i = 0; i < 5; ++i) {
        NativeStatement q(m_db->connection(), "SELECT ? AS prepared_once_marker", "marker");
        q.bind(qint64(i)).exec();
        QVERIFY(q.next());
        QCOMPARE(q.integer(0), i);
    }
    QCOMPARE(preparedCount(QStringLiteral("%prepared_once_marker%")), 1);
}

void TestNativeStatement::forgottenStatementIsPreparedAgain()
{
    if (!postgres()) {
        QSKIP("only PostgreSQL can forget a prepared statement (DEALLOCATE, a pooler)");
    }
    {
        NativeStatement q(m_db->connection(), "SELECT ? AS forgotten_marker", "marker");
        q.bind(qint64(1)).exec();
    }
    QSqlQuery discard(m_db->connection());
    QVERIFY(discard.exec(QStringLiteral("DEALLOCATE ALL")));
    QCOMPARE(preparedCount(QStringLiteral("%forgotten_marker%")), 0);
    NativeStatement again(m_db->connection(), "SELECT ? AS forgotten_marker", "marker");
    again.bind(qint64(2)).exec();
    QVERIFY(again.next());
    QCOMPARE(again.integer(0), 2);
    // Every other name went too: a statement prepared before runs inside a transaction.
    Transaction tx(m_db->connection());
    NativeStatement other(tx.db(), "SELECT ? AS prepared_once_marker", "other");
    other.bind(qint64(3)).exec();
    QVERIFY(other.next());
    QCOMPARE(other.integer(0), 3);
}

void TestNativeStatement::runsInsideTheTransaction()
{
    const QString email = QStringLiteral("native-tx@example.com");
    const auto countUsers = [&] {
        NativeStatement q(m_db->connection(), "SELECT count(*) FROM users WHERE email = ?",
                          "count");
        q.bind(email).exec();
        return q.next() ? q.integer(0) : -1;
    };
    {
        Transaction tx(m_db->connection());
        QSqlQuery insert(tx.db());
        insert.prepare(QStringLiteral("INSERT INTO users (id, email, name, password_hash, "
                                      "created_at) VALUES (?, ?, ?, ?, ?)"));
        insert.addBindValue(QStringLiteral("6f1c0d53-8f8e-4c55-9a57-0a6f7d3c2b11"));
        insert.addBindValue(email);
        insert.addBindValue(QStringLiteral("Native"));
        insert.addBindValue(QStringLiteral("x"));
        insert.addBindValue(sql::time(QDateTime::currentDateTimeUtc()));
        Database::exec(insert, "insert user");
        QCOMPARE(countUsers(), 1); // the transaction's own uncommitted row
        // rolled back when tx goes out of scope without commit()
    }
    QCOMPARE(countUsers(), 0);
}

void TestNativeStatement::followsAnUnfinishedQtQuery()
{
    // Qt's PostgreSQL driver reads a forward-only result a row at a time; a native statement
    // run before that result was read to the end must not fail with "another command is
    // already in progress".
    QSqlQuery rows(m_db->connection());
    rows.setForwardOnly(true);
    QVERIFY(rows.exec(QStringLiteral("SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3")));
    QVERIFY(rows.next());
    NativeStatement q(m_db->connection(), "SELECT ?", "after qt");
    q.bind(QStringLiteral("fine")).exec();
    QVERIFY(q.next());
    QCOMPARE(q.text(0), QStringLiteral("fine"));
}

void TestNativeStatement::sameStatementNested()
{
    const QByteArray sql = "SELECT ? UNION ALL SELECT ?";
    NativeStatement outer(m_db->connection(), sql, "outer");
    outer.bind(QStringLiteral("a")).bind(QStringLiteral("b")).exec();
    QStringList seen;
    while (outer.next()) {
        seen.append(outer.text(0));
        NativeStatement inner(m_db->connection(), sql, "inner");
        inner.bind(QStringLiteral("x")).bind(QStringLiteral("y")).exec();
        QVERIFY(inner.next());
        QCOMPARE(inner.text(0), QStringLiteral("x"));
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void TestNativeStatement::timesAndDatesReadAsQtReadsThem()
{
    // What each database hands back for the server's own writes (milliseconds) and for its
    // defaults (microseconds on PostgreSQL), with offsets other than UTC too. Fixed values:
    // the two reads below are two statements, so now() would differ between them.
    const QStringList times =
        postgres() ? QStringList{QStringLiteral("TIMESTAMPTZ '2026-12-06 01:02:03.123+00'"),
                                 QStringLiteral("TIMESTAMPTZ '2026-12-06 01:02:03.123456+00'"),
                                 QStringLiteral("TIMESTAMPTZ '2026-12-06 01:02:03.9996+00'"),
                                 QStringLiteral("TIMESTAMPTZ '2026-12-06 01:02:03+05:30'"),
                                 QStringLiteral("TIMESTAMPTZ '1999-12-31 23:59:59.5-08'")}
                   : QStringList{QStringLiteral("'2026-12-06T01:02:03.123Z'"),
                                 QStringLiteral("'2026-12-06T01:02:03Z'"),
                                 QStringLiteral("'2026-12-06T01:02:03.123+05:30'"),
                                 QStringLiteral("'2026-12-06 01:02:03.123'")};
    for (const QString& expression : times) {
        const QByteArray sql = "SELECT " + expression.toUtf8() + ", DATE '2024-02-29'";
        const QByteArray sqliteSql = "SELECT " + expression.toUtf8() + ", '2024-02-29'";
        QSqlQuery viaQt(m_db->connection());
        QVERIFY(viaQt.exec(QString::fromUtf8(postgres() ? sql : sqliteSql)));
        QVERIFY(viaQt.next());
        NativeStatement native(m_db->connection(), postgres() ? sql : sqliteSql, "times");
        native.exec();
        QVERIFY(native.next());
        QCOMPARE(native.time(0), sql::timeFrom(viaQt.value(0)));
        QCOMPARE(native.time(0).timeSpec(), Qt::UTC);
        QCOMPARE(native.date(1), sql::dateFrom(viaQt.value(1)));
    }
}

void TestNativeStatement::failureNamesNoRowValues()
{
    const QString secret = QStringLiteral("secret-value-in-a-row@example.com");
    QSqlQuery insert(m_db->connection());
    insert.prepare(QStringLiteral("INSERT INTO users (id, email, name, password_hash, "
                                  "created_at) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(QStringLiteral("0b7e7f59-14a1-4f38-8a4b-2f7b4c9d3e21"));
    insert.addBindValue(secret);
    insert.addBindValue(QStringLiteral("Once"));
    insert.addBindValue(QStringLiteral("x"));
    insert.addBindValue(sql::time(QDateTime::currentDateTimeUtc()));
    Database::exec(insert, "insert user");
    NativeStatement duplicate(m_db->connection(),
                              "INSERT INTO users (id, email, name, password_hash, created_at) "
                              "VALUES (?, ?, ?, ?, ?)",
                              "insert duplicate user");
    duplicate.bind(QStringLiteral("9a0e3c55-0e8b-4f0e-b4a5-7c0d1e2f3a44"))
        .bind(secret)
        .bind(QStringLiteral("Twice"))
        .bind(QStringLiteral("x"))
        .bind(toRfc3339(QDateTime::currentDateTimeUtc()));
    try {
        duplicate.exec();
        QFAIL("a duplicate email was inserted");
    } catch (const StoreError& e) {
        const QString what = QString::fromUtf8(e.what());
        QVERIFY2(what.startsWith(QStringLiteral("insert duplicate user: ")), e.what());
        QVERIFY2(!what.contains(secret), e.what());
    }
    const auto runBroken = [&] {
        NativeStatement broken(m_db->connection(), "SELEC nothing", "broken");
        broken.exec();
    };
    QVERIFY_THROWS_EXCEPTION(StoreError, runBroken());
}

void TestNativeStatement::reopenedConnectionStartsAfresh()
{
    {
        NativeStatement q(m_db->connection(), "SELECT ? AS reopened_marker", "before");
        q.bind(qint64(1)).exec();
        QVERIFY(q.next());
    }
    m_db->closeThreadConnection();
    QVERIFY(!m_db->threadConnectionWorks());
    NativeStatement q(m_db->connection(), "SELECT ? AS reopened_marker", "after");
    q.bind(qint64(2)).exec();
    QVERIFY(q.next());
    QCOMPARE(q.integer(0), 2);
    if (postgres()) {
        QCOMPARE(preparedCount(QStringLiteral("%reopened_marker%")), 1);
    }
}

QTEST_GUILESS_MAIN(TestNativeStatement)
#include "tst_nativestatement.moc"
