#include "tests/fault/AuditLogReader.h"

#include "core/AuditChain.h"

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
