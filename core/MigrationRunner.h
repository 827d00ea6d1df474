#pragma once

#include "purser_core_export.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace purser {

// Applies versioned SQL migrations in order, each in its own transaction, and records them in
// schema_migrations. Files are named NNNN_description.sql in one folder (usually a Qt resource
// folder per backend). Running it again applies only what is new; a database that has a
// version this build does not know is refused rather than guessed at.
class PURSER_CORE_EXPORT MigrationRunner
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString path;
    };

    MigrationRunner(QSqlDatabase database, QString folder);

    // Returns false and sets errorString() on the first failure; nothing of the failed
    // migration stays applied.
    bool run();

    QList<Migration> available() const;
    QList<int> appliedVersions() const;
    // Names of the migrations the last run() applied, e.g. "0001_initial".
    QStringList appliedNow() const { return m_appliedNow; }
    QString errorString() const { return m_error; }

private:
    bool ensureTable();
    bool apply(const Migration& migration);

    QSqlDatabase m_db;
    QString m_folder;
    QStringList m_appliedNow;
    QString m_error;
};

} // namespace purser
