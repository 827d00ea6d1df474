#pragma once

#include "purser_core_export.h"

#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <optional>

namespace purser {

// An amount of money as an integer count of minor units plus an ISO 4217 code (api.md).
// No floating point anywhere.
struct PURSER_CORE_EXPORT Money
{
    qint64 amount = 0;
    QString currency;

    friend bool operator==(const Money&, const Money&) = default;

    // The largest amount, in minor units, that every JSON reader holds exactly (2^53 - 1): a
    // reader that keeps numbers as doubles (JavaScript) rounds anything beyond it.
    static constexpr qint64 maxJsonAmount = 9007199254740991LL;

    QJsonObject toJson() const;
    // nullopt unless the object is {"amount": integer, "currency": "AAA"} with |amount| at
    // most maxJsonAmount. Qt reads an integral JSON number such as 1.0 or 0.1e1 as the integer
    // 1 (it keeps no notation), so those are read as 1; 1.5 and 2^53 are refused.
    static std::optional<Money> fromJson(const QJsonValue& value);
    // What fromJson requires, as a 422 field reason.
    static QString jsonRequirement();

    // Digits after the decimal point for a currency (2 unless ISO 4217 says otherwise).
    static int minorUnitDigits(const QString& currency);
    static bool isValidCurrencyCode(const QString& currency);

    // "SGD 5,250.00" in the given locale's digit grouping; exact, no double arithmetic.
    QString toDisplayString(const QLocale& locale = QLocale::c()) const;
    // "5250.00": the amount as a person types it (no currency, no grouping).
    QString toPlainString() const;

    // Typed text ("5250", "5250.5", "5,250.00") to minor units of currency, as text, never
    // through double; nullopt for anything else (negative, too many decimals, letters).
    static std::optional<qint64> parseMinorUnits(const QString& text, const QString& currency);
};

} // namespace purser
