#pragma once

#include "server/http/HttpResponse.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace purser::server {

// The body of an incremental list page (api.md, Sync),
// {"deleted":[…],"has_more":…,"items":[…],"next_cursor":"…"}, written straight into one
// buffer as each item appends its own JSON: byte for byte what QJsonDocument makes of the same
// object (its keys sorted), without a QJsonObject tree per row and a QJsonArray of them first.
class ListPageWriter
{
public:
    ListPageWriter(const QStringList& deleted, bool hasMore);
    // The buffer to append the next item's JSON object to (its separator already written).
    QByteArray& nextItem();
    HttpResponse finish(const QString& nextCursor);

private:
    QByteArray m_out;
    int m_items = 0;
};

} // namespace purser::server
