#pragma once

#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>

namespace purser::test {

// What an attacker with write access to the database does (issue 15): rewrites the summaries
// of an organisation's audit entries from seq `fromSeq` on, recomputes their hash chain, the
// Merkle tree's nodes and frontier and the head, with the append-only triggers out of the
// way, so that everything the server reads is consistent again. `entries` is the whole log as
// GET /audit-log served it before. With forgetCheckpoints the attacker also deletes the
// checkpoints the server signed, so the server itself cannot notice (a client that verified one
// before still can). Returns false with a reason when a statement fails.
class AuditLogTamper
{
public:
    static bool rewriteFrom(QSqlDatabase db, bool postgres, const QString& orgId,
                            const QJsonArray& entries, qint64 fromSeq, QString* error,
                            bool forgetCheckpoints = false);
};

} // namespace purser::test
