#pragma once

#include "server/audit/AuditEvent.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QVariantList>

namespace purser::server {

// The one writer of the audit log (api.md, Audit log). append() must be called inside the
// Transaction that makes the change it records: if either fails, both roll back. It takes the
// organisation's next seq (no gaps: audit_heads is updated in the same transaction, which
// serialises writers per organisation), links prev_hash, and stores the entry whose hash is the
// SHA-256 of its canonical JSON (core's AuditChain). The database refuses UPDATE and DELETE
// on audit_log (triggers), so entries can only be added.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

    // Appends and returns the entry as api.md shows it (with seq, prev_hash, hash).
    // Throws StoreError.
    QJsonObject append(const AuditEvent& event);

    // What append() does between reading the head and writing the row, for a writer that
    // appends many entries in one statement (bench/AuditFill's bulk loader): the entry for
    // `event` at `seq` after `prevHash`, hashed (throws StoreError), and its audit_log row as
    // insertColumns() names the columns. One function each, so every writer stores the same.
    static QJsonObject seal(const AuditEvent& event, qint64 seq, const QString& prevHash);
    static QString insertColumns();
    static QVariantList insertValues(const AuditEvent& event, const QJsonObject& sealed);

    // Rebuilds an entry's JSON from a row of audit_log selected with columns(); the same
    // function builds the JSON that append() hashes, so reading and writing cannot disagree.
    static QString columns();
    static QJsonObject entryFromRecord(const class QSqlRecord& record);

private:
    QSqlDatabase m_db;
};

} // namespace purser::server
