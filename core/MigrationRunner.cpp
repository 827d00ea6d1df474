#include "core/MigrationRunner.h"

#include "core/SqlScriptSplitter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace purser {

MigrationRunner::MigrationRunner(QSqlDatabase database, QString folder)
    : m_db(std::move(database)), m_folder(std::move(folder))
{
}

QList<MigrationRunner::Migration> MigrationRunner::available() const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QStringList files =
        QDir(m_folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = pattern.match(file);
        if (match.hasMatch()) {
            migrations.append(
                Migration{match.captured(1).toInt(), file.chopped(4), m_folder + u'/' + file});
        }
    }
    return migrations;
}

bool MigrationRunner::ensureTable()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                   "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                   "applied_at TEXT NOT NULL)"))) {
        m_error = QStringLiteral("cannot create schema_migrations: ") + query.lastError().text();
        return false;
    }
    return true;
}

QList<int> MigrationRunner::appliedVersions() const
{
    QList<int> versions;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version"))) {
        while (query.next()) {
            versions.append(query.value(0).toInt());
        }
    }
    return versions;
}

bool MigrationRunner::run()
{
    m_appliedNow.clear();
    m_error.clear();
    if (!ensureTable()) {
        return false;
    }
    const QList<Migration> known = available();
    if (known.isEmpty()) {
        m_error = QStringLiteral("no migrations found in ") + m_folder;
        return false;
    }
    const QList<int> applied = appliedVersions();
    if (!applied.isEmpty() && applied.last() > known.last().version) {
        m_error = QStringLiteral("the database is at schema version %1, newer than this build "
                                 "knows (%2); upgrade the program")
                      .arg(applied.last())
                      .arg(known.last().version);
        return false;
    }
    for (const Migration& migration : known) {
        if (applied.contains(migration.version)) {
            continue;
        }
        if (!apply(migration)) {
            return false;
        }
        m_appliedNow.append(migration.name);
    }
    return true;
}

bool MigrationRunner::apply(const Migration& migration)
{
    QFile file(migration.path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read migration ") + migration.name;
        return false;
    }
    const QStringList statements = splitSqlScript(QString::fromUtf8(file.readAll()));
    if (!m_db.transaction()) {
        m_error = QStringLiteral("cannot start a transaction: ") + m_db.lastError().text();
        return false;
    }
    QSqlQuery query(m_db);
    for (const QString& statement : statements) {
        if (!query.exec(statement)) {
            m_error = QStringLiteral("migration %1 failed: %2")
                          .arg(migration.name, query.lastError().text());
            m_db.rollback();
            return false;
        }
    }
    query.prepare(QStringLiteral(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
    query.addBindValue(migration.version);
    query.addBindValue(migration.name);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec() || !m_db.commit()) {
        m_error = QStringLiteral("cannot record migration %1: %2")
                      .arg(migration.name, query.lastError().text());
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace purser
