#include "ui/PayrollRunDialog.h"

#include "core/Rfc3339.h"

#include <QDateEdit>

namespace purser {

PayrollRunDialog::PayrollRunDialog(const QDate& latestPeriodEnd, QWidget* parent)
    : OutboxFormDialog(parent), m_start(new QDateEdit(this)), m_end(new QDateEdit(this)),
      m_pay(new QDateEdit(this))
{
    setWindowTitle(tr("Start a payroll run"));
    const QDate today = QDate::currentDate();
    const QDate start = latestPeriodEnd.isValid() ? latestPeriodEnd.addDays(1)
                                                  : QDate(today.year(), today.month(), 1);
    const QDate end = start.addMonths(1).addDays(-1);
    for (QDateEdit* edit : {m_start, m_end, m_pay}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_start->setDate(start);
    m_end->setDate(end);
    m_pay->setDate(end);
    addRow(QStringLiteral("period_start"), tr("Period &start:"), m_start);
    addRow(QStringLiteral("period_end"), tr("Period &end:"), m_end);
    addRow(QStringLiteral("pay_date"), tr("&Pay date:"), m_pay);
    finishLayout();
}

QJsonObject PayrollRunDialog::body() const
{
    return {{QStringLiteral("period_start"), toIsoDate(m_start->date())},
            {QStringLiteral("period_end"), toIsoDate(m_end->date())},
            {QStringLiteral("pay_date"), toIsoDate(m_pay->date())}};
}

} // namespace purser
