#include "server/store/ChangeCursor.h"

#include <QByteArray>

namespace purser::server::ChangeCursor {
namespace {
constexpr auto kOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QString encode(qint64 changeSeq)
{
    return QString::fromLatin1(("c1:" + QByteArray::number(changeSeq)).toBase64(kOptions));
}

std::optional<qint64> decode(const QString& cursor)
{
    if (cursor.isEmpty() || cursor.size() > 64) {
        return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), kOptions | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("c1:")) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 seq = decoded.decoded.mid(3).toLongLong(&ok);
    if (!ok || seq < 0 || encode(seq) != cursor) {
        return std::nullopt;
    }
    return seq;
}

} // namespace purser::server::ChangeCursor
