#include "server/store/SqlValues.h"

#include "core/Rfc3339.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace purser::server::sql {

QVariant time(const QDateTime& value)
{
    return QVariant(value.toUTC());
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
