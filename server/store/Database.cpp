#include "server/store/Database.h"

#include "core/MigrationRunner.h"
#include "server/Logging.h"
#include "server/store/DatabaseUnavailable.h"
#include "server/store/NativeStatement.h"
#include "server/store/StoreError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>
#include <atomic>

static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace purser::server {
namespace {

std::atomic<int> g_nextThreadConnection{0};
std::atomic<int> g_openConnections{0};
thread_local QString t_connectionName;

QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    return text.simplified();
}

} // namespace

Database Database::sqlite(const QString& path)
{
    Database db;
    db.m_backend = Backend::Sqlite;
    db.m_sqlitePath = path;
    return db;
}

Database Database::postgres(const DatabaseUrl& url)
{
    Database db;
    db.m_backend = Backend::Postgres;
    db.m_url = url;
    return db;
}

QString Database::backendName() const
{
    return m_backend == Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgres");
}

bool Database::configureConnection(QSqlDatabase& db, QString* error) const
{
    if (!db.open()) {
        const QString where = m_backend == Backend::Sqlite ? m_sqlitePath : m_url->display();
        *error = QStringLiteral("cannot open the %1 database at %2: %3")
                     .arg(backendName(), where, oneLine(db.lastError().text()));
        return false;
    }
    if (m_backend == Backend::Sqlite) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
            *error =
                QStringLiteral("cannot configure SQLite: ") + oneLine(query.lastError().text());
            return false;
        }
    }
    return true;
}

bool Database::open(QString* error)
{
    initMigrationResources();
    m_mainName = QStringLiteral("purser-main");
    QSqlDatabase db;
    if (m_backend == Backend::Sqlite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_mainName);
        db.setDatabaseName(m_sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_mainName);
        db.setHostName(m_url->host);
        db.setPort(m_url->port);
        db.setUserName(m_url->user);
        db.setPassword(m_url->password);
        db.setDatabaseName(m_url->database);
        // The URL's TLS options (sslmode, sslrootcert, ...) reach libpq as given.
        QString options = QStringLiteral("connect_timeout=5;application_name=purser-server");
        if (!m_url->connectOptions().isEmpty()) {
            options += u';' + m_url->connectOptions();
        }
        db.setConnectOptions(options);
    }
    if (!db.isValid()) {
        *error = QStringLiteral("the Qt SQL driver for %1 is not installed").arg(backendName());
        return false;
    }
    if (!configureConnection(db, error)) {
        return false;
    }
    if (m_backend == Backend::Sqlite) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
            *error =
                QStringLiteral("cannot switch SQLite to WAL: ") + oneLine(query.lastError().text());
            return false;
        }
    }
    MigrationRunner runner(db, QStringLiteral(":/purser/server/migrations/") + backendName());
    if (!runner.run()) {
        *error = oneLine(runner.errorString());
        return false;
    }
    m_appliedMigrations = runner.appliedNow();
    const QList<int> versions = runner.appliedVersions();
    m_schemaVersion = versions.isEmpty() ? 0 : *std::max_element(versions.begin(), versions.end());
    ++g_openConnections;
    for (const QString& name : runner.appliedNow()) {
        qCInfo(lcStore) << "applied migration" << name;
    }
    qCInfo(lcStore) << "database ready:" << backendName();
    return true;
}

QSqlDatabase Database::connection() const
{
    if (t_connectionName.isEmpty()) {
        t_connectionName = QStringLiteral("purser-worker-%1").arg(++g_nextThreadConnection);
    }
    if (!QSqlDatabase::contains(t_connectionName)) {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(m_mainName, t_connectionName);
        QString error;
        if (!configureConnection(db, &error)) {
            throw DatabaseUnavailable(error);
        }
        applyServingRole(db);
        ++g_openConnections;
        qCDebug(lcStore) << "opened connection" << t_connectionName << "for thread"
                         << QThread::currentThreadId();
        return db;
    }
    QSqlDatabase db = QSqlDatabase::database(t_connectionName, false);
    if (!db.isOpen()) {
        // The last attempt to open it failed (the database was down): try again.
        QString error;
        if (!configureConnection(db, &error)) {
            throw DatabaseUnavailable(error);
        }
        applyServingRole(db);
        ++g_openConnections;
    }
    return db;
}

void Database::applyServingRole(QSqlDatabase& db) const
{
    if (m_backend != Backend::Postgres || m_servingRole.isEmpty()) {
        return;
    }
    QSqlQuery role(db);
    if (!role.exec(QStringLiteral("SET ROLE ") + m_servingRole)) {
        throw StoreError(QStringLiteral("cannot switch to the serving role"), role.lastError());
    }
}

void Database::closeThreadConnection() const
{
    if (t_connectionName.isEmpty()) {
        return;
    }
    bool wasOpen = false;
    {
        QSqlDatabase db = QSqlDatabase::database(t_connectionName, false);
        wasOpen = db.isOpen();
        NativeStatement::forgetConnection(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(t_connectionName);
    t_connectionName.clear();
    if (wasOpen) {
        --g_openConnections;
    }
}

bool Database::threadConnectionWorks() const
{
    if (t_connectionName.isEmpty() || !QSqlDatabase::contains(t_connectionName)) {
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(t_connectionName, false);
    if (!db.isOpen()) {
        return false;
    }
    QSqlQuery probe(db);
    return probe.exec(QStringLiteral("SELECT 1")) && probe.next();
}

int Database::openConnectionCount()
{
    return g_openConnections.load();
}

void Database::close()
{
    if (QSqlDatabase::contains(m_mainName)) {
        --g_openConnections;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_mainName, false);
        NativeStatement::forgetConnection(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_mainName);
}

void Database::exec(QSqlQuery& query, const char* context)
{
    if (!query.exec()) {
        throw StoreError(QLatin1String(context), query.lastError());
    }
}

} // namespace purser::server
