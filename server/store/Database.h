#pragma once

#include "server/store/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace purser::server {

// The server's database: embedded SQLite in the data folder, or PostgreSQL. Opens a main
// connection (migrations, seeding) and gives each worker thread its own clone, because a
// QSqlDatabase connection may only be used by the thread that opened it.
class Database
{
public:
    enum class Backend
    {
        Sqlite,
        Postgres,
    };

    static Database sqlite(const QString& path);
    static Database postgres(const DatabaseUrl& url);

    Backend backend() const { return m_backend; }
    QString backendName() const; // "sqlite" | "postgres"

    // Opens the main connection and runs the migrations. One-line error on failure.
    bool open(QString* error);
    // The connection of the calling thread (opened on first use). Throws StoreError.
    QSqlDatabase connection() const;
    // From now on every new per-thread connection runs SET ROLE role (PostgreSQL only): the
    // server serves as purser_app, which owns no table and is bound by row-level security.
    void setServingRole(const QString& role) { m_servingRole = role; }
    // Closes the calling thread's connection (worker threads call this when they end, and
    // DatabaseRetry when it was lost); the next connection() opens a fresh one.
    void closeThreadConnection() const;
    // True when the calling thread has an open connection that still answers a query (one
    // round trip); false after the server restarted or the network dropped it.
    bool threadConnectionWorks() const;
    void close();

    // Connections open in this process now (main plus per-thread), for GET /metrics.
    static int openConnectionCount();
    // Names of the migrations the last open() applied, e.g. "0001_initial".
    QStringList appliedMigrations() const { return m_appliedMigrations; }
    // The highest migration version the database is at after open().
    int schemaVersion() const { return m_schemaVersion; }

    // Runs a statement; throws StoreError on failure.
    static void exec(QSqlQuery& query, const char* context);

private:
    bool configureConnection(QSqlDatabase& db, QString* error) const;
    void applyServingRole(QSqlDatabase& db) const; // throws StoreError

    Backend m_backend = Backend::Sqlite;
    QString m_sqlitePath;
    std::optional<DatabaseUrl> m_url;
    QString m_mainName;
    QString m_servingRole;
    QStringList m_appliedMigrations;
    int m_schemaVersion = 0;
};

} // namespace purser::server
