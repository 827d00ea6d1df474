#include "models/AuditLogModel.h"

#include "models/RecordPager.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QTimer>

namespace purser {

Q_LOGGING_CATEGORY(lcAuditModel, "purser.models.audit")

namespace {

QJsonObject parse(const QVariant& body)
{
    return QJsonDocument::fromJson(body.toString().toUtf8()).object();
}

QString actorText(const QJsonObject& entry)
{
    const QJsonObject actor = entry.value(QStringLiteral("actor")).toObject();
    const QString display = actor.value(QStringLiteral("display")).toString();
    return display.isEmpty() ? actor.value(QStringLiteral("id")).toString() : display;
}

// A slice reads seq windows of this many entries until its time budget is spent.
constexpr qint64 windowSeqs = 10000;
constexpr qint64 sliceBudgetMs = 60;

QString dayStart(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toString(Qt::ISODate);
}

} // namespace

AuditLogModel::AuditLogModel(QSqlDatabase db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_names(db)
{
}

void AuditLogModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    reload();
}

void AuditLogModel::reload()
{
    const bool wasSearching = isSearching();
    ++m_generation;
    m_wanted = 0;
    m_names.clear(); // a sync may have brought new names
    beginResetModel();
    m_entries.clear();
    computeSeqRange();
    m_atEnd = m_highSeq < 0;
    m_topSeq = 0;
    if (!m_atEnd) {
        QSqlQuery newest(m_db);
        if (newest.exec(QStringLiteral("SELECT MAX(seq) FROM audit_entries")) && newest.next()) {
            m_topSeq = newest.value(0).toLongLong();
        }
        if (m_highSeq > 0) {
            m_topSeq = qMin(m_topSeq, m_highSeq);
        }
        m_atEnd = m_topSeq < qMax<qint64>(m_lowSeq, 1);
    }
    m_scanCursor = m_topSeq + 1;
    endResetModel();
    if (!m_atEnd) {
        fetchMore({});
    } else if (wasSearching) {
        Q_EMIT searchFinished();
    }
}

qint64 AuditLogModel::firstSeqAtOrAfter(const QString& timestamp) const
{
    // seq grows with occurred_at, so binary search over seq with primary-key lookups.
    QSqlQuery bounds(m_db);
    // Two scalar subqueries: SQLite answers a lone MIN() or MAX() from the primary key, but
    // MIN(seq), MAX(seq) in one SELECT reads the whole table.
    if (!bounds.exec(QStringLiteral("SELECT (SELECT MIN(seq) FROM audit_entries), "
                                    "(SELECT MAX(seq) FROM audit_entries)")) ||
        !bounds.next() || bounds.value(0).isNull()) {
        return 1;
    }
    qint64 low = bounds.value(0).toLongLong();
    qint64 high = bounds.value(1).toLongLong() + 1; // one past the end: nothing that late
    QSqlQuery probe(m_db);
    probe.prepare(QStringLiteral("SELECT seq, body FROM audit_entries WHERE seq >= ? ORDER BY "
                                 "seq LIMIT 1"));
    while (low < high) {
        const qint64 mid = low + (high - low) / 2;
        probe.bindValue(0, mid);
        if (!probe.exec() || !probe.next()) {
            high = mid;
            continue;
        }
        const qint64 seq = probe.value(0).toLongLong();
        const QString at = parse(probe.value(1)).value(QStringLiteral("occurred_at")).toString();
        if (at < timestamp) {
            low = seq + 1;
        } else {
            high = qMin(mid, seq);
        }
    }
    return low;
}

void AuditLogModel::computeSeqRange()
{
    m_lowSeq = m_filter.from.isValid() ? firstSeqAtOrAfter(dayStart(m_filter.from)) : 0;
    m_highSeq = 0;
    if (m_filter.to.isValid()) {
        m_highSeq = firstSeqAtOrAfter(dayStart(m_filter.to.addDays(1))) - 1;
        if (m_highSeq < m_lowSeq) {
            m_highSeq = -1; // an empty range
        }
    }
}

AuditLogModel::Query AuditLogModel::pageQuery(qint64 beforeSeq, bool ascending,
                                              qint64 afterSeq) const
{
    Query q;
    q.sql = QStringLiteral("SELECT body FROM audit_entries WHERE seq >= ?");
    q.values << qMax(m_lowSeq, afterSeq + 1);
    if (m_highSeq > 0) {
        q.sql += QStringLiteral(" AND seq <= ?");
        q.values << m_highSeq;
    }
    if (beforeSeq > 0) {
        q.sql += QStringLiteral(" AND seq < ?");
        q.values << beforeSeq;
    }
    const auto like = [&q](const QString& pattern) {
        q.sql += QStringLiteral(" AND body LIKE ? ESCAPE '\\'");
        q.values << pattern;
    };
    if (!m_filter.entityType.isEmpty()) {
        like(RecordPager::fieldPattern(QStringLiteral("entity_type"), m_filter.entityType));
    }
    if (!m_filter.action.isEmpty()) {
        like(RecordPager::fieldPattern(QStringLiteral("action"), m_filter.action));
    }
    if (!m_filter.actor.isEmpty()) {
        like(RecordPager::containsPattern(m_filter.actor));
    }
    if (!m_filter.text.isEmpty()) {
        like(RecordPager::containsPattern(m_filter.text));
    }
    q.sql += ascending ? QStringLiteral(" ORDER BY seq ASC LIMIT ?")
                       : QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    return q;
}

bool AuditLogModel::matches(const QJsonObject& entry) const
{
    // LIKE found the text somewhere in the entry; the actor filter must hit the actor itself.
    return m_filter.actor.isEmpty() ||
           actorText(entry).contains(m_filter.actor, Qt::CaseInsensitive) ||
           entry.value(QStringLiteral("actor"))
               .toObject()
               .value(QStringLiteral("id"))
               .toString()
               .contains(m_filter.actor, Qt::CaseInsensitive);
}

// Reads down from m_scanCursor, one seq window per query, until `limit` entries match, the
// range is read (m_atEnd) or the time budget is spent.
QList<QJsonObject> AuditLogModel::readSlice(int limit)
{
    QList<QJsonObject> page;
    QElapsedTimer budget;
    budget.start();
    const qint64 floor = qMax<qint64>(m_lowSeq, 1);
    while (page.size() < limit && !m_atEnd) {
        const qint64 windowLow = qMax(floor, m_scanCursor - windowSeqs);
        const qint64 wanted = limit - page.size();
        Query q = pageQuery(m_scanCursor, false, windowLow - 1);
        q.values << wanted;
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(q.sql);
        for (const QVariant& value : std::as_const(q.values)) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            qCWarning(lcAuditModel) << "cannot read the audit log" << query.lastError().type();
            m_atEnd = true;
            break;
        }
        int rows = 0;
        qint64 lastSeq = 0;
        while (query.next()) {
            ++rows;
            const QJsonObject entry = parse(query.value(0));
            lastSeq = entry.value(QStringLiteral("seq")).toInteger();
            if (matches(entry)) {
                page.append(entry);
            }
        }
        // A full answer may have stopped inside the window: go on below its last row.
        m_scanCursor = rows == wanted ? lastSeq : windowLow;
        m_atEnd = m_scanCursor <= floor && rows < wanted;
        if (budget.elapsed() >= sliceBudgetMs) {
            break;
        }
    }
    return page;
}

void AuditLogModel::scanSlice()
{
    const QList<QJsonObject> page = readSlice(m_wanted);
    if (!page.isEmpty()) {
        beginInsertRows({}, static_cast<int>(m_entries.size()),
                        static_cast<int>(m_entries.size() + page.size() - 1));
        m_entries.append(page);
        endInsertRows();
    }
    m_wanted -= static_cast<int>(page.size());
    if (m_wanted <= 0 || m_atEnd) {
        m_wanted = 0;
        Q_EMIT searchFinished();
        return;
    }
    // The budget ran out before the page filled: the rest after the event loop's turn.
    Q_EMIT searchProgress(scannedPercent());
    QTimer::singleShot(0, this, [this, generation = m_generation]() {
        if (generation == m_generation && m_wanted > 0) {
            scanSlice();
        }
    });
}

int AuditLogModel::scannedPercent() const
{
    const qint64 span = m_topSeq - qMax<qint64>(m_lowSeq, 1) + 1;
    return span <= 0 ? 100 : int(100 * (m_topSeq + 1 - m_scanCursor) / span);
}

bool AuditLogModel::forEachMatching(
    const std::function<bool(const QList<QJsonObject>&)>& chunk) const
{
    if (m_highSeq < 0) {
        return true;
    }
    qint64 after = 0;
    for (;;) {
        Query q = pageQuery(0, true, after);
        q.values << 2000;
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(q.sql);
        for (const QVariant& value : std::as_const(q.values)) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            return false;
        }
        QList<QJsonObject> entries;
        int rows = 0;
        while (query.next()) {
            ++rows;
            const QJsonObject entry = parse(query.value(0));
            after = entry.value(QStringLiteral("seq")).toInteger();
            if (matches(entry)) {
                entries.append(entry);
            }
        }
        if (!entries.isEmpty() && !chunk(entries)) {
            return false;
        }
        if (rows < 2000) {
            return true;
        }
    }
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QJsonObject& e = m_entries.at(index.row());
    if (role == EntryRole) {
        return e;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Seq:
        return e.value(QStringLiteral("seq")).toInteger();
    case OccurredAt:
        return e.value(QStringLiteral("occurred_at")).toString();
    case Actor:
        return actorName(e);
    case Action:
        return e.value(QStringLiteral("action")).toString();
    case EntityType:
        return e.value(QStringLiteral("entity_type")).toString();
    case EntityId: {
        // The record's name from the offline data, or from what the log itself last said of
        // it (a deleted record too); a session is named by whose it is.
        const QString id = e.value(QStringLiteral("entity_id")).toString();
        const QString type = e.value(QStringLiteral("entity_type")).toString();
        const QString name =
            type == u"session" ? tr("Session of %1").arg(actorName(e)) : m_names.record(type, id);
        return name.isEmpty() ? id : name;
    }
    case Summary:
        return e.value(QStringLiteral("summary")).toString();
    default:
        return {};
    }
}

QString AuditLogModel::actorName(const QJsonObject& entry) const
{
    // The person's name from the offline data where it has them; else what the entry says.
    const QJsonObject actor = entry.value(QStringLiteral("actor")).toObject();
    const QString name = actor.value(QStringLiteral("kind")).toString() == u"user"
                             ? m_names.user(actor.value(QStringLiteral("id")).toString())
                             : QString();
    return name.isEmpty() ? actorText(entry) : name;
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Seq:
        return tr("#");
    case OccurredAt:
        return tr("When (UTC)");
    case Actor:
        return tr("Who");
    case Action:
        return tr("Action");
    case EntityType:
        return tr("Record type");
    case EntityId:
        return tr("Record");
    case Summary:
        return tr("Summary");
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || isSearching()) {
        return; // a page being looked for arrives through its own slices
    }
    m_wanted = m_pageSize;
    scanSlice();
}

} // namespace purser
