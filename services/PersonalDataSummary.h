#pragma once

#include <QJsonObject>
#include <QLocale>
#include <QString>

namespace purser {

// summary.pdf of a personal-data export: person.json for a person to read, in the user's
// language and the locale's dates and money. Names, amounts and dates only, never an internal
// id or a raw number; sections for the record, payslips, claims (with their receipts' names),
// the account, the audit entries (when, who, what) and the disclosures of the past year. Not
// evidence itself: person.json is what the server signed.
class PersonalDataSummary
{
public:
    // receiptNames: the file name each receipt got in receipts/, by receipt id.
    static QString html(const QJsonObject& document, const QHash<QString, QString>& receiptNames,
                        const QLocale& locale);
    static bool write(const QJsonObject& document, const QHash<QString, QString>& receiptNames,
                      const QString& path, const QLocale& locale = QLocale());
};

} // namespace purser
