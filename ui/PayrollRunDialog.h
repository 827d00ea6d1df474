#pragma once

#include "ui/OutboxFormDialog.h"

class QDateEdit;

namespace purser {

// Starts a payroll run: the period and the pay date. The server makes it a draft with one
// payslip per active employee paid in the organisation's currency.
class PayrollRunDialog : public OutboxFormDialog
{
    Q_OBJECT
public:
    // Proposes the month after latestPeriodEnd (or the current month), paid on its last day.
    explicit PayrollRunDialog(const QDate& latestPeriodEnd, QWidget* parent = nullptr);

    QJsonObject body() const override;
    FieldErrors check() const override { return {}; } // dates only: the server checks order

    QDateEdit* periodStart() const { return m_start; }
    QDateEdit* periodEnd() const { return m_end; }
    QDateEdit* payDate() const { return m_pay; }

private:
    QDateEdit* m_start;
    QDateEdit* m_end;
    QDateEdit* m_pay;
};

} // namespace purser
