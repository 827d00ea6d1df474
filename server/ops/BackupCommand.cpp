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
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>
#include <optional>

namespace purser::server {
namespace {

constexpr auto kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

// The encryption-at-rest master key never goes into a backup (server/README.md,
// "Encryption at rest"): a stolen backup must not carry the key that opens it.
bool isMasterKeyFile(const QString& path, const QString& configuredMasterKey)
{
    const QFileInfo info(path);
    return info.fileName().startsWith(QStringLiteral("master.key")) ||
           (!configuredMasterKey.isEmpty() &&
            info.absoluteFilePath() == QFileInfo(configuredMasterKey).absoluteFilePath());
}

// A private key: the TLS key (tls/*.key) or an audit signing secret (keys/*.secret), and
// keys/current, which names the secret to sign with (a restored server without it makes a
// new signing key; old public keys stay listed). Only `--include-private-keys` copies them.
bool isPrivateKeyFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    return name.endsWith(QStringLiteral(".key")) || name.endsWith(QStringLiteral(".secret")) ||
           name == u"current";
}

// Copies a folder tree (never the master key, private keys only when asked); the relative
// paths copied, or nullopt on failure.
std::optional<QStringList> copyTree(const QString& from, const QString& to, QString* error,
                                    const QString& configuredMasterKey, bool privateKeys)
{
    QStringList copied;
    if (!QFileInfo(from).isDir()) {
        return copied;
    }
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        if (isMasterKeyFile(source, configuredMasterKey) ||
            (!privateKeys && isPrivateKeyFile(source))) {
            continue;
        }
        const QString relative = QDir(from).relativeFilePath(source);
        const QString target = to + u'/' + relative;
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target)) {
            *error = QStringLiteral("cannot copy %1 into the backup").arg(source);
            return std::nullopt;
        }
        QFile::setPermissions(target, kOwnerOnly);
        copied.append(relative);
    }
    copied.sort();
    return copied;
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
    const auto uploads = copyTree(dataDir + QStringLiteral("/uploads"),
                                  out + QStringLiteral("/uploads"), &error, QString(), false);
    if (!uploads) {
        return AdminCommands::fail(error);
    }
    // The TLS certificate (clients pin it) and the audit checkpoint public keys (old
    // checkpoints verify only with them) belong with the data; their private keys only when
    // asked for, since a stolen backup must not let anyone impersonate the server or sign
    // checkpoints.
    QJsonObject contains;
    for (const QString& folder : {QStringLiteral("tls"), QStringLiteral("keys")}) {
        const auto copied = copyTree(dataDir + u'/' + folder, out + u'/' + folder, &error,
                                     m_options.masterKeyFile, m_options.backupPrivateKeys);
        if (!copied) {
            return AdminCommands::fail(error);
        }
        contains.insert(folder, QJsonArray::fromStringList(*copied));
    }
    const bool privateKeys = m_options.backupPrivateKeys;
    manifest.insert(QStringLiteral("upload_files"), int(uploads->size()));
    manifest.insert(QStringLiteral("uploads_sealed"), true);
    manifest.insert(QStringLiteral("private_keys"), privateKeys);
    manifest.insert(QStringLiteral("master_key"), false);
    manifest.insert(QStringLiteral("files"), contains);
    QFile file(out + QStringLiteral("/backup.json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(manifest).toJson()) < 0 ||
        !file.flush()) {
        return AdminCommands::fail(QStringLiteral("cannot write %1").arg(file.fileName()));
    }
    file.close();
    const QString database = manifest.value(QStringLiteral("database")).toString() == u"sqlite"
                                 ? QStringLiteral("the SQLite database (purser.db)")
                                 : QStringLiteral("no database (PostgreSQL: use pg_dump)");
    std::printf("contains: %s; %d sealed receipt files; TLS certificate and audit signing "
                "public keys; private keys: %s; master key: never\n",
                qPrintable(database), int(uploads->size()),
                privateKeys ? "TLS key and audit signing secrets (keep this backup secret)"
                            : "none (add --include-private-keys to copy them)");
    std::printf("backup written to %s\n", qPrintable(out));
    std::fflush(stdout);
    return 0;
}

} // namespace purser::server
