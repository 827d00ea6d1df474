#include "ui/PayslipPdf.h"

#include "core/FilenameSanitizer.h"
#include "core/Rfc3339.h"
#include "services/HtmlPdf.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace purser {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("purser::PayslipPdf", text);
}

QString row(const QString& label, const QString& amount, bool strong = false)
{
    const QString open = strong ? QStringLiteral("<b>") : QString();
    const QString close = strong ? QStringLiteral("</b>") : QString();
    return QStringLiteral("<tr><td>%1%2%3</td><td align=\"right\">%1%4%3</td></tr>")
        .arg(open, label.toHtmlEscaped(), close, amount.toHtmlEscaped());
}

} // namespace

PayslipPdf::Data PayslipPdf::fromJson(const QString& organization, const QJsonObject& run,
                                      const QJsonObject& payslip, const QJsonObject& employee)
{
    Data data;
    data.organization = organization;
    data.employeeNo = employee.value(QStringLiteral("employee_no")).toString();
    data.employeeName = employee.value(QStringLiteral("full_name")).toString();
    data.periodStart =
        fromIsoDate(run.value(QStringLiteral("period_start")).toString()).value_or(QDate());
    data.periodEnd =
        fromIsoDate(run.value(QStringLiteral("period_end")).toString()).value_or(QDate());
    data.payDate = fromIsoDate(run.value(QStringLiteral("pay_date")).toString()).value_or(QDate());
    data.gross = Money::fromJson(payslip.value(QStringLiteral("gross"))).value_or(Money{});
    data.net = Money::fromJson(payslip.value(QStringLiteral("net"))).value_or(Money{});
    for (const QJsonValue& line : payslip.value(QStringLiteral("deductions")).toArray()) {
        const QJsonObject deduction = line.toObject();
        data.deductions.append(
            {deduction.value(QStringLiteral("label")).toString(),
             Money::fromJson(deduction.value(QStringLiteral("amount"))).value_or(Money{})});
    }
    return data;
}

QString PayslipPdf::fileName(const Data& data)
{
    const QString name =
        QStringLiteral("payslip-%1-%2.pdf")
            .arg(data.periodStart.toString(QStringLiteral("yyyy-MM")),
                 data.employeeNo.isEmpty() ? QStringLiteral("employee") : data.employeeNo);
    return sanitizeFilename(name, QStringLiteral("payslip.pdf"));
}

QString PayslipPdf::html(const Data& data, const QLocale& locale)
{
    const auto date = [&locale](const QDate& d) { return locale.toString(d, QLocale::LongFormat); };
    QString body;
    body += QStringLiteral("<h2>%1</h2>").arg(data.organization.toHtmlEscaped());
    body += QStringLiteral("<h3>%1</h3>").arg(tr("Payslip").toHtmlEscaped());
    body += QStringLiteral("<table cellpadding=\"3\">");
    body += QStringLiteral("<tr><td>%1</td><td>%2 %3</td></tr>")
                .arg(tr("Employee").toHtmlEscaped(), data.employeeNo.toHtmlEscaped(),
                     data.employeeName.toHtmlEscaped());
    body += QStringLiteral("<tr><td>%1</td><td>%2 – %3</td></tr>")
                .arg(tr("Period").toHtmlEscaped(), date(data.periodStart).toHtmlEscaped(),
                     date(data.periodEnd).toHtmlEscaped());
    body += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                .arg(tr("Pay date").toHtmlEscaped(), date(data.payDate).toHtmlEscaped());
    body += QStringLiteral("</table><hr/><table width=\"100%\" cellpadding=\"3\">");
    body += row(tr("Gross pay"), data.gross.toDisplayString(locale));
    for (const auto& [label, amount] : data.deductions) {
        body += row(label, QStringLiteral("− ") + amount.toDisplayString(locale));
    }
    body += row(tr("Net pay"), data.net.toDisplayString(locale), true);
    body += QStringLiteral("</table>");
    return QStringLiteral("<html><body>") + body + QStringLiteral("</body></html>");
}

bool PayslipPdf::write(const Data& data, const QString& path, const QLocale& locale)
{
    return HtmlPdf::write(html(data, locale), tr("Payslip") + u' ' + data.employeeNo, path);
}

} // namespace purser
