#include "server/store/SqlValues.h"

#include "core/Rfc3339.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace purser::server::sql {

QVariant time(const QDateTime& value)
{
    return QVariant(value.toUTC());
}

QString timeText(const QDateTime& value)
{
    return toRfc3339(value);
}

QDateTime timeFrom(const QVariant& value)
{
    if (value.isNull()) {
        return {};
    }
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString();
        if (const auto parsed = fromRfc3339(text)) {
            return *parsed;
        }
        QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        return parsed.toUTC();
    }
    return value.toDateTime().toUTC();
}

QVariant date(const std::optional<QDate>& value)
{
    if (!value) {
        return QVariant(QMetaType(QMetaType::QDate));
    }
    return QVariant(toIsoDate(*value));
}

std::optional<QDate> dateFrom(const QVariant& value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    if (value.typeId() == QMetaType::QDate) {
        return value.toDate();
    }
    return fromIsoDate(value.toString().left(10));
}

namespace {

// The digits at text[from, from + count) as a number, or -1 when one is not an ASCII digit.
int digitsAt(QByteArrayView text, qsizetype from, int count)
{
    if (from + count > text.size()) {
        return -1;
    }
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[from + i];
        if (c < '0' || c > '9') {
            return -1;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

QDateTime timeFromText(QByteArrayView text)
{
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    const bool shaped = text.size() >= 19 && text[4] == '-' && text[7] == '-' &&
                        (text[10] == ' ' || text[10] == 'T') && text[13] == ':' && text[16] == ':';
    if (!shaped || year < 1 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 ||
        minute > 59 || second < 0 || second > 59 || !QDate::isValid(year, month, day)) {
        return timeFrom(QVariant(QString::fromUtf8(text))); // anything else: Qt decides
    }
    qsizetype at = 19;
    double fraction = 0;
    if (at < text.size() && text[at] == '.') {
        double scale = 0.1;
        for (++at; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at) {
            fraction += (text[at] - '0') * scale;
            scale /= 10;
        }
    }
    // Rounded to milliseconds as Qt's driver rounds it (.9996 s is the next second).
    const int millis = qRound(fraction * 1000.0);
    qint64 offsetSeconds = 0;
    if (at < text.size() && text[at] != 'Z') {
        const int sign = text[at] == '-' ? -1 : 1;
        const int offsetHours = digitsAt(text, at + 1, 2);
        int offsetMinutes = 0;
        if (at + 3 < text.size()) {
            offsetMinutes = digitsAt(text, at + (text[at + 3] == ':' ? 4 : 3), 2);
        }
        if ((text[at] != '+' && text[at] != '-') || offsetHours < 0 || offsetMinutes < 0) {
            return timeFrom(QVariant(QString::fromUtf8(text)));
        }
        offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
    }
    const QDateTime local(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
    return local.addMSecs(millis - offsetSeconds * 1000);
}

std::optional<QDate> dateFromText(QByteArrayView text)
{
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    if (text.size() < 10 || text[4] != '-' || text[7] != '-' || year < 0 || month < 0 || day < 0 ||
        !QDate::isValid(year, month, day)) {
        return std::nullopt;
    }
    return QDate(year, month, day);
}

QVariant text(const std::optional<QString>& value)
{
    return value ? QVariant(*value) : nullText();
}

std::optional<QString> textFrom(const QVariant& value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toString();
}

QJsonValue jsonOrNull(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

std::optional<QString> canonicalUuid(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (!pattern.match(text).hasMatch()) {
        return std::nullopt;
    }
    return text.toLower();
}

QString lockClause(const QSqlDatabase& db, RowLock lock)
{
    return lock == RowLock::ForUpdate && db.driverName() == u"QPSQL" ? QStringLiteral(" FOR UPDATE")
                                                                     : QString();
}

} // namespace purser::server::sql
