#pragma once

#include <QSqlDatabase>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>
#include <optional>

namespace purser::server {

class NativeStatement;

// One page of an incremental sync read (api.md, Sync reads) for any org-scoped table with a
// change_seq column, merged with its tombstones from `deletions`. Stable under concurrent
// writes: both reads are capped at the organisation's committed change sequence read first,
// so a change committed between the two reads can never push the cursor past a row the
// first read did not see. Run it inside a Transaction(db, orgId). Throws StoreError.
class ChangeFeed
{
public:
    struct Query
    {
        QString table;      // e.g. "claims"
        QString entityType; // the deletions.entity_type, e.g. "claim"
        QString columns;    // selected columns; change_seq is appended
        // Restricts rows to what an "own"-only reader may see, e.g. "user_id = ?".
        QString ownerClause;
        QVariantList ownerBinds;
        // Restricts tombstones to deletions.user_id = this (nullopt: all tombstones).
        std::optional<QString> deletionOwner;
    };

    struct Page
    {
        QList<QSqlRecord> rows; // without change_seq order guarantees beyond ascending
        QStringList deleted;
        qint64 lastSeq = 0;
        bool hasMore = false;
    };

    // A page without its rows: they went to the row callback of forEachChange().
    struct Cursor
    {
        QStringList deleted;
        qint64 lastSeq = 0;
        bool hasMore = false;
    };

    explicit ChangeFeed(QSqlDatabase db) : m_db(std::move(db)) {}

    Page read(const Query& query, const QString& orgId, qint64 since, int limit);
    // The same page through NativeStatement (issue 14): each changed row is handed to onRow
    // while the statement stands on it (the selected columns, then change_seq), in order, with
    // no QSqlRecord per row. ownerBinds must be text.
    Cursor forEachChange(const Query& query, const QString& orgId, qint64 since, int limit,
                         const std::function<void(const NativeStatement& row)>& onRow);
    // Writes the tombstone of a deleted record (inside the deleting transaction).
    void recordDeletion(const QString& orgId, const QString& entityType, const QString& entityId,
                        const std::optional<QString>& ownerUserId, qint64 changeSeq);
    // The organisation's last committed change sequence.
    qint64 ceiling(const QString& orgId);

private:
    QSqlDatabase m_db;
};

} // namespace purser::server
