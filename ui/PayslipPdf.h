#pragma once

#include "core/Money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>

namespace purser {

// One payslip as a PDF laid out like a payslip: the organisation, who it pays (number and
// name), the period and the pay date, gross, each deduction, net, in the run's currency and
// the user's language (the translation and the locale's digits and dates).
class PayslipPdf
{
public:
    struct Data
    {
        QString organization;
        QString employeeNo;
        QString employeeName;
        QDate periodStart;
        QDate periodEnd;
        QDate payDate;
        Money gross;
        QList<QPair<QString, Money>> deductions;
        Money net;
    };

    // From the server's run and payslip JSON and the cached employee record.
    static Data fromJson(const QString& organization, const QJsonObject& run,
                         const QJsonObject& payslip, const QJsonObject& employee);
    // "payslip-2026-11-E0001.pdf": safe on every file system.
    static QString fileName(const Data& data);

    static QString html(const Data& data, const QLocale& locale);
    static bool write(const Data& data, const QString& path, const QLocale& locale = QLocale());
};

} // namespace purser
