#pragma once

#include "cache/OutboxStore.h"
#include "net/ApiClient.h"

#include <QObject>
#include <functional>

namespace purser {

class ApiClient;
class CacheDatabase;
class CacheStore;

// Sends the outbox in order. Every change is first written to the cache (OutboxStore) with a
// new Idempotency-Key and the version it was based on (If-Match), then sent:
// - 2xx: the server's record replaces the cached one and the item leaves the outbox, in one
//   transaction;
// - no answer (offline, cut connection, 5xx, 429): flushing stops; the next flush sends the
//   same item with the same key, so the server applies it exactly once;
// - 412: the item becomes a conflict for the user (keepMine() / takeTheirs());
// - other 4xx: the item is marked failed with the server's message; nothing is dropped.
class Outbox : public QObject
{
    Q_OBJECT
public:
    Outbox(ApiClient* api, CacheDatabase* cache, QObject* parent = nullptr);
    ~Outbox() override;

    void setOrganization(const QString& organizationId) { m_org = organizationId; }
    OutboxStore* store() const { return m_store.get(); }

    // Queue helpers (each writes the cache first and returns the outbox id). resource is the
    // API's collection (employees, claims, payroll-runs); kind names the change for the list
    // of unsent changes ("employee.create", …).
    // Many creates at once (an import): each its own item and Idempotency-Key, in the caller's
    // transaction; their ids in order, nullopt when one could not be stored.
    std::optional<QList<qint64>> createRecords(const QString& kind, const QString& resource,
                                               const QList<QJsonObject>& bodies);
    std::optional<qint64> createRecord(const QString& kind, const QString& resource,
                                       const QJsonObject& body);
    // PATCH: the cached record shows the change at once, until the server's record replaces it.
    std::optional<qint64> updateRecord(const QString& kind, const QString& resource,
                                       const QString& id, const QJsonObject& changes,
                                       qint64 baseVersion);
    // DELETE: the cached record stays until the server confirms (a refusal loses nothing).
    std::optional<qint64> deleteRecord(const QString& kind, const QString& resource,
                                       const QString& id, qint64 baseVersion);
    std::optional<qint64> updateEmployee(const QString& employeeId, const QJsonObject& changes,
                                         qint64 baseVersion);
    std::optional<qint64> createClaim(const QJsonObject& claim);
    // action: submit, approve, reject, return, mark-paid; resource: claims | payroll-runs.
    std::optional<qint64> changeState(const QString& resource, const QString& id,
                                      const QString& action, qint64 baseVersion,
                                      const QJsonObject& body = {});
    // Checks the file's type by content (core FileType) and size against maxBytes first; on
    // refusal returns nullopt with error in plain words and queues nothing.
    std::optional<qint64> uploadReceipt(const QString& claimId, const QString& filePath,
                                        qint64 maxBytes, QString* error);

    // Sends pending items in order until none is left or one cannot be sent now. done gets
    // the error that stopped it (none when everything pending was answered).
    void flush(std::function<void(const ApiError&)> done);
    bool isFlushing() const { return m_flushing; }

    bool keepMine(qint64 id);
    // Drops my change and fetches the server's record into the cache.
    void takeTheirs(qint64 id, std::function<void(const ApiError&)> done);
    // The user has read a failed item's message and lets it go.
    bool dismiss(qint64 id);

    // No answer, or an answer that means "try again later" (401, 408, 429, 5xx, or 409 for an
    // Idempotency-Key whose first request is still running): resend with the same key.
    static bool isWorthRetrying(const ApiError& error);

Q_SIGNALS:
    void itemSent(qint64 id);
    void itemConflict(qint64 id);
    void itemFailed(qint64 id, const QString& message);
    void uploadProgress(qint64 id, qint64 sent, qint64 total);
    void changed();

private:
    std::optional<qint64> queue(OutboxItem item);
    QString orgPath(const QString& rest) const;
    void sendNext(std::function<void(const ApiError&)> done);
    void onAnswer(const OutboxItem& item, const ApiResponse& response,
                  std::function<void(const ApiError&)> done);

    ApiClient* m_api;
    CacheDatabase* m_cache;
    std::unique_ptr<CacheStore> m_records;
    std::unique_ptr<OutboxStore> m_store;
    QString m_org;
    bool m_flushing = false;
};

} // namespace purser
