#include "server/store/ChangeFeed.h"

#include "server/store/Database.h"
#include "server/store/OneRoundTrip.h"

#include <QDateTime>
#include <QSqlQuery>

namespace purser::server {

qint64 ChangeFeed::ceiling(const QString& orgId)
{
    QSqlQuery query(m_db);
    runInOneRoundTrip(query,
                      QStringLiteral("SELECT last_seq FROM org_change_counters WHERE org_id = ?"),
                      {orgId}, "read change ceiling");
    return query.next() ? query.value(0).toLongLong() : 0;
}

void ChangeFeed::recordDeletion(const QString& orgId, const QString& entityType,
                                const QString& entityId, const std::optional<QString>& ownerUserId,
                                qint64 changeSeq)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO deletions (org_id, entity_type, entity_id, user_id, "
                                 "change_seq, deleted_at) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(orgId);
    query.addBindValue(entityType);
    query.addBindValue(entityId);
    query.addBindValue(ownerUserId ? QVariant(*ownerUserId)
                                   : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(changeSeq);
    query.addBindValue(QDateTime::currentDateTimeUtc());
    Database::exec(query, "record deletion");
}

ChangeFeed::Page ChangeFeed::read(const Query& q, const QString& orgId, qint64 since, int limit)
{
    // Writers bump the counter row first and hold it until they commit, so every sequence
    // up to the committed counter value belongs to a committed change.
    const qint64 top = ceiling(orgId);

    QSqlQuery items(m_db);
    items.setForwardOnly(true);
    QVariantList itemBinds{orgId, since, top};
    itemBinds.append(q.ownerBinds);
    itemBinds.append(limit + 1);
    runInOneRoundTrip(
        items,
        QStringLiteral("SELECT %1, change_seq FROM %2 WHERE org_id = ? AND change_seq > ? "
                       "AND change_seq <= ?%3 ORDER BY change_seq LIMIT ?")
            .arg(q.columns, q.table,
                 q.ownerClause.isEmpty() ? QString() : QStringLiteral(" AND ") + q.ownerClause),
        itemBinds, "list changes");
    QList<QPair<qint64, QSqlRecord>> changed;
    while (items.next()) {
        QSqlRecord record = items.record();
        changed.append({record.value(QStringLiteral("change_seq")).toLongLong(), record});
    }

    QSqlQuery tombstones(m_db);
    tombstones.setForwardOnly(true);
    QVariantList tombstoneBinds{orgId, q.entityType, since, top};
    if (q.deletionOwner) {
        tombstoneBinds.append(*q.deletionOwner);
    }
    tombstoneBinds.append(limit + 1);
    runInOneRoundTrip(tombstones,
                      QStringLiteral("SELECT entity_id, change_seq FROM deletions WHERE org_id = ? "
                                     "AND entity_type = ? AND change_seq > ? AND change_seq <= ?") +
                          (q.deletionOwner ? QStringLiteral(" AND user_id = ?") : QString()) +
                          QStringLiteral(" ORDER BY change_seq LIMIT ?"),
                      tombstoneBinds, "list deletions");
    QList<QPair<qint64, QString>> removed;
    while (tombstones.next()) {
        removed.append({tombstones.value(1).toLongLong(), tombstones.value(0).toString()});
    }

    Page page;
    page.lastSeq = since;
    qsizetype i = 0;
    qsizetype j = 0;
    int taken = 0;
    while (taken < limit && (i < changed.size() || j < removed.size())) {
        const bool takeItem =
            j >= removed.size() || (i < changed.size() && changed[i].first < removed[j].first);
        if (takeItem) {
            page.lastSeq = changed[i].first;
            page.rows.append(changed[i].second);
            ++i;
        } else {
            page.lastSeq = removed[j].first;
            page.deleted.append(removed[j].second);
            ++j;
        }
        ++taken;
    }
    page.hasMore = i < changed.size() || j < removed.size();
    return page;
}

} // namespace purser::server
