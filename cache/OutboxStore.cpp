#include "cache/OutboxStore.h"

#include "cache/CacheLogging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace purser {

namespace {

const QString columns = QStringLiteral(
    "id, idempotency_key, kind, method, path, body, file_path, resource, record_id, "
    "base_version, status, attempts, error_code, error_message, server_version, error_fields");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

OutboxItem::Status statusFrom(const QString& name)
{
    if (name == QStringLiteral("conflict")) {
        return OutboxItem::Status::Conflict;
    }
    if (name == QStringLiteral("failed")) {
        return OutboxItem::Status::Failed;
    }
    return OutboxItem::Status::Pending;
}

OutboxItem itemFrom(const QSqlQuery& query)
{
    OutboxItem item;
    item.id = query.value(0).toLongLong();
    item.idempotencyKey = query.value(1).toString();
    item.kind = query.value(2).toString();
    item.method = query.value(3).toString();
    item.path = query.value(4).toString();
    item.body = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    item.filePath = query.value(6).toString();
    item.resource = query.value(7).toString();
    item.recordId = query.value(8).toString();
    if (!query.value(9).isNull()) {
        item.baseVersion = query.value(9).toLongLong();
    }
    item.status = statusFrom(query.value(10).toString());
    item.attempts = query.value(11).toInt();
    item.errorCode = query.value(12).toString();
    item.errorMessage = query.value(13).toString();
    if (!query.value(14).isNull()) {
        item.serverVersion = query.value(14).toLongLong();
    }
    item.errorFields = QJsonDocument::fromJson(query.value(15).toString().toUtf8()).object();
    return item;
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

QString outboxStatusName(OutboxItem::Status status)
{
    switch (status) {
    case OutboxItem::Status::Pending:
        return QStringLiteral("pending");
    case OutboxItem::Status::Conflict:
        return QStringLiteral("conflict");
    case OutboxItem::Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

OutboxStore::OutboxStore(QSqlDatabase db, std::function<void(int)> onCountChanged)
    : m_db(std::move(db)), m_onCountChanged(std::move(onCountChanged))
{
}

void OutboxStore::countChanged() const
{
    if (m_onCountChanged) {
        m_onCountChanged(unsentCount());
    }
}

std::optional<qint64> OutboxStore::enqueue(OutboxItem item)
{
    const auto id = insert(item);
    if (id) {
        qCInfo(lcOutbox) << "queued" << item.kind << "as item" << *id;
        countChanged();
    }
    return id;
}

std::optional<QList<qint64>> OutboxStore::enqueueAll(const QList<OutboxItem>& items)
{
    QList<qint64> ids;
    ids.reserve(items.size());
    for (const OutboxItem& item : items) {
        const auto id = insert(item);
        if (!id) {
            return std::nullopt;
        }
        ids.append(*id);
    }
    qCInfo(lcOutbox) << "queued" << ids.size() << "items";
    countChanged();
    return ids;
}

std::optional<qint64> OutboxStore::insert(const OutboxItem& item)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO outbox (idempotency_key, kind, method, path, body, file_path, resource, "
        "record_id, base_version, status, attempts, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)"));
    query.addBindValue(newKey());
    query.addBindValue(item.kind);
    query.addBindValue(item.method);
    query.addBindValue(item.path);
    query.addBindValue(
        item.body.isEmpty()
            ? QVariant(QMetaType(QMetaType::QString))
            : QVariant(QString::fromUtf8(QJsonDocument(item.body).toJson(QJsonDocument::Compact))));
    query.addBindValue(item.filePath.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                               : QVariant(item.filePath));
    query.addBindValue(item.resource);
    query.addBindValue(item.recordId);
    query.addBindValue(item.baseVersion ? QVariant(*item.baseVersion)
                                        : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(now());
    query.addBindValue(now());
    if (!query.exec()) {
        qCWarning(lcOutbox) << "cannot queue a change:" << query.lastError().nativeErrorCode();
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

std::optional<OutboxItem> OutboxStore::nextPending() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + columns +
                  QStringLiteral(" FROM outbox WHERE status = 'pending' ORDER BY id LIMIT 1"));
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return itemFrom(query);
}

std::optional<OutboxItem> OutboxStore::item(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + columns +
                  QStringLiteral(" FROM outbox WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return itemFrom(query);
}

QList<OutboxItem> OutboxStore::items() const
{
    QList<OutboxItem> result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM outbox ORDER BY id"));
    if (query.exec()) {
        while (query.next()) {
            result.append(itemFrom(query));
        }
    }
    return result;
}

int OutboxStore::unsentCount() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT count(*) FROM outbox")) && query.next()
               ? query.value(0).toInt()
               : 0;
}

bool OutboxStore::hasUnsentChange(const QString& resource, const QString& recordId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE resource = ? AND record_id = ? "
                                 "LIMIT 1"));
    query.addBindValue(resource);
    query.addBindValue(recordId);
    return query.exec() && query.next();
}

bool OutboxStore::update(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        qCWarning(lcOutbox) << "outbox update failed:" << query.lastError().nativeErrorCode();
        return false;
    }
    countChanged();
    return true;
}

bool OutboxStore::noteAttempt(qint64 id)
{
    return update(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, updated_at = ? "
                                 "WHERE id = ?"),
                  {now(), id});
}

bool OutboxStore::remove(qint64 id)
{
    return update(QStringLiteral("DELETE FROM outbox WHERE id = ?"), {id});
}

bool OutboxStore::markConflict(qint64 id, std::optional<qint64> serverVersion,
                               const QString& message)
{
    return update(
        QStringLiteral("UPDATE outbox SET status = 'conflict', server_version = ?, "
                       "error_code = 'precondition_failed', error_message = ?, "
                       "updated_at = ? WHERE id = ?"),
        {serverVersion ? QVariant(*serverVersion) : QVariant(QMetaType(QMetaType::LongLong)),
         message, now(), id});
}

bool OutboxStore::markFailed(qint64 id, const QString& code, const QString& message,
                             const QJsonObject& fields)
{
    return update(
        QStringLiteral("UPDATE outbox SET status = 'failed', error_code = ?, error_message = ?, "
                       "error_fields = ?, updated_at = ? WHERE id = ?"),
        {code, message,
         fields.isEmpty()
             ? QVariant(QMetaType(QMetaType::QString))
             : QVariant(QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact))),
         now(), id});
}

bool OutboxStore::rebase(const QString& resource, const QString& recordId, qint64 from, qint64 to)
{
    return update(QStringLiteral("UPDATE outbox SET base_version = ?, updated_at = ? WHERE "
                                 "status = 'pending' AND attempts = 0 AND resource = ? AND "
                                 "record_id = ? AND base_version = ?"),
                  {to, now(), resource, recordId, from});
}

bool OutboxStore::keepMine(qint64 id)
{
    // A new key: the request differs from the refused one (its If-Match), so it is a new
    // request for the server's idempotency store.
    return update(QStringLiteral("UPDATE outbox SET status = 'pending', base_version = "
                                 "server_version, idempotency_key = ?, error_code = NULL, "
                                 "error_message = NULL, updated_at = ? WHERE id = ? AND status "
                                 "= 'conflict'"),
                  {newKey(), now(), id});
}

} // namespace purser
