#include "core/Rfc3339.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace purser {

QString toRfc3339(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

std::optional<QDateTime> fromRfc3339(const QString& text)
{
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
