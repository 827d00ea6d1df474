#include "server/api/ListPageWriter.h"

#include "core/JsonText.h"

namespace purser::server {

ListPageWriter::ListPageWriter(const QStringList& deleted, bool hasMore)
{
    m_out.reserve(64 * 1024);
    m_out.append(R"({"deleted":[)");
    for (qsizetype i = 0; i < deleted.size(); ++i) {
        if (i > 0) {
            m_out.append(',');
        }
        appendJsonString(m_out, deleted.at(i));
    }
    m_out.append(hasMore ? R"(],"has_more":true,"items":[)" : R"(],"has_more":false,"items":[)");
}

QByteArray& ListPageWriter::nextItem()
{
    if (m_items++ > 0) {
        m_out.append(',');
    }
    return m_out;
}

HttpResponse ListPageWriter::finish(const QString& nextCursor)
{
    m_out.append(R"(],"next_cursor":)");
    appendJsonString(m_out, nextCursor);
    m_out.append('}');
    HttpResponse response;
    response.status = 200;
    response.body = std::move(m_out);
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

} // namespace purser::server
