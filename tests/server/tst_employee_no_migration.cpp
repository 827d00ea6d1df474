// Migration 0140 (employee numbers unique whatever their letter case and surrounding spaces)
// on a database that already holds numbers colliding that way, on SQLite and on PostgreSQL
// (PURSER_TEST_BACKEND): it must not fail and must not rename anyone, and from then on the
// database itself refuses a new case variant (the unique index), while the rows that collided
// before stay readable and can be renamed out of the collision.
#include "core/MigrationRunner.h"
#include "tests/support/PostgresTestDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

using namespace purser;

namespace {
const QString kOrg = QStringLiteral("5a1e0000-0000-4000-8000-000000000001");
const QString kFirst = QStringLiteral("5a1e0000-0000-4000-8000-00000000000a");
const QString kCaseTwin = QStringLiteral("5a1e0000-0000-4000-8000-00000000000b");
const QString kSpaceTwin = QStringLiteral("5a1e0000-0000-4000-8000-00000000000c");
const QString kOther = QStringLiteral("5a1e0000-0000-4000-8000-00000000000d");
const QString kNew = QStringLiteral("5a1e0000-0000-4000-8000-00000000000e");
} // namespace

class TestEmployeeNoMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void collisionsBeforeTheRuleSurviveIt();

private:
    bool migrate(int upTo);
    bool exec(const QString& sql, const QVariantList& values = {});
    bool insertEmployee(const QString& id, const QString& number);
    int count(const QString& sql);

    QTemporaryDir m_dir;
    std::unique_ptr<test::PostgresTestDatabase> m_pg;
    QString m_backend;
    QSqlDatabase m_db;
};

void TestEmployeeNoMigration::initTestCase()
{
    Q_INIT_RESOURCE(migrations);
    m_backend = qEnvironmentVariable("PURSER_TEST_BACKEND") == u"postgres"
                    ? QStringLiteral("postgres")
                    : QStringLiteral("sqlite");
    if (m_backend == u"postgres") {
        m_pg = std::make_unique<test::PostgresTestDatabase>();
        PURSER_REQUIRE_POSTGRES(*m_pg);
        const QUrl url(m_pg->url());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("migration"));
        m_db.setHostName(url.host());
        m_db.setPort(url.port(5432));
        m_db.setUserName(url.userName());
        m_db.setPassword(url.password());
        m_db.setDatabaseName(url.path().mid(1));
    } else {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migration"));
        m_db.setDatabaseName(m_dir.filePath(QStringLiteral("purser.db")));
    }
    QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
}

void TestEmployeeNoMigration::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("migration"));
    m_pg.reset();
}

// Applies the server's migrations numbered up to upTo (copied from its resources).
bool TestEmployeeNoMigration::migrate(int upTo)
{
    const QString source = QStringLiteral(":/purser/server/migrations/") + m_backend;
    const QString target = m_dir.filePath(QStringLiteral("migrations"));
    QDir().mkpath(target);
    for (const QString& name : QDir(source).entryList({QStringLiteral("*.sql")})) {
        if (name.left(4).toInt() <= upTo && !QFile::exists(target + u'/' + name)) {
            QFile::copy(source + u'/' + name, target + u'/' + name);
        }
    }
    MigrationRunner runner(m_db, target);
    if (!runner.run()) {
        qWarning("%s", qPrintable(runner.errorString()));
        return false;
    }
    return true;
}

bool TestEmployeeNoMigration::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        qInfo("%s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

bool TestEmployeeNoMigration::insertEmployee(const QString& id, const QString& number)
{
    return exec(QStringLiteral("INSERT INTO employees (id, org_id, employee_no, full_name, email, "
                               "department, position, employment_type, start_date, status, "
                               "updated_at, change_seq) VALUES (?, ?, ?, 'A', 'a@acme.example', "
                               "'Finance', 'Clerk', 'full_time', '2026-01-05', 'active', "
                               "'2026-01-05T00:00:00Z', 1)"),
                {id, kOrg, number});
}

int TestEmployeeNoMigration::count(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

void TestEmployeeNoMigration::collisionsBeforeTheRuleSurviveIt()
{
    QVERIFY(migrate(139));
    if (m_backend == u"postgres") {
        // Row-level security applies to the table's owner too: act as the organisation.
        QVERIFY(exec(QStringLiteral("SELECT set_config('app.org_id', ?, false)"), {kOrg}));
    }
    QVERIFY(exec(QStringLiteral("INSERT INTO organizations (id, name, created_at) VALUES "
                                "(?, 'Acme', '2026-01-05T00:00:00Z')"),
                 {kOrg}));
    QVERIFY(insertEmployee(kFirst, QStringLiteral("E0001")));
    QVERIFY(insertEmployee(kCaseTwin, QStringLiteral("e0001")));
    QVERIFY(insertEmployee(kSpaceTwin, QStringLiteral("E0001 ")));
    QVERIFY(insertEmployee(kOther, QStringLiteral("E0002")));

    QVERIFY(migrate(149)); // does not fail on the collisions
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM employees")), 4); // nobody renamed
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM employees WHERE employee_no IN "
                                  "('E0001', 'e0001', 'E0001 ')")),
             3);
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM employees WHERE employee_no_legacy_duplicate = 1")),
             2);
    // From now on the database refuses a case variant, whoever writes it.
    QVERIFY(!insertEmployee(kNew, QStringLiteral("E0002 ")));
    QVERIFY(!insertEmployee(kNew, QStringLiteral("e0002")));
    QVERIFY(!insertEmployee(kNew, QStringLiteral("E0001")));
    QVERIFY(insertEmployee(kNew, QStringLiteral("E0003")));
    // A marked row renamed out of the collision is an ordinary row again (EmployeeStore's
    // update clears the mark when the number changes).
    QVERIFY(exec(QStringLiteral("UPDATE employees SET employee_no_legacy_duplicate = 0, "
                                "employee_no = 'E0004' WHERE id = ?"),
                 {kCaseTwin}));
    QVERIFY(!exec(QStringLiteral("UPDATE employees SET employee_no_legacy_duplicate = 0, "
                                 "employee_no = 'e0004 ' WHERE id = ?"),
                  {kSpaceTwin}));
}

QTEST_GUILESS_MAIN(TestEmployeeNoMigration)
#include "tst_employee_no_migration.moc"
