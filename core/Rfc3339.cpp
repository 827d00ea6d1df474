#include "core/Rfc3339.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <array>

namespace purser {
namespace {

constexpr qint64 kMsecsPerDay = 86400000;

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days): pure
// arithmetic, so writing a time never consults a time zone (the server writes thousands a page).
void civilFromDays(qint64 days, int* year, int* month, int* day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153;
    *day = int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    *month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    *year = int(yearOfEra + era * 400 + (*month <= 2 ? 1 : 0));
}

void putDigits(char16_t* out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

// The digits at text[from, from + count) as a number, or -1 when one is not an ASCII digit.
int digitsAt(QStringView text, qsizetype from, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[from + i].unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The canonical shapes the API and both databases write, "YYYY-MM-DDTHH:MM:SSZ" and
// "YYYY-MM-DDTHH:MM:SS.sssZ", read without Qt's general parser; nullopt for anything else.
std::optional<QDateTime> parseCanonical(QStringView text)
{
    if ((text.size() != 20 && text.size() != 24) || text[4] != u'-' || text[7] != u'-' ||
        text[10] != u'T' || text[13] != u':' || text[16] != u':' || text.back() != u'Z') {
        return std::nullopt;
    }
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    int millis = 0;
    if (text.size() == 24) {
        if (text[19] != u'.') {
            return std::nullopt;
        }
        millis = digitsAt(text, 20, 3);
    }
    // Out-of-range parts (24:00, a leap second, 31 April) go to Qt's parser, which decides.
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
        second < 0 || second > 59 || millis < 0 || !QDate::isValid(year, month, day)) {
        return std::nullopt;
    }
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, millis), Qt::UTC);
}

} // namespace

QString toRfc3339(const QDateTime& time)
{
    if (!time.isValid()) {
        return {};
    }
    const qint64 msecs = time.toMSecsSinceEpoch();
    qint64 days = msecs / kMsecsPerDay;
    qint64 msOfDay = msecs % kMsecsPerDay;
    if (msOfDay < 0) {
        msOfDay += kMsecsPerDay;
        --days;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    if (year < 1 || year > 9999) { // Qt has no year 0 and writes other years differently
        return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    }
    const int ms = int(msOfDay);
    std::array<char16_t, 24> out{u'0', u'0', u'0', u'0', u'-', u'0', u'0', u'-',
                                 u'0', u'0', u'T', u'0', u'0', u':', u'0', u'0',
                                 u':', u'0', u'0', u'.', u'0', u'0', u'0', u'Z'};
    putDigits(&out[0], year, 4);
    putDigits(&out[5], month, 2);
    putDigits(&out[8], day, 2);
    putDigits(&out[11], ms / 3600000, 2);
    putDigits(&out[14], ms / 60000 % 60, 2);
    putDigits(&out[17], ms / 1000 % 60, 2);
    putDigits(&out[20], ms % 1000, 3);
    return QString(reinterpret_cast<const QChar*>(out.data()), qsizetype(out.size()));
}

std::optional<QDateTime> fromRfc3339(const QString& text)
{
    if (auto canonical = parseCanonical(text)) {
        return canonical;
    }
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        return std::nullopt;
    }
    return parsed.toUTC();
}

QString toIsoDate(const QDate& date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

std::optional<QDate> fromIsoDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch()) {
        return std::nullopt;
    }
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date;
}

} // namespace purser
