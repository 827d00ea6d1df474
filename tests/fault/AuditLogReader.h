#pragma once

#include "tests/support/DomainTestClient.h"

#include <QJsonArray>
#include <QString>

namespace purser::test {

// The whole audit log of the email's organisation, page by page, and whether its hash chain
// verifies with core's AuditChain (no gap, no changed entry). Used by every fault test to
// count what was applied.
namespace AuditLogReader {

QJsonArray wholeLog(DomainTestClient& client, const QString& email);
// Empty when the chain is whole; otherwise the verifier's reason.
QString chainProblem(const QJsonArray& log);
// Empty when the organisation's signed tree checkpoint covers the log's first entries with
// exactly the root they give (core's Merkle hashing); otherwise what is wrong.
QString treeProblem(DomainTestClient& client, const QString& email, const QJsonArray& log);
// How many entries match entity_type and action, per entity_id.
QHash<QString, int> countsByEntity(const QJsonArray& log, const QString& entityType,
                                   const QString& action);

} // namespace AuditLogReader
} // namespace purser::test
