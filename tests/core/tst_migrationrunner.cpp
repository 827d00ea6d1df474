#include "core/MigrationRunner.h"
#include "core/SqlScriptSplitter.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace purser;

class TestMigrationRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void appliesInOrderOnceAndRecords();
    void failedMigrationLeavesNothing();
    void refusesNewerDatabase();
    void splitterKeepsTriggerAndDollarBodies();

private:
    void write(const QString& name, const QByteArray& sql);
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

void TestMigrationRunner::init()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
    m_db.setDatabaseName(m_dir.filePath(QStringLiteral("t.db")));
    QVERIFY(m_db.open());
}

void TestMigrationRunner::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    QFile::remove(m_dir.filePath(QStringLiteral("t.db")));
    for (const QString& f : QDir(m_dir.path()).entryList({QStringLiteral("*.sql")})) {
        QFile::remove(m_dir.filePath(f));
    }
}

void TestMigrationRunner::write(const QString& name, const QByteArray& sql)
{
    QFile f(m_dir.filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(sql);
}

void TestMigrationRunner::appliesInOrderOnceAndRecords()
{
    write(QStringLiteral("0001_people.sql"), "CREATE TABLE people (name TEXT);\n"
                                             "INSERT INTO people VALUES ('a');\n");
    write(QStringLiteral("0002_more.sql"), "INSERT INTO people VALUES ('b');\n");
    MigrationRunner runner(m_db, m_dir.path());
    QVERIFY2(runner.run(), qPrintable(runner.errorString()));
    QCOMPARE(runner.appliedNow(),
             QStringList({QStringLiteral("0001_people"), QStringLiteral("0002_more")}));
    QVERIFY(runner.run()); // idempotent: nothing applied twice
    QVERIFY(runner.appliedNow().isEmpty());
    QSqlQuery q(QStringLiteral("SELECT COUNT(*) FROM people"), m_db);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QCOMPARE(runner.appliedVersions(), QList<int>({1, 2}));
}

void TestMigrationRunner::failedMigrationLeavesNothing()
{
    write(QStringLiteral("0001_ok.sql"), "CREATE TABLE t (x INTEGER);\n");
    write(QStringLiteral("0002_bad.sql"),
          "INSERT INTO t VALUES (1);\nINSERT INTO nowhere VALUES (2);\n");
    MigrationRunner runner(m_db, m_dir.path());
    QVERIFY(!runner.run());
    QVERIFY(runner.errorString().contains(QStringLiteral("0002_bad")));
    QSqlQuery q(QStringLiteral("SELECT COUNT(*) FROM t"), m_db);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0); // the half-applied INSERT was rolled back
    QCOMPARE(runner.appliedVersions(), QList<int>({1}));
}

void TestMigrationRunner::refusesNewerDatabase()
{
    write(QStringLiteral("0001_ok.sql"), "CREATE TABLE t (x INTEGER);\n");
    MigrationRunner runner(m_db, m_dir.path());
    QVERIFY(runner.run());
    QSqlQuery q(m_db);
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO schema_migrations VALUES (7, '0007_future', '2030-01-01')")));
    QVERIFY(!runner.run());
    QVERIFY(runner.errorString().contains(QStringLiteral("newer")));
}

void TestMigrationRunner::splitterKeepsTriggerAndDollarBodies()
{
    const QString script =
        QStringLiteral("-- comment\n"
                       "CREATE TABLE a (x INTEGER);\n"
                       "CREATE TRIGGER no_update BEFORE UPDATE ON a\n"
                       "BEGIN\n"
                       "  SELECT RAISE(ABORT, 'append-only');\n"
                       "END;\n"
                       "CREATE FUNCTION f() RETURNS trigger AS $$\n"
                       "BEGIN\n"
                       "  RAISE EXCEPTION 'no';\n"
                       "END;\n"
                       "$$ LANGUAGE plpgsql;\n"
                       "CREATE TRIGGER t BEFORE DELETE ON a FOR EACH ROW EXECUTE FUNCTION f();\n");
    const QStringList statements = splitSqlScript(script);
    QCOMPARE(statements.size(), 4);
    QVERIFY(statements[1].contains(QStringLiteral("RAISE(ABORT")));
    QVERIFY(statements[1].endsWith(QStringLiteral("END;")));
    QVERIFY(statements[2].contains(QStringLiteral("RAISE EXCEPTION")));
    QVERIFY(statements[3].startsWith(QStringLiteral("CREATE TRIGGER t")));
}

QTEST_GUILESS_MAIN(TestMigrationRunner)
#include "tst_migrationrunner.moc"
