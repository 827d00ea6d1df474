#include "cache/CacheStore.h"

#include "cache/AuditRecordNames.h"
#include "cache/CacheLogging.h"
#include "cache/CacheStatement.h"
#include "core/PermissionMatrix.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace purser {

namespace {

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

CacheStore::CacheStore(QSqlDatabase db) : m_db(std::move(db))
{
}

CacheStore::Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active) {
        qCWarning(lcCacheSql) << "cannot begin a transaction" << m_db.lastError().nativeErrorCode();
    }
}

CacheStore::Transaction::~Transaction()
{
    if (m_active) {
        m_db.rollback();
    }
}

bool CacheStore::Transaction::commit()
{
    if (!m_active) {
        return false;
    }
    m_active = false;
    if (!m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

bool CacheStore::putRecord(const QString& resource, const QJsonObject& record)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO records (resource, id, version, body) VALUES (?, ?, ?, ?)"));
    query.addBindValue(resource);
    query.addBindValue(record.value(QStringLiteral("id")).toString());
    query.addBindValue(record.value(QStringLiteral("version")).toInteger());
    query.addBindValue(compact(record));
    return runCacheStatement(query);
}

bool CacheStore::removeRecord(const QString& resource, const QString& id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM records WHERE resource = ? AND id = ?"));
    query.addBindValue(resource);
    query.addBindValue(id);
    return runCacheStatement(query);
}

std::optional<QJsonObject> CacheStore::record(const QString& resource, const QString& id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT body FROM records WHERE resource = ? AND id = ?"));
    query.addBindValue(resource);
    query.addBindValue(id);
    if (!runCacheStatement(query) || !query.next()) {
        return std::nullopt;
    }
    return parse(query.value(0).toString());
}

QList<QJsonObject> CacheStore::records(const QString& resource) const
{
    QList<QJsonObject> result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT body FROM records WHERE resource = ? ORDER BY id"));
    query.addBindValue(resource);
    if (runCacheStatement(query)) {
        while (query.next()) {
            result.append(parse(query.value(0).toString()));
        }
    }
    return result;
}

int CacheStore::count(const QString& resource) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM records WHERE resource = ?"));
    query.addBindValue(resource);
    return runCacheStatement(query) && query.next() ? query.value(0).toInt() : 0;
}

bool CacheStore::removeResource(const QString& resource)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM records WHERE resource = ?"));
    query.addBindValue(resource);
    if (!runCacheStatement(query)) {
        return false;
    }
    query.prepare(QStringLiteral("DELETE FROM sync_cursors WHERE resource = ?"));
    query.addBindValue(resource);
    return runCacheStatement(query);
}

QString CacheStore::cursor(const QString& resource) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT cursor FROM sync_cursors WHERE resource = ?"));
    query.addBindValue(resource);
    return runCacheStatement(query) && query.next() ? query.value(0).toString() : QString();
}

bool CacheStore::setCursor(const QString& resource, const QString& cursor)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO sync_cursors (resource, cursor) VALUES (?, ?)"));
    query.addBindValue(resource);
    query.addBindValue(cursor);
    return runCacheStatement(query);
}

bool CacheStore::clearCursors()
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM sync_cursors"));
    return runCacheStatement(query);
}

QString CacheStore::meta(const QString& key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    return runCacheStatement(query) && query.next() ? query.value(0).toString() : QString();
}

bool CacheStore::setMeta(const QString& key, const QString& value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    return runCacheStatement(query);
}

CacheStore::AuditTip CacheStore::auditTip() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1"));
    if (runCacheStatement(query) && query.next()) {
        return AuditTip{query.value(0).toLongLong(), query.value(1).toString()};
    }
    return {};
}

bool CacheStore::appendAudit(const QJsonObject& entry)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO audit_entries (seq, hash, body) VALUES (?, ?, ?)"));
    query.addBindValue(entry.value(QStringLiteral("seq")).toInteger());
    query.addBindValue(entry.value(QStringLiteral("hash")).toString());
    query.addBindValue(compact(entry));
    // The names it gives its record, for when the record itself is gone from the cache.
    return runCacheStatement(query) && AuditRecordNames(m_db).remember(entry);
}

QList<QJsonObject> CacheStore::auditEntries(qint64 fromSeq, qint64 toSeq) const
{
    QList<QJsonObject> result;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT body FROM audit_entries WHERE seq >= ? AND seq <= ? ORDER BY seq"));
    query.addBindValue(fromSeq);
    query.addBindValue(toSeq);
    if (runCacheStatement(query)) {
        while (query.next()) {
            result.append(parse(query.value(0).toString()));
        }
    }
    return result;
}

QJsonObject CacheStore::Checkpoint::toJson() const
{
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("hash"), hash},
                       {QStringLiteral("signed_at"), signedAt},
                       {QStringLiteral("key_id"), keyId},
                       {QStringLiteral("signature"), signature},
                       {QStringLiteral("public_key"), publicKey}};
}

std::optional<CacheStore::Checkpoint> CacheStore::checkpoint() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT seq, hash, signed_at, key_id, signature, public_key "
                                 "FROM audit_checkpoint WHERE id = 1"));
    if (!runCacheStatement(query) || !query.next()) {
        return std::nullopt;
    }
    return Checkpoint{query.value(0).toLongLong(), query.value(1).toString(),
                      query.value(2).toString(),   query.value(3).toString(),
                      query.value(4).toString(),   query.value(5).toString()};
}

bool CacheStore::setCheckpoint(const Checkpoint& checkpoint)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO audit_checkpoint (id, seq, hash, signed_at, key_id, signature, "
        "public_key) VALUES (1, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(checkpoint.seq);
    query.addBindValue(checkpoint.hash);
    query.addBindValue(checkpoint.signedAt);
    query.addBindValue(checkpoint.keyId);
    query.addBindValue(checkpoint.signature);
    query.addBindValue(checkpoint.publicKey);
    return runCacheStatement(query);
}

bool CacheStore::purgeAudit()
{
    QSqlQuery query(m_db);
    for (const QString& sql : {QStringLiteral("DELETE FROM audit_entries"),
                               QStringLiteral("DELETE FROM audit_record_names"),
                               QStringLiteral("DELETE FROM audit_checkpoint"),
                               QStringLiteral("DELETE FROM sync_cursors WHERE resource = "
                                              "'audit-log'")}) {
        query.prepare(sql);
        if (!runCacheStatement(query)) {
            return false;
        }
    }
    return true;
}

bool CacheStore::purgeForRole(Role role, const QString& ownEmployeeId)
{
    // Employees: whole records the role may not read, then sensitive fields.
    const Access employees = access(role, Permission::EmployeesRead);
    for (const QJsonObject& record : records(QStringLiteral("employees"))) {
        const QString id = record.value(QStringLiteral("id")).toString();
        const bool own = !ownEmployeeId.isEmpty() && id == ownEmployeeId;
        if (employees == Access::None || (employees == Access::Own && !own)) {
            if (!removeRecord(QStringLiteral("employees"), id)) {
                return false;
            }
            continue;
        }
        QJsonObject kept = record;
        if (!allows(role, Permission::EmployeesReadNationalId, own)) {
            kept.remove(QStringLiteral("national_id"));
        }
        if (!allows(role, Permission::EmployeesReadBankAndSalary, own)) {
            kept.remove(QStringLiteral("bank_name"));
            kept.remove(QStringLiteral("bank_account"));
            kept.remove(QStringLiteral("base_salary"));
        }
        if (kept != record && !putRecord(QStringLiteral("employees"), kept)) {
            return false;
        }
    }
    // Claims: others' claims unless the role reads every claim.
    const Access claims = access(role, Permission::ClaimsRead);
    for (const QJsonObject& claim : records(QStringLiteral("claims"))) {
        const bool own = claim.value(QStringLiteral("employee_id")).toString() == ownEmployeeId &&
                         !ownEmployeeId.isEmpty();
        if (claims == Access::None || (claims == Access::Own && !own)) {
            if (!removeRecord(QStringLiteral("claims"),
                              claim.value(QStringLiteral("id")).toString())) {
                return false;
            }
        }
    }
    if (!grantsAny(role, Permission::PayrollRead) &&
        !removeResource(QStringLiteral("payroll-runs"))) {
        return false;
    }
    // Payslips are kept only for a role that reads its own (a member's "My payslips").
    const Access payslips = access(role, Permission::PayrollReadPayslips);
    for (const QJsonObject& slip : records(QStringLiteral("payslips"))) {
        const bool own = !ownEmployeeId.isEmpty() &&
                         slip.value(QStringLiteral("employee_id")).toString() == ownEmployeeId;
        if ((payslips != Access::Own || !own) &&
            !removeRecord(QStringLiteral("payslips"),
                          slip.value(QStringLiteral("id")).toString())) {
            return false;
        }
    }
    if (!grantsAny(role, Permission::MembersRead) && !removeResource(QStringLiteral("members"))) {
        return false;
    }
    if (!grantsAny(role, Permission::AuditRead) && !purgeAudit()) {
        return false;
    }
    return true;
}

QByteArray CacheStore::contentDigest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT resource, id, version, body FROM records "
                              "ORDER BY resource, id"));
    while (query.next()) {
        for (int i = 0; i < 4; ++i) {
            hash.addData(query.value(i).toString().toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
    }
    query.exec(QStringLiteral("SELECT seq, hash, body FROM audit_entries ORDER BY seq"));
    while (query.next()) {
        hash.addData(query.value(2).toString().toUtf8());
    }
    return hash.result().toHex();
}

} // namespace purser
