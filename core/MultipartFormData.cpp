#include "core/MultipartFormData.h"

namespace purser {
namespace {

constexpr int kMaxParts = 16;
constexpr qsizetype kMaxHeaderBytes = 8 * 1024;

// Splits "a; b=c; d=\"e;f\"" into the first token and key=value parameters (keys lowercased,
// quotes and backslash escapes removed). nullopt when a quoted string is not closed.
std::optional<QList<QPair<QByteArray, QByteArray>>> parameters(const QByteArray& value,
                                                               QByteArray* first)
{
    QList<QPair<QByteArray, QByteArray>> result;
    qsizetype i = value.indexOf(';');
    *first = (i < 0 ? value : value.left(i)).trimmed().toLower();
    while (i >= 0 && i < value.size()) {
        ++i; // past ';'
        while (i < value.size() && (value[i] == ' ' || value[i] == '\t')) {
            ++i;
        }
        const qsizetype eq = value.indexOf('=', i);
        if (eq < 0) {
            break;
        }
        const QByteArray key = value.mid(i, eq - i).trimmed().toLower();
        i = eq + 1;
        QByteArray text;
        if (i < value.size() && value[i] == '"') {
            ++i;
            bool closed = false;
            while (i < value.size()) {
                const char c = value[i++];
                if (c == '\\' && i < value.size()) {
                    text += value[i++];
                } else if (c == '"') {
                    closed = true;
                    break;
                } else {
                    text += c;
                }
            }
            if (!closed) {
                return std::nullopt;
            }
            i = value.indexOf(';', i);
        } else {
            const qsizetype end = value.indexOf(';', i);
            text = (end < 0 ? value.mid(i) : value.mid(i, end - i)).trimmed();
            i = end;
        }
        result.append({key, text});
    }
    return result;
}

bool fail(QString* error, const char* reason)
{
    if (error) {
        *error = QString::fromLatin1(reason);
    }
    return false;
}

bool parseHeaders(const QByteArray& block, MultipartPart* part, QString* error)
{
    bool haveDisposition = false;
    // block holds the header lines without the CRLF after the last one.
    qsizetype start = 0;
    while (start <= block.size()) {
        qsizetype end = block.indexOf("\r\n", start);
        if (end < 0) {
            end = block.size();
        }
        const QByteArray text = block.mid(start, end - start);
        start = end + 2;
        if (text.contains('\r') || text.contains('\n')) {
            return fail(error, "part header lines must end with CRLF");
        }
        const qsizetype colon = text.indexOf(':');
        if (colon <= 0) {
            return fail(error, "malformed part header");
        }
        const QByteArray name = text.left(colon).trimmed().toLower();
        const QByteArray value = text.mid(colon + 1).trimmed();
        if (name == "content-disposition") {
            QByteArray kind;
            const auto params = parameters(value, &kind);
            if (!params || kind != "form-data" || haveDisposition) {
                return fail(error, "a part needs one Content-Disposition: form-data");
            }
            haveDisposition = true;
            for (const auto& [key, val] : *params) {
                if (key == "name") {
                    part->name = QString::fromUtf8(val);
                } else if (key == "filename") {
                    part->filename = QString::fromUtf8(val);
                }
            }
        } else if (name == "content-type") {
            part->contentType = QString::fromLatin1(value);
        }
    }
    if (!haveDisposition || part->name.isEmpty()) {
        return fail(error, "a part has no name");
    }
    return true;
}

} // namespace

std::optional<QByteArray> MultipartFormData::boundary(const QByteArray& contentType)
{
    QByteArray kind;
    const auto params = parameters(contentType, &kind);
    if (!params || kind != "multipart/form-data") {
        return std::nullopt;
    }
    for (const auto& [key, value] : *params) {
        if (key == "boundary" && !value.isEmpty() && value.size() <= 70) {
            return value;
        }
    }
    return std::nullopt;
}

std::optional<QList<MultipartPart>> MultipartFormData::parse(const QByteArray& contentType,
                                                             const QByteArray& body, QString* error)
{
    const auto b = boundary(contentType);
    if (!b) {
        fail(error, "not multipart/form-data with a boundary");
        return std::nullopt;
    }
    const QByteArray opening = "--" + *b;
    const QByteArray delimiter = "\r\n--" + *b;
    if (!body.startsWith(opening)) {
        fail(error, "the body does not start with the boundary");
        return std::nullopt;
    }
    QList<MultipartPart> parts;
    qsizetype pos = opening.size();
    for (;;) {
        if (body.mid(pos, 2) == "--") {
            return parts; // closing delimiter; an epilogue is ignored
        }
        if (body.mid(pos, 2) != "\r\n") {
            fail(error, "malformed boundary line");
            return std::nullopt;
        }
        pos += 2;
        if (parts.size() >= kMaxParts) {
            fail(error, "too many parts");
            return std::nullopt;
        }
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0 || headersEnd - pos > kMaxHeaderBytes) {
            fail(error, "part headers are missing or too long");
            return std::nullopt;
        }
        MultipartPart part;
        if (headersEnd == pos) {
            fail(error, "a part has no headers");
            return std::nullopt;
        }
        if (!parseHeaders(body.mid(pos, headersEnd - pos), &part, error)) {
            return std::nullopt;
        }
        const qsizetype dataStart = headersEnd + 4;
        const qsizetype dataEnd = body.indexOf(delimiter, dataStart);
        if (dataEnd < 0) {
            fail(error, "the closing boundary is missing");
            return std::nullopt;
        }
        part.data = body.mid(dataStart, dataEnd - dataStart);
        parts.append(part);
        pos = dataEnd + delimiter.size();
    }
}

} // namespace purser
