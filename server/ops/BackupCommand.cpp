#include "server/ops/BackupCommand.h"

#include "PurserVersion.h"
#include "server/Logging.h"
#include "server/ops/AdminCommands.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>

namespace purser::server {
namespace {

constexpr auto kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

// Copies a folder tree; returns the number of files copied, -1 on failure.
// The encryption-at-rest master key never goes into a backup (server/README.md,
// "Encryption at rest"): a stolen backup must not carry the key that opens it.
bool isMasterKeyFile(const QString& path, const QString& configuredMasterKey)
{
    const QFileInfo info(path);
    return info.fileName().startsWith(QStringLiteral("master.key")) ||
           (!configuredMasterKey.isEmpty() &&
            info.absoluteFilePath() == QFileInfo(configuredMasterKey).absoluteFilePath());
}

int copyTree(const QString& from, const QString& to, QString* error,
             const QString& configuredMasterKey = QString())
{
    if (!QFileInfo(from).isDir()) {
        return 0;
    }
    int files = 0;
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        if (isMasterKeyFile(source, configuredMasterKey)) {
            continue;
        }
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target)) {
            *error = QStringLiteral("cannot copy %1 into the backup").arg(source);
            return -1;
        }
        QFile::setPermissions(target, kOwnerOnly);
        ++files;
    }
    return files;
}

QString sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// VACUUM INTO reads the live database in one read transaction (WAL lets the server keep
// writing meanwhile) and writes a compact, self-contained copy.
bool snapshotSqlite(const QString& source, const QString& target, int* schemaVersion,
                    QString* error)
{
    const QString name = QStringLiteral("purser-backup");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(source);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            *error = QStringLiteral("cannot open the SQLite database %1").arg(source);
        } else {
            QSqlQuery version(db);
            if (version.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) &&
                version.next()) {
                *schemaVersion = version.value(0).toInt();
            }
            version.finish(); // VACUUM refuses to run while a statement is open
            QSqlQuery vacuum(db);
            vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
            vacuum.addBindValue(target);
            ok = vacuum.exec();
            if (!ok) {
                qCWarning(lcStore).noquote() << "VACUUM INTO failed:" << vacuum.lastError().text();
                *error = QStringLiteral("the SQLite snapshot failed (see the log above)");
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

int BackupCommand::run()
{
    const int code = write();
    if (code != 0 && m_created) {
        // Never leave a half-written backup that looks like a real one.
        QDir(QDir(m_options.backupOut).absolutePath()).removeRecursively();
    }
    return code;
}

int BackupCommand::write()
{
    const QString out = QDir(m_options.backupOut).absolutePath();
    if (QFileInfo::exists(out)) {
        return AdminCommands::fail(
            QStringLiteral("%1 already exists; backup writes a new folder").arg(out));
    }
    if (!QDir().mkpath(out) || !QFile::setPermissions(out, kOwnerOnly | QFile::ExeOwner)) {
        return AdminCommands::fail(QStringLiteral("cannot create the folder %1").arg(out));
    }
    m_created = true;
    const QString dataDir = QDir(m_options.dataDir).absolutePath();
    QString error;
    QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("purser-backup-1")},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("server_version"), QStringLiteral(PURSER_VERSION)},
    };
    if (m_options.databaseUrl.isEmpty()) {
        const QString source = dataDir + QStringLiteral("/purser.db");
        if (!QFileInfo::exists(source)) {
            return AdminCommands::fail(
                QStringLiteral("there is no database at %1 to back up").arg(source));
        }
        const QString target = out + QStringLiteral("/purser.db");
        int schemaVersion = 0;
        if (!snapshotSqlite(source, target, &schemaVersion, &error)) {
            return AdminCommands::fail(error);
        }
        QFile::setPermissions(target, kOwnerOnly);
        manifest.insert(QStringLiteral("database"), QStringLiteral("sqlite"));
        manifest.insert(QStringLiteral("schema_version"), schemaVersion);
        manifest.insert(QStringLiteral("database_file"), QStringLiteral("purser.db"));
        manifest.insert(QStringLiteral("database_sha256"), sha256Of(target));
    } else {
        manifest.insert(QStringLiteral("database"), QStringLiteral("postgres"));
        manifest.insert(QStringLiteral("database_file"), QJsonValue());
        std::fputs("note: the PostgreSQL database is not in this backup; dump it with pg_dump "
                   "(see README, Running in production)\n",
                   stderr);
    }
    const int uploads =
        copyTree(dataDir + QStringLiteral("/uploads"), out + QStringLiteral("/uploads"), &error);
    if (uploads < 0) {
        return AdminCommands::fail(error);
    }
    // The TLS identity (clients pin it) and the audit checkpoint signing keys (old checkpoints
    // verify only with them) belong with the data.
    for (const QString& folder : {QStringLiteral("tls"), QStringLiteral("keys")}) {
        if (copyTree(dataDir + u'/' + folder, out + u'/' + folder, &error,
                     m_options.masterKeyFile) < 0) {
            return AdminCommands::fail(error);
        }
    }
    manifest.insert(QStringLiteral("upload_files"), uploads);
    QFile file(out + QStringLiteral("/backup.json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(manifest).toJson()) < 0 ||
        !file.flush()) {
        return AdminCommands::fail(QStringLiteral("cannot write %1").arg(file.fileName()));
    }
    file.close();
    std::printf("backup written to %s\n", qPrintable(out));
    std::fflush(stdout);
    return 0;
}

} // namespace purser::server
