#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace purser {

// The name fields of each record the audit log refers to, as its entries last described them
// (the `changes` of a create, an update or a delete), kept in the offline data next to the
// entries. RecordNames falls back on them, so the audit log's record column shows "Nur Aisyah
// (E0001)" also for a record since deleted or one the role may not read, and offline.
class AuditRecordNames
{
public:
    explicit AuditRecordNames(QSqlDatabase db) : m_db(std::move(db)) {}

    // Called with each entry as it is stored; entries without name fields change nothing.
    bool remember(const QJsonObject& entry);
    // The fields known for (entity_type, entity_id); nullopt when no entry named it. One
    // indexed read: a lookup never indexes the log (the window would wait on it).
    std::optional<QJsonObject> fields(const QString& entityType, const QString& entityId);
    bool purge();

    // Entries held before this table existed (cache migration 0082 marks them) are indexed
    // newest first, at most maxEntries per call, a field taking the newest entry's value.
    // Returns how many entries remain; -1 on an error (the backlog stays for a later call).
    qint64 indexBacklog(int maxEntries);
    bool hasBacklog();

private:
    enum class Precedence
    {
        NewerWins, // an entry as it arrives is newer than all the table knows
        KeepKnown, // the backlog, read newest first, is older than all the table knows
    };
    bool remember(const QJsonObject& entry, Precedence precedence);

    QSqlDatabase m_db;
};

} // namespace purser
