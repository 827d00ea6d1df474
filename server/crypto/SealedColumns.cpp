#include "server/crypto/SealedColumns.h"

#include "server/crypto/FieldCrypto.h"
#include "server/store/Database.h"
#include "server/store/StoreError.h"
#include "server/store/Transaction.h"

#include <QSqlQuery>
#include <QStringList>

namespace purser::server {
namespace {

// Picks the values to re-seal: not an envelope (in the clear or NULL: sealed when the
// database predates that, else reported as integrity errors), or sealed with another version.
QString needsReseal(const QString& column, int targetVersion)
{
    const QString prefix =
        targetVersion > 0 ? FieldCrypto::sealedPrefix(targetVersion) : QStringLiteral("v1:");
    return QStringLiteral("(%1 IS NULL OR %1 NOT LIKE '%2%')").arg(column, prefix);
}

} // namespace

const QList<SealedColumns::Table>& SealedColumns::tables()
{
    static const QList<Table> all{
        {QStringLiteral("employees"),
         {{QStringLiteral("national_id"), QStringLiteral("national_id")},
          {QStringLiteral("bank_name"), QStringLiteral("bank_name")},
          {QStringLiteral("bank_account"), QStringLiteral("bank_account")},
          {QStringLiteral("base_salary"), QStringLiteral("base_salary_amount")}}},
        {QStringLiteral("payroll_runs"),
         {{QStringLiteral("gross"), QStringLiteral("gross")},
          {QStringLiteral("deductions"), QStringLiteral("deductions")},
          {QStringLiteral("net"), QStringLiteral("net")}}},
        {QStringLiteral("payslips"),
         {{QStringLiteral("gross"), QStringLiteral("gross")},
          {QStringLiteral("deductions"), QStringLiteral("deductions")},
          {QStringLiteral("net"), QStringLiteral("net")}}},
        {QStringLiteral("receipts"), {{QStringLiteral("file_key"), QStringLiteral("file_key")}}},
    };
    return all;
}

SealedColumns::Result SealedColumns::reseal(QSqlDatabase db, const QString& orgId,
                                            int targetVersion, int batchSize)
{
    FieldCrypto& crypto = FieldCrypto::instance();
    Result result;
    for (const Table& table : tables()) {
        QStringList columns;
        QStringList conditions;
        for (const auto& field : table.fields) {
            columns.append(field.second);
            conditions.append(needsReseal(field.second, targetVersion));
        }
        QString after; // keyset paging by id: a value that cannot be opened is passed over
        for (;;) {
            Transaction tx(db, orgId);
            QSqlQuery rows(db);
            rows.setForwardOnly(true);
            rows.prepare(
                QStringLiteral("SELECT id, %1 FROM %2 WHERE org_id = ? AND (%3)%4 "
                               "ORDER BY id LIMIT %5%6")
                    .arg(columns.join(QStringLiteral(", ")), table.table,
                         conditions.join(QStringLiteral(" OR ")),
                         after.isEmpty() ? QString() : QStringLiteral(" AND id > ?"))
                    .arg(batchSize)
                    .arg(db.driverName() == u"QPSQL" ? QStringLiteral(" FOR UPDATE") : QString()));
            rows.addBindValue(orgId);
            if (!after.isEmpty()) {
                rows.addBindValue(after);
            }
            Database::exec(rows, "select values to seal");
            DataKeyRing::Key key;
            if (targetVersion > 0) {
                const auto bytes = crypto.keys().forVersion(db, orgId, targetVersion);
                if (!bytes) {
                    throw StoreError(QStringLiteral("the new data key is not available"));
                }
                key = {targetVersion, *bytes};
            } else {
                key = crypto.keys().current(db, orgId);
            }
            const QString prefix = FieldCrypto::sealedPrefix(key.version);
            QList<QPair<QString, QList<QPair<QString, QString>>>> updates;
            int count = 0;
            while (rows.next()) {
                ++count;
                const QString id = rows.value(0).toString();
                after = id;
                QList<QPair<QString, QString>> sets;
                for (qsizetype i = 0; i < table.fields.size(); ++i) {
                    const QVariant stored = rows.value(int(i) + 1);
                    if (!stored.isNull() && stored.toString().startsWith(prefix)) {
                        continue;
                    }
                    const SealedFieldRef ref{orgId, table.table, id, table.fields[i].first};
                    const FieldCrypto::Opened opened = crypto.open(db, ref, stored);
                    if (opened.integrityError) {
                        ++result.integrityErrors;
                        continue;
                    }
                    sets.append({table.fields[i].second,
                                 opened.value ? crypto.sealWith(key, ref, *opened.value)
                                              : crypto.sealAbsentWith(key, ref)});
                }
                if (!sets.isEmpty()) {
                    updates.append({id, sets});
                }
            }
            rows.finish();
            for (const auto& [id, sets] : updates) {
                for (const auto& [column, value] : sets) {
                    QSqlQuery update(db);
                    update.prepare(
                        QStringLiteral("UPDATE %1 SET %2 = ? WHERE org_id = ? AND id = ?")
                            .arg(table.table, column));
                    update.addBindValue(value);
                    update.addBindValue(orgId);
                    update.addBindValue(id);
                    Database::exec(update, "seal a value");
                    ++result.sealed;
                }
            }
            tx.commit();
            if (count < batchSize) {
                break;
            }
        }
    }
    return result;
}

qint64 SealedColumns::countSealedWith(QSqlDatabase db, const QString& orgId, int version)
{
    qint64 total = 0;
    for (const Table& table : tables()) {
        for (const auto& field : table.fields) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE org_id = ? AND %2 LIKE '%3%'")
                          .arg(table.table, field.second, FieldCrypto::sealedPrefix(version)));
            q.addBindValue(orgId);
            Database::exec(q, "count sealed values");
            if (q.next()) {
                total += q.value(0).toLongLong();
            }
        }
    }
    return total;
}

} // namespace purser::server
