#include "server/store/ChangeFeed.h"

#include "server/store/Database.h"
#include "server/store/NativeStatement.h"
#include "server/store/OneRoundTrip.h"

#include <QDateTime>
#include <QSqlQuery>

namespace purser::server {

namespace {

QByteArray itemsSql(const ChangeFeed::Query& q)
{
    return QStringLiteral("SELECT %1, change_seq FROM %2 WHERE org_id = ? AND change_seq > ? "
                          "AND change_seq <= ?%3 ORDER BY change_seq LIMIT ?")
        .arg(q.columns, q.table,
             q.ownerClause.isEmpty() ? QString() : QStringLiteral(" AND ") + q.ownerClause)
        .toUtf8();
}

QByteArray tombstonesSql(const ChangeFeed::Query& q)
{
    return QByteArrayLiteral("SELECT entity_id, change_seq FROM deletions WHERE org_id = ? AND "
                             "entity_type = ? AND change_seq > ? AND change_seq <= ?") +
           (q.deletionOwner ? QByteArrayLiteral(" AND user_id = ?") : QByteArray()) +
           QByteArrayLiteral(" ORDER BY change_seq LIMIT ?");
}

} // namespace

qint64 ChangeFeed::ceiling(const QString& orgId)
{
    NativeStatement query(m_db, "SELECT last_seq FROM org_change_counters WHERE org_id = ?",
                          "read change ceiling");
    query.bind(orgId).exec();
    return query.next() ? query.integer(0) : 0;
}

ChangeFeed::Cursor
ChangeFeed::forEachChange(const Query& q, const QString& orgId, qint64 since, int limit,
                          const std::function<void(const NativeStatement& row)>& onRow)
{
    // Writers bump the counter row first and hold it until they commit, so every sequence
    // up to the committed counter value belongs to a committed change.
    const qint64 top = ceiling(orgId);

    QList<QPair<qint64, QString>> removed;
    {
        NativeStatement tombstones(m_db, tombstonesSql(q), "list deletions");
        tombstones.bind(orgId).bind(q.entityType).bind(since).bind(top);
        if (q.deletionOwner) {
            tombstones.bind(*q.deletionOwner);
        }
        tombstones.bind(qint64(limit) + 1).exec();
        while (tombstones.next()) {
            removed.append({tombstones.integer(1), tombstones.text(0)});
        }
    }

    NativeStatement items(m_db, itemsSql(q), "list changes");
    items.bind(orgId).bind(since).bind(top);
    for (const QVariant& value : q.ownerBinds) {
        items.bind(value.toString());
    }
    items.bind(qint64(limit) + 1).exec();
    const int seqColumn = int(q.columns.count(u',')) + 1; // change_seq follows the columns

    Cursor cursor;
    cursor.lastSeq = since;
    qsizetype j = 0;
    bool haveItem = items.next();
    for (int taken = 0; taken < limit && (haveItem || j < removed.size()); ++taken) {
        const qint64 itemSeq = haveItem ? items.integer(seqColumn) : 0;
        if (haveItem && (j >= removed.size() || itemSeq < removed[j].first)) {
            cursor.lastSeq = itemSeq;
            onRow(items);
            haveItem = items.next();
        } else {
            cursor.lastSeq = removed[j].first;
            cursor.deleted.append(removed[j].second);
            ++j;
        }
    }
    cursor.hasMore = haveItem || j < removed.size();
    return cursor;
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
    runInOneRoundTrip(items, QString::fromUtf8(itemsSql(q)), itemBinds, "list changes");
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
    runInOneRoundTrip(tombstones, QString::fromUtf8(tombstonesSql(q)), tombstoneBinds,
                      "list deletions");
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
