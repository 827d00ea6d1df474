#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

namespace purser {

// One change made in the client, waiting for the server.
struct OutboxItem
{
    enum class Status
    {
        Pending,  // waiting to be sent (or re-sent with the same key after a lost answer)
        Conflict, // 412: the record changed on the server; the user chooses
        Failed,   // the server refused it (4xx); its message is kept on the item
    };

    qint64 id = 0;
    QString idempotencyKey;
    QString kind;   // "employee.update", "claim.create", "claim.submit", "receipt.upload", …
    QString method; // POST | PATCH | DELETE
    QString path;   // under /api/v1, e.g. /orgs/{org}/employees/{id}
    QJsonObject body;
    QString filePath; // receipt uploads: streamed from this file
    QString resource; // where the server's answer goes in the cache (may be empty)
    QString recordId;
    std::optional<qint64> baseVersion; // sent as If-Match
    Status status = Status::Pending;
    int attempts = 0;
    QString errorCode;
    QString errorMessage;
    QJsonObject errorFields;             // a 422's `fields`: one reason per field of the body
    std::optional<qint64> serverVersion; // from a 412's current_version
};

QString outboxStatusName(OutboxItem::Status status);

// The outbox table: every client change is written here first, in order, and stays until the
// server has confirmed it. Nothing leaves it silently: a refused change stays, marked, until
// the user resolves or dismisses it.
class OutboxStore
{
public:
    // onCountChanged gets the number of unsent items after every change (for the sidecar).
    explicit OutboxStore(QSqlDatabase db, std::function<void(int)> onCountChanged = {});

    // Stores the item with a new Idempotency-Key; returns its id.
    std::optional<qint64> enqueue(OutboxItem item);
    // Many at once (an import): each its own item and key, the count told once at the end
    // (counting and the sidecar after every row made 10 000 rows quadratic). The caller holds
    // the transaction. Their ids in order; nullopt when one could not be stored.
    std::optional<QList<qint64>> enqueueAll(const QList<OutboxItem>& items);
    std::optional<OutboxItem> nextPending() const;
    std::optional<OutboxItem> item(qint64 id) const;
    QList<OutboxItem> items() const;
    int unsentCount() const;
    bool hasUnsentChange(const QString& resource, const QString& recordId) const;

    bool noteAttempt(qint64 id);
    // The server confirmed: the item leaves the outbox (call inside the transaction that
    // applies the server's record).
    bool remove(qint64 id);
    bool markConflict(qint64 id, std::optional<qint64> serverVersion, const QString& message);
    bool markFailed(qint64 id, const QString& code, const QString& message,
                    const QJsonObject& fields = {});
    // A change to a record was confirmed at version `to`: later changes to the same record
    // that were queued against `from` and never sent yet now go against `to` (they were made
    // on top of the confirmed one, so this is no lost update).
    bool rebase(const QString& resource, const QString& recordId, qint64 from, qint64 to);
    // Conflict resolution "keep mine": send again against the server's version, new key.
    bool keepMine(qint64 id);

private:
    bool update(const QString& sql, const QVariantList& values);
    void countChanged() const;

    QSqlDatabase m_db;
    std::optional<qint64> insert(const OutboxItem& item);

    std::function<void(int)> m_onCountChanged;
};

} // namespace purser
