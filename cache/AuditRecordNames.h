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
    // The fields known for (entity_type, entity_id); nullopt when no entry named it. Offline
    // data from before this table existed is indexed on the first call (once).
    std::optional<QJsonObject> fields(const QString& entityType, const QString& entityId);
    bool purge();

private:
    bool indexExistingEntries();

    QSqlDatabase m_db;
};

} // namespace purser
