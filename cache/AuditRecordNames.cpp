#include "cache/AuditRecordNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace purser {

namespace {

const QString indexedKey = QStringLiteral("audit_record_names_indexed");

// The fields that name a record (RecordNames reads them; a receipt is named by its claim).
const QStringList nameFields{QStringLiteral("full_name"),   QStringLiteral("employee_no"),
                             QStringLiteral("description"), QStringLiteral("period_start"),
                             QStringLiteral("period_end"),  QStringLiteral("name"),
                             QStringLiteral("email"),       QStringLiteral("claim_id")};

QJsonObject parse(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

bool AuditRecordNames::remember(const QJsonObject& entry)
{
    const QString type = entry.value(QStringLiteral("entity_type")).toString();
    const QString id = entry.value(QStringLiteral("entity_id")).toString();
    const QJsonObject changes = entry.value(QStringLiteral("changes")).toObject();
    if (type.isEmpty() || id.isEmpty()) {
        return true;
    }
    QJsonObject named;
    for (const QString& field : nameFields) {
        // [old, new]: the new value; for a delete (new is null) the old one.
        const QJsonArray change = changes.value(field).toArray();
        const QString value =
            change.at(1).isString() ? change.at(1).toString() : change.at(0).toString();
        if (!value.isEmpty() && value != u"[redacted]") {
            named.insert(field, value);
        }
    }
    if (named.isEmpty()) {
        return true;
    }
    QJsonObject merged = fields(type, id).value_or(QJsonObject());
    for (auto it = named.begin(); it != named.end(); ++it) {
        merged.insert(it.key(), it.value());
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO audit_record_names (entity_type, "
                                 "entity_id, fields) VALUES (?, ?, ?)"));
    query.addBindValue(type);
    query.addBindValue(id);
    query.addBindValue(QString::fromUtf8(QJsonDocument(merged).toJson(QJsonDocument::Compact)));
    return query.exec();
}

std::optional<QJsonObject> AuditRecordNames::fields(const QString& entityType,
                                                    const QString& entityId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(indexedKey);
    if (query.exec() && !query.next() && !indexExistingEntries()) {
        return std::nullopt;
    }
    query.prepare(QStringLiteral(
        "SELECT fields FROM audit_record_names WHERE entity_type = ? AND entity_id = ?"));
    query.addBindValue(entityType);
    query.addBindValue(entityId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return parse(query.value(0).toString());
}

bool AuditRecordNames::indexExistingEntries()
{
    // Marked first: remember() asks fields() for what is already known.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')"));
    query.addBindValue(indexedKey);
    if (!query.exec()) {
        return false;
    }
    const bool ownTransaction = m_db.transaction(); // false: the caller's is open
    QSqlQuery entries(m_db);
    entries.setForwardOnly(true);
    if (!entries.exec(QStringLiteral("SELECT body FROM audit_entries ORDER BY seq"))) {
        return false;
    }
    while (entries.next()) {
        remember(parse(entries.value(0).toString()));
    }
    return !ownTransaction || m_db.commit();
}

bool AuditRecordNames::purge()
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("DELETE FROM audit_record_names"));
}

} // namespace purser
