#include "server/crypto/LegacyReceipts.h"

#include "server/crypto/CryptoLog.h"
#include "server/crypto/SealedRecord.h"
#include "server/store/ClaimStore.h"
#include "server/store/Database.h"
#include "server/store/ReceiptFiles.h"
#include "server/store/StoreError.h"
#include "server/store/Transaction.h"

#include <QFile>
#include <QSqlQuery>
#include <QUuid>

namespace purser::server {

int LegacyReceipts::seal(QSqlDatabase db, const QString& dataDir)
{
    QSqlQuery orgs(db);
    orgs.setForwardOnly(true);
    orgs.prepare(QStringLiteral("SELECT id FROM organizations ORDER BY id"));
    Database::exec(orgs, "list organisations");
    QStringList orgIds;
    while (orgs.next()) {
        orgIds.append(orgs.value(0).toString());
    }
    orgs.finish();
    const ReceiptFiles files(dataDir);
    int sealed = 0;
    for (const QString& orgId : orgIds) {
        QList<Receipt> pending;
        {
            Transaction tx(db, orgId);
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT id, employee_id, storage_name FROM receipts "
                                     "WHERE org_id = ? AND file_key IS NULL"));
            q.addBindValue(orgId);
            Database::exec(q, "find receipts to seal");
            while (q.next()) {
                Receipt r;
                r.id = q.value(0).toString();
                r.employeeId = q.value(1).toString();
                r.storageName = q.value(2).toString();
                pending.append(r);
            }
            q.finish();
            tx.commit();
        }
        for (Receipt& receipt : pending) {
            QFile plain(files.finalPath(orgId, receipt.employeeId, receipt.storageName));
            if (!plain.open(QIODevice::ReadOnly)) {
                qCWarning(lcCrypto) << "receipt" << receipt.id << "has no file to seal";
                continue;
            }
            const QByteArray bytes = plain.readAll();
            plain.close();
            const QString oldName = receipt.storageName;
            receipt.storageName = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (!files.stage(orgId, receipt, bytes)) {
                throw StoreError(QStringLiteral("cannot write a sealed receipt file"));
            }
            Transaction tx(db, orgId);
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE receipts SET storage_name = ?, file_key = ? "
                                          "WHERE org_id = ? AND id = ? AND file_key IS NULL"));
            update.addBindValue(receipt.storageName);
            update.addBindValue(SealedRecord(db, orgId, QStringLiteral("receipts"), receipt.id)
                                    .sealBytes(QStringLiteral("file_key"), receipt.fileKey));
            update.addBindValue(orgId);
            update.addBindValue(receipt.id);
            Database::exec(update, "seal a receipt");
            tx.commit();
            files.publish(orgId, receipt.employeeId, receipt.storageName);
            files.removeFinal(orgId, receipt.employeeId, oldName);
            ++sealed;
        }
    }
    if (sealed > 0) {
        qCInfo(lcCrypto) << "sealed" << sealed << "receipt files that were stored in the clear";
    }
    return sealed;
}

} // namespace purser::server
