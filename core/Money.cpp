#include "core/Money.h"

#include <QJsonValue>
#include <QRegularExpression>

namespace purser {

QJsonObject Money::toJson() const
{
    return QJsonObject{{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), currency}};
}

std::optional<Money> Money::fromJson(const QJsonValue& value)
{
    if (!value.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue amount = object.value(QStringLiteral("amount"));
    const QJsonValue currency = object.value(QStringLiteral("currency"));
    if (!amount.isDouble() || !currency.isString()) {
        return std::nullopt;
    }
    // Qt holds a whole JSON number exactly as a 64-bit integer (a double only when it has a
    // fraction or lies beyond 64 bits, and toInteger() is then 0), so 2^53 + 1 is not rounded
    // to 2^53 here but refused, as are 1.5 and 1e300.
    const qint64 minor = amount.toInteger();
    if (static_cast<double>(minor) != amount.toDouble() || minor > maxJsonAmount ||
        minor < -maxJsonAmount) {
        return std::nullopt;
    }
    if (!isValidCurrencyCode(currency.toString())) {
        return std::nullopt;
    }
    return Money{minor, currency.toString()};
}

QString Money::jsonRequirement()
{
    return QStringLiteral("must be {amount: whole minor units from -%1 to %1, currency: ISO 4217}")
        .arg(maxJsonAmount);
}

int Money::minorUnitDigits(const QString& currency)
{
    static const QStringList zeroDigits = {QStringLiteral("JPY"), QStringLiteral("KRW"),
                                           QStringLiteral("VND"), QStringLiteral("IDR"),
                                           QStringLiteral("CLP"), QStringLiteral("ISK")};
    static const QStringList threeDigits = {QStringLiteral("BHD"), QStringLiteral("KWD"),
                                            QStringLiteral("OMR"), QStringLiteral("JOD"),
                                            QStringLiteral("TND")};
    if (zeroDigits.contains(currency)) {
        return 0;
    }
    if (threeDigits.contains(currency)) {
        return 3;
    }
    return 2;
}

bool Money::isValidCurrencyCode(const QString& currency)
{
    if (currency.size() != 3) {
        return false;
    }
    for (QChar c : currency) {
        if (c < u'A' || c > u'Z') {
            return false;
        }
    }
    return true;
}

QString Money::toDisplayString(const QLocale& locale) const
{
    const int digits = minorUnitDigits(currency);
    qint64 divisor = 1;
    for (int i = 0; i < digits; ++i) {
        divisor *= 10;
    }
    const bool negative = amount < 0;
    // Work on the magnitude as unsigned so INT64_MIN does not overflow.
    const quint64 magnitude =
        negative ? quint64(0) - static_cast<quint64>(amount) : static_cast<quint64>(amount);
    const quint64 major = magnitude / static_cast<quint64>(divisor);
    const quint64 minor = magnitude % static_cast<quint64>(divisor);
    QString text = locale.toString(major);
    if (digits > 0) {
        text += locale.decimalPoint();
        text += QString::number(minor).rightJustified(digits, u'0');
    }
    if (negative) {
        text.prepend(locale.negativeSign());
    }
    return currency + u' ' + text;
}

QString Money::toPlainString() const
{
    const QString shown = toDisplayString(QLocale::c());
    return shown.mid(currency.size() + 1).remove(u',');
}

std::optional<qint64> Money::parseMinorUnits(const QString& text, const QString& currency)
{
    const int digits = minorUnitDigits(currency);
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{1,3}(?:,\d{3})+|\d{1,15})(?:\.(\d+))?$)"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch() || match.captured(2).size() > digits) {
        return std::nullopt;
    }
    const QString whole = match.captured(1).remove(u',');
    const QString fraction = match.captured(2).leftJustified(digits, u'0');
    bool ok = false;
    const qint64 value = (whole + fraction).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace purser
