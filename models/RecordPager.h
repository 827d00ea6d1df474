#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace purser {

// Reads one resource's cached records a page at a time with keyset paging on the primary key
// (resource, id): each page starts after the last id seen, so page 5,000 costs what page 1
// costs. Never OFFSET, never COUNT(*). Filters are LIKE patterns over the stored compact JSON
// (a cheap pre-filter inside SQLite) plus an exact predicate on the parsed record.
class RecordPager
{
public:
    using Predicate = std::function<bool(const QJsonObject&)>;

    RecordPager(QSqlDatabase db, QString resource);

    // Every pattern must match the body (SQL LIKE, '\' escapes); the predicate decides exactly.
    void setFilter(QStringList likePatterns, Predicate predicate);
    void restart();
    bool atEnd() const { return m_atEnd; }

    // The next up to pageSize matching records, in id order.
    QList<QJsonObject> nextPage(int pageSize);

    // `"key":"value"` as it appears in compact JSON, escaped for LIKE.
    static QString fieldPattern(const QString& key, const QString& value);
    static QString containsPattern(const QString& text);

private:
    QSqlDatabase m_db;
    QString m_resource;
    QStringList m_patterns;
    Predicate m_predicate;
    QString m_lastId;
    bool m_atEnd = false;
};

} // namespace purser
