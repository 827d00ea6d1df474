#include "server/crypto/KeyRotation.h"

#include "server/audit/AuditLog.h"
#include "server/crypto/CryptoLog.h"
#include "server/crypto/FieldCrypto.h"
#include "server/crypto/SealedColumns.h"
#include "server/store/Database.h"
#include "server/store/StoreError.h"
#include "server/store/Transaction.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <sodium.h>
#include <tuple>

namespace purser::server {
namespace {

AuditEvent systemEvent(const QString& orgId, const QString& action, const QString& summary)
{
    AuditEvent event;
    event.orgId = orgId;
    event.actor = AuditActor::system();
    event.channel = QStringLiteral("system");
    event.action = action;
    event.entityType = QStringLiteral("encryption_key");
    event.entityId = orgId;
    event.summary = summary;
    return event;
}

std::optional<QString> resolveOrg(QSqlDatabase db, const QString& org)
{
    QSqlQuery q(db);
    const bool isId = !QUuid::fromString(org).isNull();
    q.prepare(isId ? QStringLiteral("SELECT id FROM organizations WHERE id = ?")
                   : QStringLiteral("SELECT id FROM organizations WHERE name = ?"));
    q.addBindValue(isId ? QUuid::fromString(org).toString(QUuid::WithoutBraces) : org);
    Database::exec(q, "find organisation");
    if (!q.next()) {
        return std::nullopt;
    }
    return q.value(0).toString();
}

QList<int> versionsOf(QSqlDatabase db, const QString& orgId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT key_version FROM org_data_keys WHERE org_id = ? ORDER BY key_version"));
    q.addBindValue(orgId);
    Database::exec(q, "list data key versions");
    QList<int> versions;
    while (q.next()) {
        versions.append(q.value(0).toInt());
    }
    return versions;
}

} // namespace

bool KeyRotation::rotateDataKey(Database& db, const QString& org, QString* summary, QString* error)
{
    try {
        QSqlDatabase conn = db.connection();
        const auto orgId = resolveOrg(conn, org);
        if (!orgId) {
            *error =
                QStringLiteral("there is no organisation %1 (give its id or exact name)").arg(org);
            return false;
        }
        int newVersion = 0;
        QList<int> oldVersions;
        {
            Transaction tx(conn, *orgId);
            oldVersions = versionsOf(conn, *orgId);
            newVersion = FieldCrypto::instance().keys().addVersion(conn, *orgId);
            tx.commit();
        }
        qCInfo(lcCrypto) << "data key version" << newVersion << "of organisation" << *orgId
                         << "is current; re-sealing";
        SealedColumns::Result total;
        const auto finish = [&](Transaction& tx, qint64 kept) {
            QString text = QStringLiteral("Data key rotated to version %1; %2 values re-encrypted")
                               .arg(newVersion)
                               .arg(total.sealed);
            if (kept > 0) {
                text += QStringLiteral("; %1 values could not be read, so the old key versions "
                                       "are kept")
                            .arg(kept);
            }
            AuditLog(conn).append(systemEvent(*orgId, QStringLiteral("rotate_data_key"), text));
            tx.commit();
            *summary = QStringLiteral("rotated the data key of organisation %1 to version %2: "
                                      "%3 values re-encrypted, %4 could not be read")
                           .arg(*orgId)
                           .arg(newVersion)
                           .arg(total.sealed)
                           .arg(kept);
        };
        for (int pass = 0; pass < 3; ++pass) {
            const SealedColumns::Result result = SealedColumns::reseal(conn, *orgId, newVersion);
            total.sealed += result.sealed;
            total.integrityErrors = result.integrityErrors;
            Transaction tx(conn, *orgId);
            // Delete first, then count: on PostgreSQL the DELETE waits for writers that sealed
            // with an old version (they hold it FOR SHARE), so the count sees their rows.
            qint64 remaining = 0;
            for (int version : oldVersions) {
                QSqlQuery drop(conn);
                drop.prepare(QStringLiteral(
                    "DELETE FROM org_data_keys WHERE org_id = ? AND key_version = ?"));
                drop.addBindValue(*orgId);
                drop.addBindValue(version);
                Database::exec(drop, "retire a data key");
                remaining += SealedColumns::countSealedWith(conn, *orgId, version);
            }
            if (remaining == 0) {
                finish(tx, 0);
                return true;
            }
            // Leaving the scope rolls the deletions back; another pass re-seals stragglers.
        }
        // Values that do not open (integrity errors) still name an old version: keep it.
        Transaction tx(conn, *orgId);
        finish(tx, total.integrityErrors);
        return true;
    } catch (const StoreError& e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    return false;
}

bool KeyRotation::rotateMasterKey(Database& db, const QString& masterKeyFile, QString* summary,
                                  QString* error)
{
    try {
        QSqlDatabase conn = db.connection();
        const MasterKeyFile file(masterKeyFile);
        const auto current = MasterKeyFile::read(file.path(), error);
        if (!current) {
            if (error->isEmpty()) {
                *error = QStringLiteral("the master key file %1 is missing").arg(file.path());
            }
            return false;
        }
        const MasterKey next = MasterKey::generate();
        QFile::remove(file.pendingPath());
        if (!MasterKeyFile::write(file.pendingPath(), next, error)) {
            return false;
        }
        int rewrapped = 0;
        {
            Transaction tx(conn);
            if (conn.driverName() == u"QPSQL") {
                QSqlQuery lock(conn); // LOCK cannot be a prepared statement
                if (!lock.exec(QStringLiteral("LOCK TABLE org_data_keys IN EXCLUSIVE MODE"))) {
                    throw StoreError(QStringLiteral("lock the data keys"), lock.lastError());
                }
            }
            QSqlQuery rows(conn);
            rows.prepare(QStringLiteral("SELECT org_id, key_version, wrapped_key, master_key_id "
                                        "FROM org_data_keys ORDER BY org_id, key_version"));
            Database::exec(rows, "list data keys");
            QList<std::tuple<QString, int, QString>> rewraps;
            QStringList orgs;
            while (rows.next()) {
                const QString orgId = rows.value(0).toString();
                const int version = rows.value(1).toInt();
                if (rows.value(3).toString() != current->id) {
                    *error = QStringLiteral("a data key is wrapped by master key %1, not by the "
                                            "one in %2")
                                 .arg(rows.value(3).toString(), file.path());
                    QFile::remove(file.pendingPath());
                    return false;
                }
                auto key = DataKeyRing::unwrap(rows.value(2).toString(), *current, orgId, version);
                if (!key) {
                    *error = QStringLiteral("data key version %1 of organisation %2 does not "
                                            "unwrap (integrity error)")
                                 .arg(version)
                                 .arg(orgId);
                    QFile::remove(file.pendingPath());
                    return false;
                }
                rewraps.append({orgId, version, DataKeyRing::wrap(*key, next, orgId, version)});
                sodium_memzero(key->data(), size_t(key->size()));
                if (!orgs.contains(orgId)) {
                    orgs.append(orgId);
                }
            }
            rows.finish();
            for (const auto& [orgId, version, wrapped] : rewraps) {
                QSqlQuery update(conn);
                update.prepare(QStringLiteral("UPDATE org_data_keys SET wrapped_key = ?, "
                                              "master_key_id = ? WHERE org_id = ? AND "
                                              "key_version = ?"));
                update.addBindValue(wrapped);
                update.addBindValue(next.id);
                update.addBindValue(orgId);
                update.addBindValue(version);
                Database::exec(update, "re-wrap a data key");
                ++rewrapped;
            }
            for (const QString& orgId : orgs) {
                AuditEvent event =
                    systemEvent(orgId, QStringLiteral("rotate_master_key"),
                                QStringLiteral("Server master key rotated; data keys re-wrapped"));
                event.changes.insert(QStringLiteral("master_key_id"),
                                     AuditEvent::change(current->id, next.id));
                AuditLog(conn).append(event);
            }
            tx.commit();
        }
        // Committed: the database now needs the new key. A crash before this rename is
        // finished at the next start (EncryptionAtRest), which finds the ".new" file.
        if (!file.promotePending(error)) {
            return false;
        }
        *summary = QStringLiteral("rotated the master key in %1 (now %2): %3 data keys re-wrapped")
                       .arg(file.path(), next.id)
                       .arg(rewrapped);
    } catch (const StoreError& e) {
        QFile::remove(MasterKeyFile(masterKeyFile).pendingPath());
        *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

} // namespace purser::server
