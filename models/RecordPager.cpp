#include "models/RecordPager.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace purser {

Q_LOGGING_CATEGORY(lcPager, "purser.models.pager")

namespace {

QString likeEscaped(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'%', QStringLiteral("\\%"));
    text.replace(u'_', QStringLiteral("\\_"));
    return text;
}

} // namespace

RecordPager::RecordPager(QSqlDatabase db, QString resource)
    : m_db(std::move(db)), m_resource(std::move(resource))
{
}

void RecordPager::setFilter(QStringList likePatterns, Predicate predicate)
{
    m_patterns = std::move(likePatterns);
    m_predicate = std::move(predicate);
    restart();
}

void RecordPager::restart()
{
    m_lastId.clear();
    m_atEnd = false;
}

QString RecordPager::fieldPattern(const QString& key, const QString& value)
{
    const QByteArray json = QJsonDocument(QJsonObject{{key, value}}).toJson(QJsonDocument::Compact);
    // {"key":"value"} without the braces.
    return u'%' + likeEscaped(QString::fromUtf8(json.mid(1, json.size() - 2))) + u'%';
}

QString RecordPager::containsPattern(const QString& text)
{
    return u'%' + likeEscaped(text) + u'%';
}

QList<QJsonObject> RecordPager::nextPage(int pageSize)
{
    QList<QJsonObject> page;
    // A page of SQL rows may lose some to the exact predicate: read on until the page is full
    // or the resource ends.
    while (!m_atEnd && page.size() < pageSize) {
        QString sql = QStringLiteral("SELECT id, body FROM records WHERE resource = ? AND id > ?");
        for (qsizetype i = 0; i < m_patterns.size(); ++i) {
            sql += QStringLiteral(" AND body LIKE ? ESCAPE '\\'");
        }
        sql += QStringLiteral(" ORDER BY id LIMIT ?");
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(sql);
        query.addBindValue(m_resource);
        query.addBindValue(m_lastId);
        for (const QString& pattern : m_patterns) {
            query.addBindValue(pattern);
        }
        const int batch = pageSize;
        query.addBindValue(batch);
        if (!query.exec()) {
            qCWarning(lcPager) << "cannot read" << m_resource << query.lastError().type();
            m_atEnd = true;
            break;
        }
        int rows = 0;
        while (query.next()) {
            ++rows;
            m_lastId = query.value(0).toString();
            const QJsonObject record =
                QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
            if (!m_predicate || m_predicate(record)) {
                page.append(record);
            }
        }
        if (rows < batch) {
            m_atEnd = true;
        }
    }
    return page;
}

} // namespace purser
