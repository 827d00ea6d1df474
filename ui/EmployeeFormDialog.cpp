#include "ui/EmployeeFormDialog.h"

#include "core/EmployeeInput.h"
#include "core/Money.h"
#include "core/Rfc3339.h"
#include "models/EmployeeColumn.h"

#include <QComboBox>
#include <QLineEdit>
#include <QUuid>

namespace purser {

namespace {

const QString kSalary = QStringLiteral("base_salary");

// Fields whose empty text means "none" (absent on create, null on edit).
bool isOptional(const QString& key)
{
    return key == u"end_date" || key == u"national_id" || key == u"bank_name" ||
           key == u"bank_account" || key == kSalary;
}

} // namespace

EmployeeFormDialog::EmployeeFormDialog(const std::optional<Employee>& employee,
                                       const Context& context, QWidget* parent)
    : OutboxFormDialog(parent), m_original(employee), m_context(context)
{
    setWindowTitle(employee ? tr("Edit %1").arg(employee->fullName) : tr("Add employee"));
    const Employee e = employee.value_or(Employee{});
    const QString today = toIsoDate(QDate::currentDate());
    addText(QStringLiteral("employee_no"), tr("Employee &no.:"), e.employeeNo);
    addText(QStringLiteral("full_name"), tr("Full &name:"), e.fullName);
    addText(QStringLiteral("email"), tr("&Email:"), e.email);
    if (wanted(QStringLiteral("department"))) {
        auto* department = new QComboBox(this);
        department->setEditable(true);
        department->addItems(context.departments);
        department->setCurrentText(e.department);
        addRow(QStringLiteral("department"), tr("&Department:"), department);
        m_keys << QStringLiteral("department");
    }
    addText(QStringLiteral("position"), tr("&Position:"), e.position);
    addChoice(QStringLiteral("employment_type"), tr("Employment &type:"),
              Employee::employmentTypes(), &employmentTypeDisplay,
              employee ? e.employmentType : QStringLiteral("full_time"));
    addText(QStringLiteral("start_date"), tr("&Start date:"),
            employee ? toIsoDate(e.startDate) : today, QStringLiteral("YYYY-MM-DD"));
    addText(QStringLiteral("end_date"), tr("En&d date:"),
            e.endDate ? toIsoDate(*e.endDate) : QString(), tr("none"));
    addChoice(QStringLiteral("status"), tr("Stat&us:"), Employee::statuses(), &statusDisplay,
              employee ? e.status : QStringLiteral("active"));
    if (context.visibility.nationalId) {
        addText(QStringLiteral("national_id"), tr("National &ID:"),
                e.nationalId.value_or(QString()));
    }
    if (context.visibility.bankAndSalary) {
        addText(QStringLiteral("bank_name"), tr("&Bank:"), e.bankName.value_or(QString()));
        addText(QStringLiteral("bank_account"), tr("Bank &account:"),
                e.bankAccount.value_or(QString()));
        addText(kSalary, tr("Base &salary (%1):").arg(context.currency),
                e.baseSalary ? e.baseSalary->toPlainString() : QString(), QStringLiteral("0.00"));
    }
    finishLayout();
}

void EmployeeFormDialog::addText(const QString& key, const QString& label, const QString& value,
                                 const QString& placeholder)
{
    if (!wanted(key)) {
        return;
    }
    auto* edit = new QLineEdit(value, this);
    edit->setPlaceholderText(placeholder);
    addRow(key, label, edit);
    m_keys << key;
}

void EmployeeFormDialog::addChoice(const QString& key, const QString& label,
                                   const QStringList& values, QString (*display)(const QString&),
                                   const QString& current)
{
    if (!wanted(key)) {
        return;
    }
    auto* combo = new QComboBox(this);
    for (const QString& value : values) {
        combo->addItem(display(value), value);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
    addRow(key, label, combo);
    m_keys << key;
}

QLineEdit* EmployeeFormDialog::lineEdit(const QString& key) const
{
    return qobject_cast<QLineEdit*>(field(key));
}

QComboBox* EmployeeFormDialog::comboBox(const QString& key) const
{
    return qobject_cast<QComboBox*>(field(key));
}

QJsonObject EmployeeFormDialog::fullBody() const
{
    QJsonObject body;
    for (const QString& key : m_keys) {
        QString text;
        if (auto* combo = comboBox(key)) {
            text = combo->isEditable() ? combo->currentText().trimmed()
                                       : combo->currentData().toString();
        } else if (auto* edit = lineEdit(key)) {
            text = edit->text().trimmed();
        }
        if (text.isEmpty() && isOptional(key)) {
            body.insert(key, QJsonValue::Null);
        } else if (key == kSalary) {
            const auto minor = Money::parseMinorUnits(text, m_context.currency);
            // Unparsable text stays text, so the check names the field.
            body.insert(key, minor ? QJsonValue(Money{*minor, m_context.currency}.toJson())
                                   : QJsonValue(text));
        } else {
            body.insert(key, text);
        }
    }
    return body;
}

QJsonObject EmployeeFormDialog::body() const
{
    const QJsonObject full = fullBody();
    QJsonObject result;
    if (!m_original) {
        for (auto it = full.begin(); it != full.end(); ++it) {
            if (!it.value().isNull()) {
                result.insert(it.key(), it.value());
            }
        }
        return result;
    }
    const QJsonObject before = m_original->toJson();
    for (auto it = full.begin(); it != full.end(); ++it) {
        const QJsonValue old = before.value(it.key());
        const bool same =
            it.value().isNull() ? (old.isUndefined() || old.isNull()) : it.value() == old;
        if (!same) {
            result.insert(it.key(), it.value());
        }
    }
    return result;
}

FieldErrors EmployeeFormDialog::check() const
{
    FieldErrors errors;
    const QJsonObject body = this->body();
    if (m_original) {
        EmployeeInput::forPatch(body, *m_original, &errors);
    } else {
        Employee base;
        base.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        base.version = 1;
        base.updatedAt = QDateTime::currentDateTimeUtc();
        EmployeeInput::forCreate(body, base, &errors);
    }
    if (body.value(kSalary).isString()) {
        errors.add(kSalary, tr("An amount such as 5250.00 (at most %n decimal(s)).", nullptr,
                               Money::minorUnitDigits(m_context.currency)));
    }
    // The organisation's checks as the server makes them (EmployeeWriteApi), on the offline
    // data: numbers compared without case and spaces, departments spelled as the organisation
    // does (a new one may be named).
    if (body.contains(QStringLiteral("employee_no"))) {
        const QString key =
            EmployeeRules::employeeNoKey(body.value(QStringLiteral("employee_no")).toString());
        for (const QString& taken : m_context.takenEmployeeNumbers) {
            if (!key.isEmpty() && EmployeeRules::employeeNoKey(taken) == key) {
                errors.add(QStringLiteral("employee_no"), QStringLiteral("already in use"));
                break;
            }
        }
    }
    if (body.contains(QStringLiteral("department"))) {
        EmployeeInput::checkDepartment(body.value(QStringLiteral("department")).toString(),
                                       m_context.departments, EmployeeRules::NewDepartment::Allowed,
                                       &errors);
    }
    return errors;
}

} // namespace purser
