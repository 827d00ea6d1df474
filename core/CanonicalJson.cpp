#include "core/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace purser {
namespace {

bool isWellFormedUtf16(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            return false;
        }
    }
    return true;
}

bool appendString(QByteArray& out, const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    if (!isWellFormedUtf16(text)) {
        return false;
    }
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return true;
}

bool append(QByteArray& out, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out += "null";
        return true;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return true;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        constexpr double maxExact = 9007199254740992.0;
        if (std::trunc(number) != number || std::fabs(number) > maxExact) {
            return false;
        }
        out += QByteArray::number(static_cast<qint64>(number));
        return true;
    }
    case QJsonValue::String:
        return appendString(out, value.toString());
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0) {
                out += ',';
            }
            if (!append(out, array.at(i))) {
                return false;
            }
        }
        out += ']';
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        // QString's operator< compares UTF-16 code units, which is what RFC 8785 sorts by.
        std::sort(keys.begin(), keys.end());
        out += '{';
        bool first = true;
        for (const QString& key : keys) {
            if (!first) {
                out += ',';
            }
            first = false;
            if (!appendString(out, key)) {
                return false;
            }
            out += ':';
            if (!append(out, object.value(key))) {
                return false;
            }
        }
        out += '}';
        return true;
    }
    case QJsonValue::Undefined:
        return false;
    }
    return false;
}

} // namespace

namespace {

// True when any string or key in value fails isGood.
bool anyTextFails(const QJsonValue& value, bool (*isGood)(const QString&))
{
    switch (value.type()) {
    case QJsonValue::String:
        return !isGood(value.toString());
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [isGood](const QJsonValue& item) { return anyTextFails(item, isGood); });
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!isGood(it.key()) || anyTextFails(it.value(), isGood)) {
                return true;
            }
        }
        return false;
    }
    default:
        return false;
    }
}

// Well-formed, and free of what a database column, a UTF-8 decoder or a spreadsheet would
// not give back as it came: NUL, a byte-order mark (dropped at the start of a value read
// back), and the Unicode noncharacters (U+FFFE, U+FFFF, ...; replaced by U+FFFD).
bool isStorableText(const QString& text)
{
    if (!isWellFormedUtf16(text)) {
        return false;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t code = text.at(i).unicode();
        if (text.at(i).isHighSurrogate()) {
            code = QChar::surrogateToUcs4(text.at(i), text.at(i + 1)); // well-formed: a pair
            ++i;
        }
        if (code == 0 || code == 0xFEFF || QChar::isNonCharacter(code)) {
            return false;
        }
    }
    return true;
}

} // namespace

bool hasUnpairedSurrogate(const QJsonValue& value)
{
    return anyTextFails(value, isWellFormedUtf16);
}

bool hasUnstorableText(const QJsonValue& value)
{
    return anyTextFails(value, isStorableText);
}

std::optional<QByteArray> canonicalJson(const QJsonValue& value)
{
    QByteArray out;
    if (!append(out, value)) {
        return std::nullopt;
    }
    return out;
}

} // namespace purser
