#pragma once

#include <QByteArray>

class QSqlQuery;

namespace purser::server {

// Writes a page of the audit log (GET /orgs/{org}/audit-log) as JSON text straight from the
// rows of a query selecting AuditLog::columns(): byte for byte what QJsonDocument makes of
// {"has_more", "items": [AuditLog::entryFromRecord(row)...]}, without building a QSqlRecord,
// a QJsonObject per row and one big QJsonArray first (those made 1000-entry pages slow).
// The stored `changes` is canonical JSON already; it is copied as is when re-serialising it
// could not change a byte, and goes through QJsonDocument otherwise.
class AuditPageWriter
{
public:
    explicit AuditPageWriter(const QSqlQuery& query); // reads the column positions once
    void append(const QSqlQuery& query);              // the row the query is on
    int count() const { return m_count; }
    QByteArray finish(bool hasMore);

    // True when `json` is an object QJsonDocument would write back unchanged (compact):
    // ASCII keys in ascending order, integers only, Qt's own string escapes, no whitespace.
    static bool isStableJson(const QByteArray& json);

private:
    void appendText(const QString& text);
    void appendTextOrNull(const QString& text);
    void appendChanges(const QByteArray& json);

    QByteArray m_out;
    int m_count = 0;
    int m_seq, m_id, m_occurredAt, m_actorKind, m_actorId, m_actorDisplay, m_channel, m_action,
        m_entityType, m_entityId, m_summary, m_changes, m_ip, m_userAgent, m_requestId, m_prevHash,
        m_hash;
};

} // namespace purser::server
