#include "cache/AuditRecordNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace purser {

namespace {

const QString backlogKey = QStringLiteral("audit_record_names_backlog");

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
    return remember(entry, Precedence::NewerWins);
}

bool AuditRecordNames::remember(const QJsonObject& entry, Precedence precedence)
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
        if (precedence == Precedence::NewerWins || !merged.contains(it.key())) {
            merged.insert(it.key(), it.value());
        }
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
    query.prepare(QStringLiteral(
        "SELECT fields FROM audit_record_names WHERE entity_type = ? AND entity_id = ?"));
    query.addBindValue(entityType);
    query.addBindValue(entityId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return parse(query.value(0).toString());
}

qint64 AuditRecordNames::indexBacklog(int maxEntries)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(backlogKey);
    if (!query.exec()) {
        return -1;
    }
    if (!query.next()) {
        return 0; // nothing held from before the table, or all of it indexed
    }
    const qint64 upTo = query.value(0).toLongLong();
    const bool ownTransaction = m_db.transaction(); // false: the caller's is open
    QSqlQuery entries(m_db);
    entries.setForwardOnly(true);
    entries.prepare(QStringLiteral(
        "SELECT seq, body FROM audit_entries WHERE seq <= ? ORDER BY seq DESC LIMIT ?"));
    entries.addBindValue(upTo);
    entries.addBindValue(maxEntries);
    if (!entries.exec()) {
        if (ownTransaction) {
            m_db.rollback();
        }
        return -1;
    }
    qint64 oldest = upTo + 1;
    int read = 0;
    while (entries.next()) {
        oldest = entries.value(0).toLongLong();
        ++read;
        if (!remember(parse(entries.value(1).toString()), Precedence::KeepKnown)) {
            if (ownTransaction) {
                m_db.rollback();
            }
            return -1;
        }
    }
    const bool done = read < maxEntries || oldest <= 1;
    QSqlQuery mark(m_db);
    if (done) {
        mark.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
        mark.addBindValue(backlogKey);
    } else {
        mark.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
        mark.addBindValue(QString::number(oldest - 1));
        mark.addBindValue(backlogKey);
    }
    if (!mark.exec() || (ownTransaction && !m_db.commit())) {
        if (ownTransaction) {
            m_db.rollback();
        }
        return -1;
    }
    return done ? 0 : oldest - 1; // seq counts from 1: at most that many remain
}

bool AuditRecordNames::hasBacklog()
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM meta WHERE key = ?"));
    query.addBindValue(backlogKey);
    return query.exec() && query.next();
}

bool AuditRecordNames::purge()
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    query.addBindValue(backlogKey); // the entries it pointed at go too
    return query.exec() && query.exec(QStringLiteral("DELETE FROM audit_record_names"));
}

} // namespace purser
