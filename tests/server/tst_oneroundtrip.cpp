// runInOneRoundTrip against a real database, on SQLite and on PostgreSQL: hostile values
// written into the statement by the driver's escaping come back exactly as they went in and
// never change the statement; a ? inside a quoted literal is not a placeholder; a count of
// values that differs from the placeholders is refused.
#include "server/store/Database.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/OneRoundTrip.h"
#include "server/store/StoreError.h"
#include "tests/support/PostgresTestDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace purser;
using namespace purser::server;

class TestOneRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hostileValuesComeBackUnchanged();
    void placeholdersInLiteralsAreText();
    void countsMustMatch();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::PostgresTestDatabase> m_pg;
    std::unique_ptr<Database> m_db;
};

void TestOneRoundTrip::initTestCase()
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

void TestOneRoundTrip::cleanupTestCase()
{
    if (m_db) {
        m_db->close();
    }
    m_db.reset();
    m_pg.reset();
}

void TestOneRoundTrip::hostileValuesComeBackUnchanged()
{
    const QStringList hostile{
        QStringLiteral("it's"),
        QStringLiteral("'; DROP TABLE users; --"),
        QStringLiteral("back\\slash\\' and \\\\"),
        QStringLiteral("$$dollar$$ $tag$ ? ?? :name @p"),
        QStringLiteral("\"double\" quotes"),
        QString::fromUtf16(u"\u00e9 \U0001F600 \u2028 tab\tnewline\n"),
        QString(),
    };
    for (const QString& text : hostile) {
        QSqlQuery q(m_db->connection());
        runInOneRoundTrip(q, QStringLiteral("SELECT ?, ?, ?"),
                          {text, qint64(-9007199254740991), true}, "echo");
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), text);
        QCOMPARE(q.value(1).toLongLong(), qint64(-9007199254740991));
        QVERIFY(q.value(2).toBool());
    }
    // Still there: nothing above ran as a statement of its own.
    QSqlQuery count(m_db->connection());
    runInOneRoundTrip(count, QStringLiteral("SELECT count(*) FROM users WHERE email = ?"),
                      {hostile.at(1)}, "count");
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 0);
    QSqlQuery null(m_db->connection());
    runInOneRoundTrip(null, QStringLiteral("SELECT ? IS NULL"),
                      {QVariant(QMetaType(QMetaType::QString))}, "null");
    QVERIFY(null.next());
    QVERIFY(null.value(0).toBool());
}

void TestOneRoundTrip::placeholdersInLiteralsAreText()
{
    QSqlQuery q(m_db->connection());
    runInOneRoundTrip(q, QStringLiteral("SELECT 'what?', ?, 'it''s ?'"), {QStringLiteral("x")},
                      "literal");
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("what?"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("x"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("it's ?"));
}

void TestOneRoundTrip::countsMustMatch()
{
    QSqlQuery q(m_db->connection());
    QVERIFY_THROWS_EXCEPTION(StoreError, runInOneRoundTrip(q, QStringLiteral("SELECT ?, ?"),
                                                           {QStringLiteral("one")}, "too few"));
    QVERIFY_THROWS_EXCEPTION(
        StoreError, runInOneRoundTrip(q, QStringLiteral("SELECT ?"),
                                      {QStringLiteral("one"), QStringLiteral("two")}, "too many"));
}

QTEST_GUILESS_MAIN(TestOneRoundTrip)
#include "tst_oneroundtrip.moc"
