#include "core/JsonText.h"

namespace purser {
namespace {

constexpr char kHex[] = "0123456789abcdef";

void appendUnicodeEscape(QByteArray& out, char16_t unit)
{
    const char escape[6] = {'\\',
                            'u',
                            kHex[(unit >> 12) & 0xf],
                            kHex[(unit >> 8) & 0xf],
                            kHex[(unit >> 4) & 0xf],
                            kHex[unit & 0xf]};
    out.append(escape, 6);
}

} // namespace

void appendJsonString(QByteArray& out, QStringView text)
{
    // Grown geometrically: reserving exactly what this string needs would reallocate (and
    // copy) the whole page for nearly every string once it is past its first reservation.
    const qsizetype needed = out.size() + text.size() + 2;
    if (needed > out.capacity()) {
        out.reserve(qMax(needed, out.capacity() * 2));
    }
    out.append('"');
    const char16_t* p = text.utf16();
    const char16_t* const end = p + text.size();
    while (p != end) {
        const char16_t unit = *p++;
        if (unit < 0x80) {
            if (unit >= 0x20 && unit != u'"' && unit != u'\\') {
                out.append(char(unit));
                continue;
            }
            out.append('\\');
            switch (unit) {
            case u'"':
                out.append('"');
                break;
            case u'\\':
                out.append('\\');
                break;
            case u'\b':
                out.append('b');
                break;
            case u'\f':
                out.append('f');
                break;
            case u'\n':
                out.append('n');
                break;
            case u'\r':
                out.append('r');
                break;
            case u'\t':
                out.append('t');
                break;
            default:
                out.append("u00", 3);
                out.append(kHex[unit >> 4]);
                out.append(kHex[unit & 0xf]);
            }
        } else if (unit < 0x800) {
            const char bytes[2] = {char(0xc0 | (unit >> 6)), char(0x80 | (unit & 0x3f))};
            out.append(bytes, 2);
        } else if (unit >= 0xd800 && unit <= 0xdbff && p != end && *p >= 0xdc00 && *p <= 0xdfff) {
            const char32_t point = 0x10000 + ((char32_t(unit) - 0xd800) << 10) + (*p++ - 0xdc00);
            const char bytes[4] = {char(0xf0 | (point >> 18)), char(0x80 | ((point >> 12) & 0x3f)),
                                   char(0x80 | ((point >> 6) & 0x3f)), char(0x80 | (point & 0x3f))};
            out.append(bytes, 4);
        } else if (unit >= 0xd800 && unit <= 0xdfff) {
            appendUnicodeEscape(out, unit); // UTF-8 cannot carry an unpaired surrogate
        } else {
            const char bytes[3] = {char(0xe0 | (unit >> 12)), char(0x80 | ((unit >> 6) & 0x3f)),
                                   char(0x80 | (unit & 0x3f))};
            out.append(bytes, 3);
        }
    }
    out.append('"');
}

} // namespace purser
