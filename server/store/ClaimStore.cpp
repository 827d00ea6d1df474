#include "server/store/ClaimStore.h"

#include "core/Rfc3339.h"
#include "server/crypto/SealedRecord.h"
#include "server/store/ChangeFeed.h"
#include "server/store/Database.h"
#include "server/store/SqlValues.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>

namespace purser::server {
namespace {

const QString kClaimColumns = QStringLiteral(
    "id, employee_id, category, description, amount, currency, incurred_on, status, created_by, "
    "submitted_by, reviewed_by, review_note, paid_at, version, updated_at, "
    "(SELECT e.user_id FROM employees e WHERE e.id = claims.employee_id) AS employee_user_id");

Claim claimFrom(const QSqlRecord& r)
{
    Claim c;
    c.id = r.value(QStringLiteral("id")).toString();
    c.employeeId = r.value(QStringLiteral("employee_id")).toString();
    c.employeeUserId = sql::textFrom(r.value(QStringLiteral("employee_user_id")));
    c.category = r.value(QStringLiteral("category")).toString();
    c.description = r.value(QStringLiteral("description")).toString();
    c.amount = Money{r.value(QStringLiteral("amount")).toLongLong(),
                     r.value(QStringLiteral("currency")).toString()};
    c.incurredOn = sql::dateFrom(r.value(QStringLiteral("incurred_on"))).value_or(QDate());
    c.status = r.value(QStringLiteral("status")).toString();
    c.createdBy = r.value(QStringLiteral("created_by")).toString();
    c.submittedBy = sql::textFrom(r.value(QStringLiteral("submitted_by")));
    c.reviewedBy = sql::textFrom(r.value(QStringLiteral("reviewed_by")));
    c.reviewNote = sql::textFrom(r.value(QStringLiteral("review_note")));
    if (!r.value(QStringLiteral("paid_at")).isNull()) {
        c.paidAt = sql::timeFrom(r.value(QStringLiteral("paid_at")));
    }
    c.version = r.value(QStringLiteral("version")).toLongLong();
    c.updatedAt = sql::timeFrom(r.value(QStringLiteral("updated_at")));
    return c;
}

void bindClaim(QSqlQuery& q, const Claim& c)
{
    q.addBindValue(c.employeeId);
    q.addBindValue(c.category);
    q.addBindValue(c.description);
    q.addBindValue(c.amount.amount);
    q.addBindValue(c.amount.currency);
    q.addBindValue(toIsoDate(c.incurredOn));
    q.addBindValue(c.status);
    q.addBindValue(c.createdBy);
    q.addBindValue(sql::text(c.submittedBy));
    q.addBindValue(sql::text(c.reviewedBy));
    q.addBindValue(sql::text(c.reviewNote));
    q.addBindValue(c.paidAt ? QVariant(toRfc3339(*c.paidAt)) : sql::nullText());
    q.addBindValue(c.version);
    q.addBindValue(toRfc3339(c.updatedAt));
}

const QString kReceiptColumns =
    QStringLiteral("id, claim_id, employee_id, storage_name, filename, content_type, size, "
                   "sha256, uploaded_by, uploaded_at");

Receipt receiptFrom(const QSqlQuery& q)
{
    Receipt r;
    r.id = q.value(0).toString();
    r.claimId = q.value(1).toString();
    r.employeeId = q.value(2).toString();
    r.storageName = q.value(3).toString();
    r.filename = q.value(4).toString();
    r.contentType = q.value(5).toString();
    r.size = q.value(6).toLongLong();
    r.sha256 = q.value(7).toString();
    r.uploadedBy = q.value(8).toString();
    r.uploadedAt = sql::timeFrom(q.value(9));
    return r;
}

} // namespace

QJsonObject Receipt::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("filename"), filename},
            {QStringLiteral("content_type"), contentType},
            {QStringLiteral("size"), size},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("uploaded_by"), uploadedBy},
            {QStringLiteral("uploaded_at"), toRfc3339(uploadedAt)}};
}

const QStringList& Claim::categories()
{
    static const QStringList list = {QStringLiteral("travel"),    QStringLiteral("meals"),
                                     QStringLiteral("equipment"), QStringLiteral("training"),
                                     QStringLiteral("medical"),   QStringLiteral("other")};
    return list;
}

QJsonObject Claim::toJson() const
{
    QJsonArray receiptArray;
    for (const Receipt& r : receipts) {
        receiptArray.append(r.toJson());
    }
    return {{QStringLiteral("id"), id},
            {QStringLiteral("employee_id"), employeeId},
            {QStringLiteral("category"), category},
            {QStringLiteral("description"), description},
            {QStringLiteral("amount"), amount.toJson()},
            {QStringLiteral("incurred_on"), toIsoDate(incurredOn)},
            {QStringLiteral("status"), status},
            {QStringLiteral("receipts"), receiptArray},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("submitted_by"), sql::jsonOrNull(submittedBy)},
            {QStringLiteral("reviewed_by"), sql::jsonOrNull(reviewedBy)},
            {QStringLiteral("review_note"), sql::jsonOrNull(reviewNote)},
            {QStringLiteral("paid_at"),
             paidAt ? QJsonValue(toRfc3339(*paidAt)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("version"), version},
            {QStringLiteral("updated_at"), toRfc3339(updatedAt)}};
}

ClaimStore::Page ClaimStore::changesSince(const QString& orgId, qint64 since, int limit,
                                          const std::optional<QString>& onlyUserId)
{
    ChangeFeed::Query query;
    query.table = QStringLiteral("claims");
    query.entityType = QStringLiteral("claim");
    query.columns = kClaimColumns;
    if (onlyUserId) {
        query.ownerClause = QStringLiteral(
            "employee_id IN (SELECT id FROM employees WHERE org_id = ? AND user_id = ?)");
        query.ownerBinds = {orgId, *onlyUserId};
        query.deletionOwner = *onlyUserId;
    }
    const ChangeFeed::Page feed = ChangeFeed(m_db).read(query, orgId, since, limit);
    Page page;
    for (const QSqlRecord& record : feed.rows) {
        page.items.append(claimFrom(record));
    }
    QList<Claim*> pointers;
    for (Claim& c : page.items) {
        pointers.append(&c);
    }
    loadReceipts(orgId, pointers);
    page.deleted = feed.deleted;
    page.lastSeq = feed.lastSeq;
    page.hasMore = feed.hasMore;
    return page;
}

void ClaimStore::loadReceipts(const QString& orgId, QList<Claim*> claims)
{
    if (claims.isEmpty()) {
        return;
    }
    QHash<QString, Claim*> byId;
    QStringList marks;
    for (Claim* c : claims) {
        byId.insert(c->id, c);
        marks.append(QStringLiteral("?"));
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kReceiptColumns +
              QStringLiteral(" FROM receipts WHERE org_id = ? AND claim_id IN (") +
              marks.join(u',') + QStringLiteral(") ORDER BY uploaded_at, id"));
    q.addBindValue(orgId);
    for (Claim* c : claims) {
        q.addBindValue(c->id);
    }
    Database::exec(q, "load receipts");
    while (q.next()) {
        Receipt r = receiptFrom(q);
        if (Claim* c = byId.value(r.claimId)) {
            c->receipts.append(r);
        }
    }
}

std::optional<Claim> ClaimStore::byId(const QString& orgId, const QString& id, sql::RowLock lock)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kClaimColumns +
              QStringLiteral(" FROM claims WHERE org_id = ? AND id = ?") +
              sql::lockClause(m_db, lock));
    q.addBindValue(orgId);
    q.addBindValue(id);
    Database::exec(q, "load claim");
    if (!q.next()) {
        return std::nullopt;
    }
    Claim claim = claimFrom(q.record());
    loadReceipts(orgId, {&claim});
    return claim;
}

QList<Claim> ClaimStore::ofEmployee(const QString& orgId, const QString& employeeId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kClaimColumns +
              QStringLiteral(" FROM claims WHERE org_id = ? AND employee_id = ? "
                             "ORDER BY incurred_on, id"));
    q.addBindValue(orgId);
    q.addBindValue(employeeId);
    Database::exec(q, "list an employee's claims");
    QList<Claim> claims;
    while (q.next()) {
        claims.append(claimFrom(q.record()));
    }
    QList<Claim*> pointers;
    for (Claim& c : claims) {
        pointers.append(&c);
    }
    loadReceipts(orgId, pointers);
    return claims;
}

void ClaimStore::insert(const QString& orgId, const Claim& c, qint64 changeSeq)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO claims (org_id, id, employee_id, category, description, "
                             "amount, currency, incurred_on, status, created_by, submitted_by, "
                             "reviewed_by, review_note, paid_at, version, updated_at, change_seq) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(orgId);
    q.addBindValue(c.id);
    bindClaim(q, c);
    q.addBindValue(changeSeq);
    Database::exec(q, "insert claim");
}

void ClaimStore::update(const QString& orgId, const Claim& c, qint64 changeSeq)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE claims SET employee_id = ?, category = ?, description = ?, "
                             "amount = ?, currency = ?, incurred_on = ?, status = ?, "
                             "created_by = ?, submitted_by = ?, reviewed_by = ?, review_note = ?, "
                             "paid_at = ?, version = ?, updated_at = ?, change_seq = ? "
                             "WHERE org_id = ? AND id = ?"));
    bindClaim(q, c);
    q.addBindValue(changeSeq);
    q.addBindValue(orgId);
    q.addBindValue(c.id);
    Database::exec(q, "update claim");
}

void ClaimStore::remove(const QString& orgId, const Claim& c, qint64 changeSeq)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM receipts WHERE org_id = ? AND claim_id = ?"));
    q.addBindValue(orgId);
    q.addBindValue(c.id);
    Database::exec(q, "delete receipts");
    q.prepare(QStringLiteral("DELETE FROM claims WHERE org_id = ? AND id = ?"));
    q.addBindValue(orgId);
    q.addBindValue(c.id);
    Database::exec(q, "delete claim");
    ChangeFeed(m_db).recordDeletion(orgId, QStringLiteral("claim"), c.id, c.employeeUserId,
                                    changeSeq);
}

void ClaimStore::insertReceipt(const QString& orgId, const Receipt& r)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO receipts (org_id, ") + kReceiptColumns +
              QStringLiteral(", file_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(orgId);
    q.addBindValue(r.id);
    q.addBindValue(r.claimId);
    q.addBindValue(r.employeeId);
    q.addBindValue(r.storageName);
    q.addBindValue(r.filename);
    q.addBindValue(r.contentType);
    q.addBindValue(r.size);
    q.addBindValue(r.sha256);
    q.addBindValue(r.uploadedBy);
    q.addBindValue(toRfc3339(r.uploadedAt));
    q.addBindValue(SealedRecord(m_db, orgId, QStringLiteral("receipts"), r.id)
                       .sealBytes(QStringLiteral("file_key"), r.fileKey));
    Database::exec(q, "insert receipt");
}

std::optional<Receipt> ClaimStore::receipt(const QString& orgId, const QString& claimId,
                                           const QString& receiptId)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT ") + kReceiptColumns +
        QStringLiteral(", file_key FROM receipts WHERE org_id = ? AND claim_id = ? AND id = ?"));
    q.addBindValue(orgId);
    q.addBindValue(claimId);
    q.addBindValue(receiptId);
    Database::exec(q, "load receipt");
    if (!q.next()) {
        return std::nullopt;
    }
    Receipt r = receiptFrom(q);
    r.fileKey = SealedRecord(m_db, orgId, QStringLiteral("receipts"), r.id)
                    .bytes(QStringLiteral("file_key"), q.value(10))
                    .value_or(QByteArray());
    return r;
}

bool ClaimStore::storageNameRecorded(const QString& storageName)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM receipts WHERE storage_name = ?"));
    q.addBindValue(storageName);
    Database::exec(q, "find receipt file");
    return q.next() && q.value(0).toLongLong() > 0;
}

} // namespace purser::server
