#include "tests/fault/AuditLogReader.h"

#include "core/AuditChain.h"
#include "core/MerkleFrontier.h"
#include "core/MerkleHash.h"
#include "core/SignedNote.h"
#include "core/TreeCheckpoint.h"

namespace purser::test::AuditLogReader {

QJsonArray wholeLog(DomainTestClient& client, const QString& email)
{
    QJsonArray all;
    qint64 after = 0;
    for (;;) {
        const DomainReply page =
            client.as(email, "GET", QStringLiteral("/audit-log?limit=5000&after=%1").arg(after));
        if (page.status != 200) {
            qWarning() << "audit-log page failed" << page.status;
            return all;
        }
        const QJsonArray items = page.json().value(QStringLiteral("items")).toArray();
        for (const QJsonValue& item : items) {
            all.append(item);
        }
        if (!page.json().value(QStringLiteral("has_more")).toBool() || items.isEmpty()) {
            return all;
        }
        after = items.last().toObject().value(QStringLiteral("seq")).toInteger();
    }
}

QString chainProblem(const QJsonArray& log)
{
    AuditChain chain;
    qint64 expected = 1;
    for (const QJsonValue& value : log) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("seq")).toInteger() != expected++) {
            return QStringLiteral("gap before seq %1").arg(expected - 1);
        }
        if (!chain.append(entry)) {
            return chain.verdict().reason;
        }
    }
    return {};
}

QString treeProblem(DomainTestClient& client, const QString& email, const QJsonArray& log)
{
    const DomainReply reply = client.as(email, "GET", QStringLiteral("/audit-log/checkpoint"));
    QString reason;
    const auto note =
        SignedNote::parse(reply.json().value(QStringLiteral("note")).toString().toUtf8(), &reason);
    const auto checkpoint = note ? TreeCheckpoint::parse(note->text, &reason) : std::nullopt;
    if (reply.status != 200 || !checkpoint) {
        return QStringLiteral("no tree checkpoint (%1): %2").arg(reply.status).arg(reason);
    }
    if (checkpoint->size > log.size()) {
        return QStringLiteral("the tree has %1 entries, the log %2")
            .arg(checkpoint->size)
            .arg(log.size());
    }
    MerkleFrontier frontier;
    for (qsizetype i = 0; i < checkpoint->size; ++i) {
        frontier.append(MerkleHash::entryLeaf(log.at(i).toObject()));
    }
    return frontier.root() == checkpoint->root
               ? QString()
               : QStringLiteral("the tree's root does not match its %1 entries")
                     .arg(checkpoint->size);
}

QHash<QString, int> countsByEntity(const QJsonArray& log, const QString& entityType,
                                   const QString& action)
{
    QHash<QString, int> counts;
    for (const QJsonValue& value : log) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("entity_type")).toString() == entityType &&
            entry.value(QStringLiteral("action")).toString() == action) {
            ++counts[entry.value(QStringLiteral("entity_id")).toString()];
        }
    }
    return counts;
}

} // namespace purser::test::AuditLogReader
