#include "server/crypto/EncryptionAtRest.h"

#include "core/Rfc3339.h"
#include "server/crypto/CryptoLog.h"
#include "server/crypto/FieldCrypto.h"
#include "server/crypto/LegacyReceipts.h"
#include "server/crypto/SealedColumns.h"
#include "server/store/Database.h"
#include "server/store/StoreError.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>

namespace purser::server {
namespace {

const QString kSweep = QStringLiteral("0030_seal_sensitive_fields");
// Absent values sealed too: from here on every value of a sealed column is an envelope, and
// anything else is an integrity error (FieldCrypto strict).
const QString kStrict = QStringLiteral("0050_seal_absent_values");

bool recorded(QSqlDatabase conn, const QString& name)
{
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("SELECT 1 FROM data_migrations WHERE name = ?"));
    q.addBindValue(name);
    Database::exec(q, "read data migrations");
    return q.next();
}

void record(QSqlDatabase conn, const QString& name, const QString& detail)
{
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("INSERT INTO data_migrations (name, applied_at, detail) "
                             "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(name);
    q.addBindValue(toRfc3339(QDateTime::currentDateTimeUtc()));
    q.addBindValue(detail);
    Database::exec(q, "record the data migration");
}

bool checkMasterKey(QSqlDatabase conn, const MasterKeyFile& file, QString* error)
{
    const QString needed = DataKeyRing::wrappingMasterKeyId(conn);
    if (needed.isEmpty()) {
        // No data key exists yet: a fresh or pre-encryption database may get a new master key.
        auto current = MasterKeyFile::read(file.path(), error);
        if (!error->isEmpty()) {
            return false;
        }
        QFile::remove(file.pendingPath());
        if (!current) {
            if (!MasterKeyFile::write(file.path(), MasterKey::generate(), error)) {
                return false;
            }
            qCInfo(lcCrypto).noquote() << "created the master key file" << file.path()
                                       << "(keep it outside database backups)";
        }
        return true;
    }
    auto current = MasterKeyFile::read(file.path(), error);
    if (!error->isEmpty()) {
        return false;
    }
    if (current && current->id == needed) {
        QFile::remove(file.pendingPath()); // left by a rotation that did not commit
        return true;
    }
    auto pending = MasterKeyFile::read(file.pendingPath(), error);
    if (pending && pending->id == needed) {
        // A master key rotation committed its re-wrapping but stopped before the rename.
        if (!file.promotePending(error)) {
            return false;
        }
        qCInfo(lcCrypto) << "finished an interrupted master key rotation";
        return true;
    }
    if (!current) {
        *error =
            QStringLiteral("the master key file %1 is missing. This database's encrypted fields "
                           "(national IDs, bank details, salaries) are locked with master key %2, "
                           "and no new key is made for a database that already has encrypted data: "
                           "restore that file, or give its path with --master-key-file or "
                           "PURSER_MASTER_KEY_FILE")
                .arg(file.path(), needed);
    } else {
        *error = QStringLiteral("the master key file %1 holds master key %2, but this "
                                "database's encrypted fields are locked with master key %3: "
                                "give the right file with --master-key-file or "
                                "PURSER_MASTER_KEY_FILE")
                     .arg(file.path(), current->id, needed);
    }
    return false;
}

void sweepPlaintext(QSqlDatabase conn)
{
    QSqlQuery orgs(conn);
    orgs.setForwardOnly(true);
    orgs.prepare(QStringLiteral("SELECT id FROM organizations ORDER BY id"));
    Database::exec(orgs, "list organisations");
    QStringList ids;
    while (orgs.next()) {
        ids.append(orgs.value(0).toString());
    }
    orgs.finish();
    const bool sqlite = conn.driverName() == u"QSQLITE";
    if (sqlite) {
        // Overwrite the freed plaintext instead of leaving it in free pages of the file.
        QSqlQuery pragma(conn);
        pragma.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    }
    qint64 sealed = 0;
    qint64 integrityErrors = 0;
    for (const QString& orgId : ids) {
        const SealedColumns::Result result = SealedColumns::reseal(conn, orgId, 0);
        sealed += result.sealed;
        integrityErrors += result.integrityErrors;
    }
    if (integrityErrors > 0) {
        qCCritical(lcCrypto) << integrityErrors
                             << "sealed values failed their integrity check (logged above); "
                                "they are left as found and never served";
    }
    if (sealed > 0) {
        qCInfo(lcCrypto) << "sealed" << sealed << "values that were stored in the clear";
        if (sqlite) {
            // Old page images with the plaintext also sit in the write-ahead log until then.
            QSqlQuery checkpoint(conn);
            checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
    }
    record(conn, kSweep, QStringLiteral("sealed %1 values").arg(sealed));
    record(conn, kStrict, QStringLiteral("sealed %1 values").arg(sealed));
    FieldCrypto::instance().setStrict(true);
}

} // namespace

QString EncryptionAtRest::defaultMasterKeyFile(const QString& dataDir)
{
    return dataDir + QStringLiteral("/keys/master.key");
}

bool EncryptionAtRest::start(Database& db, const QString& masterKeyFile, QString* error, bool sweep,
                             const QString& dataDir)
{
    try {
        QSqlDatabase conn = db.connection();
        const MasterKeyFile file(masterKeyFile);
        if (!checkMasterKey(conn, file, error)) {
            return false;
        }
        auto crypto = std::make_shared<FieldCrypto>(file);
        crypto->setStrict(recorded(conn, kStrict));
        FieldCrypto::install(crypto);
        if (sweep && !crypto->strict() && !dataDir.isEmpty()) {
            LegacyReceipts::seal(conn, dataDir); // before the sweep: their file_key is NULL
        }
        if (sweep) {
            sweepPlaintext(conn);
        }
    } catch (const StoreError& e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

} // namespace purser::server
