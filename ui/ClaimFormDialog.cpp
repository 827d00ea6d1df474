#include "ui/ClaimFormDialog.h"

#include "core/Money.h"
#include "core/Rfc3339.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace purser {

ClaimFormDialog::ClaimFormDialog(const QString& employeeId, const QString& currency,
                                 QWidget* parent)
    : QDialog(parent), m_employeeId(employeeId), m_currency(currency),
      m_category(new QComboBox(this)), m_description(new QLineEdit(this)),
      m_amount(new QLineEdit(this)), m_date(new QDateEdit(QDate::currentDate(), this)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New claim"));
    for (const char* category : {"travel", "meals", "equipment", "training", "medical", "other"}) {
        m_category->addItem(QLatin1String(category), QLatin1String(category));
    }
    m_amount->setPlaceholderText(tr("e.g. 42.50"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Amount (%1):").arg(currency), m_amount);
    form->addRow(tr("&Incurred on:"), m_date);
    m_message->setWordWrap(true);
    form->addRow(m_message);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_description, &QLineEdit::textChanged, this, &ClaimFormDialog::validate);
    connect(m_amount, &QLineEdit::textChanged, this, &ClaimFormDialog::validate);
    validate();
}

std::optional<qint64> ClaimFormDialog::minorUnits() const
{
    const auto value = Money::parseMinorUnits(m_amount->text(), m_currency);
    return value && *value > 0 ? value : std::nullopt;
}

QString ClaimFormDialog::validationMessage() const
{
    if (m_description->text().trimmed().isEmpty()) {
        return tr("Say what the claim is for.");
    }
    if (!minorUnits()) {
        return tr("The amount must be a positive number with at most %n decimal(s).", nullptr,
                  Money::minorUnitDigits(m_currency));
    }
    return {};
}

void ClaimFormDialog::validate()
{
    const QString message = validationMessage();
    m_message->setText(message);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

QJsonObject ClaimFormDialog::claim() const
{
    return {{QStringLiteral("employee_id"), m_employeeId},
            {QStringLiteral("category"), m_category->currentData().toString()},
            {QStringLiteral("description"), m_description->text().trimmed()},
            {QStringLiteral("amount"), Money{minorUnits().value_or(0), m_currency}.toJson()},
            {QStringLiteral("incurred_on"), m_date->date().toString(Qt::ISODate)}};
}

void ClaimFormDialog::setClaim(const QJsonObject& claim)
{
    setWindowTitle(tr("Edit draft claim"));
    m_category->setCurrentIndex(
        qMax(0, m_category->findData(claim.value(QStringLiteral("category")).toString())));
    m_description->setText(claim.value(QStringLiteral("description")).toString());
    if (const auto amount = Money::fromJson(claim.value(QStringLiteral("amount")))) {
        m_amount->setText(amount->toPlainString());
    }
    if (const auto date = fromIsoDate(claim.value(QStringLiteral("incurred_on")).toString())) {
        m_date->setDate(*date);
    }
}

} // namespace purser
