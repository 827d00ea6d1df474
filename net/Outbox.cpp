#include "net/Outbox.h"

#include "cache/CacheDatabase.h"
#include "cache/CacheLogging.h"
#include "cache/CacheStore.h"
#include "core/FileType.h"
#include "net/ApiClient.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace purser {

namespace {

QString encoded(const QString& segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace

bool Outbox::isWorthRetrying(const ApiError& error)
{
    if (error.kind != ApiError::Kind::Http) {
        return true; // no answer, TLS trouble or an unreadable answer: same key next time
    }
    // The server answers 409 "conflict" both for a refused state change and for "a request
    // with this Idempotency-Key is still being processed" (our earlier attempt, whose answer
    // was lost, is still running): only the message tells them apart.
    const bool stillProcessing =
        error.status == 409 && error.message.contains(QStringLiteral("Idempotency-Key"));
    return stillProcessing || error.status == 401 || error.status == 408 || error.status == 429 ||
           error.status >= 500;
}

Outbox::Outbox(ApiClient* api, CacheDatabase* cache, QObject* parent)
    : QObject(parent), m_api(api), m_cache(cache),
      m_records(std::make_unique<CacheStore>(cache->database())),
      m_store(std::make_unique<OutboxStore>(
          cache->database(), [cache](int count) { cache->recordQueuedChanges(count); }))
{
}

Outbox::~Outbox() = default;

QString Outbox::orgPath(const QString& rest) const
{
    return QStringLiteral("/orgs/") + encoded(m_org) + rest;
}

std::optional<qint64> Outbox::queue(OutboxItem item)
{
    const auto id = m_store->enqueue(std::move(item));
    Q_EMIT changed();
    return id;
}

std::optional<qint64> Outbox::createRecord(const QString& kind, const QString& resource,
                                           const QJsonObject& body)
{
    OutboxItem item;
    item.kind = kind;
    item.method = QStringLiteral("POST");
    item.path = orgPath(u'/' + resource);
    item.body = body;
    item.resource = resource;
    return queue(item);
}

std::optional<QList<qint64>> Outbox::createRecords(const QString& kind, const QString& resource,
                                                   const QList<QJsonObject>& bodies)
{
    QList<OutboxItem> items;
    items.reserve(bodies.size());
    for (const QJsonObject& body : bodies) {
        OutboxItem item;
        item.kind = kind;
        item.method = QStringLiteral("POST");
        item.path = orgPath(u'/' + resource);
        item.body = body;
        item.resource = resource;
        items.append(std::move(item));
    }
    const auto ids = m_store->enqueueAll(items);
    Q_EMIT changed();
    return ids;
}

std::optional<qint64> Outbox::updateRecord(const QString& kind, const QString& resource,
                                           const QString& id, const QJsonObject& changes,
                                           qint64 baseVersion)
{
    CacheStore::Transaction tx(m_records->database());
    OutboxItem item;
    item.kind = kind;
    item.method = QStringLiteral("PATCH");
    item.path = orgPath(u'/' + resource + u'/' + encoded(id));
    item.body = changes;
    item.resource = resource;
    item.recordId = id;
    item.baseVersion = baseVersion;
    const auto queued = m_store->enqueue(item);
    // Show the change at once: the cached record carries it until the server answers.
    if (auto record = m_records->record(resource, id)) {
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            record->insert(it.key(), it.value());
        }
        m_records->putRecord(resource, *record);
    }
    if (!queued || !tx.commit()) {
        return std::nullopt;
    }
    Q_EMIT changed();
    return queued;
}

std::optional<qint64> Outbox::deleteRecord(const QString& kind, const QString& resource,
                                           const QString& id, qint64 baseVersion)
{
    OutboxItem item;
    item.kind = kind;
    item.method = QStringLiteral("DELETE");
    item.path = orgPath(u'/' + resource + u'/' + encoded(id));
    item.resource = resource;
    item.recordId = id;
    item.baseVersion = baseVersion;
    return queue(item);
}

std::optional<qint64> Outbox::updateEmployee(const QString& employeeId, const QJsonObject& changes,
                                             qint64 baseVersion)
{
    return updateRecord(QStringLiteral("employee.update"), QStringLiteral("employees"), employeeId,
                        changes, baseVersion);
}

std::optional<qint64> Outbox::createClaim(const QJsonObject& claim)
{
    return createRecord(QStringLiteral("claim.create"), QStringLiteral("claims"), claim);
}

std::optional<qint64> Outbox::changeState(const QString& resource, const QString& recordId,
                                          const QString& action, qint64 baseVersion,
                                          const QJsonObject& body)
{
    OutboxItem item;
    item.kind = resource + u'.' + action;
    item.method = QStringLiteral("POST");
    item.path = orgPath(u'/' + resource + u'/' + encoded(recordId) + u'/' + action);
    item.body = body;
    item.resource = resource;
    item.recordId = recordId;
    item.baseVersion = baseVersion;
    return queue(item);
}

std::optional<qint64> Outbox::uploadReceipt(const QString& claimId, const QString& filePath,
                                            qint64 maxBytes, QString* error)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1.").arg(QFileInfo(filePath).fileName());
        return std::nullopt;
    }
    if (maxBytes > 0 && file.size() > maxBytes) {
        *error = tr("%1 is %2 KiB; this organisation accepts receipts up to %3 KiB.")
                     .arg(QFileInfo(filePath).fileName())
                     .arg((file.size() + 1023) / 1024)
                     .arg(maxBytes / 1024);
        return std::nullopt;
    }
    if (!FileType::sniff(file.read(FileType::sniffLength))) {
        *error = tr("%1 is not a PDF, JPEG, PNG or WEBP file.").arg(QFileInfo(filePath).fileName());
        return std::nullopt;
    }
    OutboxItem item;
    item.kind = QStringLiteral("receipt.upload");
    item.method = QStringLiteral("POST");
    item.path =
        orgPath(QStringLiteral("/claims/") + encoded(claimId) + QStringLiteral("/receipts"));
    item.filePath = QFileInfo(filePath).absoluteFilePath();
    item.recordId = claimId;
    const auto id = m_store->enqueue(item);
    Q_EMIT changed();
    return id;
}

void Outbox::flush(std::function<void(const ApiError&)> done)
{
    if (m_flushing) {
        done({});
        return;
    }
    m_flushing = true;
    sendNext([this, done = std::move(done)](const ApiError& error) {
        m_flushing = false;
        done(error);
    });
}

void Outbox::sendNext(std::function<void(const ApiError&)> done)
{
    const auto next = m_store->nextPending();
    if (!next) {
        done({});
        return;
    }
    const OutboxItem item = *next;
    m_store->noteAttempt(item.id);
    ApiClient::Headers headers{
        {QByteArrayLiteral("Idempotency-Key"), item.idempotencyKey.toLatin1()}};
    if (item.baseVersion) {
        headers.append(
            {QByteArrayLiteral("If-Match"), '"' + QByteArray::number(*item.baseVersion) + '"'});
    }
    qCInfo(lcOutbox) << "sending item" << item.id << item.kind << "attempt" << item.attempts + 1;
    auto answer = [this, item, done = std::move(done)](const ApiResponse& response) mutable {
        onAnswer(item, response, std::move(done));
    };
    if (!item.filePath.isEmpty()) {
        QFile file(item.filePath);
        std::optional<ReceiptType> type;
        if (file.open(QIODevice::ReadOnly)) {
            type = FileType::sniff(file.read(FileType::sniffLength));
        }
        if (!type) {
            m_store->markFailed(item.id, QStringLiteral("file_unreadable"),
                                tr("The file to upload is gone or is no longer a receipt."));
            Q_EMIT itemFailed(item.id, tr("The file to upload is gone or is no longer a receipt."));
            sendNext(std::move(done));
            return;
        }
        const qint64 id = item.id;
        m_api->upload(
            this, item.path, item.filePath, FileType::contentType(*type),
            QFileInfo(item.filePath).fileName(), headers,
            [this, id](qint64 sent, qint64 total) { Q_EMIT uploadProgress(id, sent, total); },
            std::move(answer));
        return;
    }
    m_api->request(this, item.method.toLatin1(), item.path, item.body, headers, std::move(answer));
}

void Outbox::onAnswer(const OutboxItem& item, const ApiResponse& response,
                      std::function<void(const ApiError&)> done)
{
    if (response.ok()) {
        CacheStore::Transaction tx(m_records->database());
        const QJsonObject record = response.object();
        if (!item.resource.isEmpty()) {
            if (item.method == QStringLiteral("DELETE")) {
                m_records->removeRecord(item.resource, item.recordId);
            } else if (record.contains(QStringLiteral("id"))) {
                m_records->putRecord(item.resource, record);
                if (item.baseVersion && record.contains(QStringLiteral("version"))) {
                    m_store->rebase(item.resource, item.recordId, *item.baseVersion,
                                    record.value(QStringLiteral("version")).toInteger());
                }
            }
        }
        m_store->remove(item.id);
        if (!tx.commit()) {
            done(ApiError::of(ApiError::Kind::InvalidResponse,
                              tr("Cannot write the offline data.")));
            return;
        }
        qCInfo(lcOutbox) << "item" << item.id << "applied, HTTP" << response.status;
        Q_EMIT itemSent(item.id);
        Q_EMIT changed();
        sendNext(std::move(done));
        return;
    }
    const ApiError& error = response.error;
    if (isWorthRetrying(error)) {
        qCInfo(lcOutbox) << "item" << item.id << "not confirmed; will resend with the same key";
        done(error);
        return;
    }
    if (error.status == 412) {
        std::optional<qint64> current;
        const QJsonObject body = response.object();
        QJsonValue version =
            body.value(QStringLiteral("error")).toObject().value(QStringLiteral("current_version"));
        if (!version.isDouble()) {
            version = body.value(QStringLiteral("current_version"));
        }
        if (version.isDouble()) {
            current = version.toInteger();
        }
        m_store->markConflict(item.id, current, error.message);
        Q_EMIT itemConflict(item.id);
    } else {
        m_store->markFailed(item.id, error.code, error.message,
                            response.object()
                                .value(QStringLiteral("error"))
                                .toObject()
                                .value(QStringLiteral("fields"))
                                .toObject());
        Q_EMIT itemFailed(item.id, error.message);
    }
    Q_EMIT changed();
    sendNext(std::move(done));
}

bool Outbox::keepMine(qint64 id)
{
    const bool ok = m_store->keepMine(id);
    Q_EMIT changed();
    return ok;
}

void Outbox::takeTheirs(qint64 id, std::function<void(const ApiError&)> done)
{
    const auto item = m_store->item(id);
    if (!item || item->resource.isEmpty() || item->recordId.isEmpty()) {
        if (item) {
            m_store->remove(id);
        }
        Q_EMIT changed();
        done({});
        return;
    }
    const QString path = orgPath(u'/' + item->resource + u'/' + encoded(item->recordId));
    m_api->get(this, path, {},
               [this, item = *item, done = std::move(done)](const ApiResponse& response) {
                   if (!response.ok() && response.error.status != 404) {
                       done(response.error);
                       return;
                   }
                   CacheStore::Transaction tx(m_records->database());
                   if (response.ok()) {
                       m_records->putRecord(item.resource, response.object());
                   } else {
                       m_records->removeRecord(item.resource, item.recordId);
                   }
                   m_store->remove(item.id);
                   tx.commit();
                   Q_EMIT changed();
                   done({});
               });
}

bool Outbox::dismiss(qint64 id)
{
    const auto item = m_store->item(id);
    if (!item || item->status != OutboxItem::Status::Failed) {
        return false;
    }
    const bool ok = m_store->remove(id);
    Q_EMIT changed();
    return ok;
}

} // namespace purser
