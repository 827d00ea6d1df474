#pragma once

#include "models/AuditFilter.h"
#include "models/RecordNames.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace purser {

// The cached audit log, newest first, read with keyset paging on seq (WHERE seq < last seen
// ORDER BY seq DESC LIMIT n): opening or filtering a million entries reads one page, never the
// whole table, never COUNT(*), never OFFSET. A date range becomes a seq range by binary search
// (seq grows with time), so it costs a few primary-key lookups. Text filters (LIKE over the
// stored JSON) cannot use an index: a rare word means reading the whole table, so the scan runs
// in slices of seq windows, each within a small time budget, and goes on after the event loop
// has had its turn; the window stays responsive and searchProgress() tells how far it got.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Seq,
        OccurredAt,
        Actor,
        Action,
        EntityType,
        EntityId,
        Summary,
        ColumnCount
    };
    enum Roles
    {
        EntryRole = Qt::UserRole + 1, // the whole entry (QJsonObject)
    };

    explicit AuditLogModel(QSqlDatabase db, QObject* parent = nullptr);

    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    void reload();
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    QJsonObject entry(int row) const { return m_entries.value(row); }
    // Every matching entry in seq order (for export), in chunks; stops when chunk returns false.
    bool forEachMatching(const std::function<bool(const QList<QJsonObject>&)>& chunk) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // A page is still being looked for (slices run from the event loop).
    bool isSearching() const { return m_wanted > 0; }

Q_SIGNALS:
    void searchProgress(int percent); // of the seq range read so far, while searching
    void searchFinished();            // the page asked for is complete (or nothing is left)

private:
    QString actorName(const QJsonObject& entry) const;
    struct Query
    {
        QString sql;
        QVariantList values;
    };
    Query pageQuery(qint64 beforeSeq, bool ascending, qint64 afterSeq) const;
    bool matches(const QJsonObject& entry) const;
    qint64 firstSeqAtOrAfter(const QString& timestamp) const;
    void computeSeqRange();
    QList<QJsonObject> readSlice(int limit);
    void scanSlice();
    int scannedPercent() const;

    QSqlDatabase m_db;
    RecordNames m_names;
    AuditFilter m_filter;
    QList<QJsonObject> m_entries;
    qint64 m_lowSeq = 0;  // inclusive bounds from the date range
    qint64 m_highSeq = 0; // 0 = no upper bound
    bool m_atEnd = true;
    int m_pageSize = 200;
    qint64 m_topSeq = 0;      // the newest seq in range when the scan began
    qint64 m_scanCursor = 0;  // every seq at or above it has been read
    int m_wanted = 0;         // rows the current page still needs
    quint64 m_generation = 0; // a reload() makes scheduled slices of the last scan stale
};

} // namespace purser
