#include "ui/EmployeeEditDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace purser {

EmployeeEditDialog::EmployeeEditDialog(const Employee& employee, bool showBank, QWidget* parent)
    : QDialog(parent), m_original(employee), m_name(new QLineEdit(employee.fullName, this)),
      m_email(new QLineEdit(employee.email, this)),
      m_department(new QLineEdit(employee.department, this)),
      m_position(new QLineEdit(employee.position, this)), m_type(new QComboBox(this)),
      m_status(new QComboBox(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Edit %1").arg(employee.fullName));
    for (const QString& type : Employee::employmentTypes()) {
        m_type->addItem(type, type);
    }
    m_type->setCurrentIndex(m_type->findData(employee.employmentType));
    for (const QString& status : Employee::statuses()) {
        m_status->addItem(status, status);
    }
    m_status->setCurrentIndex(m_status->findData(employee.status));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Full &name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Position:"), m_position);
    form->addRow(tr("Employment &type:"), m_type);
    form->addRow(tr("&Status:"), m_status);
    if (showBank) {
        m_bankName = new QLineEdit(employee.bankName.value_or(QString()), this);
        m_bankAccount = new QLineEdit(employee.bankAccount.value_or(QString()), this);
        form->addRow(tr("&Bank:"), m_bankName);
        form->addRow(tr("Bank &account:"), m_bankAccount);
        connect(m_bankAccount, &QLineEdit::textChanged, this, &EmployeeEditDialog::validate);
    }
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Validation message"));
    form->addRow(m_message);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_name, m_email, m_department, m_position}) {
        connect(edit, &QLineEdit::textChanged, this, &EmployeeEditDialog::validate);
    }
    validate();
}

QString EmployeeEditDialog::validationMessage() const
{
    if (m_name->text().trimmed().isEmpty()) {
        return tr("The name cannot be empty.");
    }
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!email.match(m_email->text().trimmed()).hasMatch()) {
        return tr("The email address is not valid.");
    }
    if (m_department->text().trimmed().isEmpty()) {
        return tr("The department cannot be empty.");
    }
    if (m_bankAccount && !m_bankAccount->text().isEmpty()) {
        static const QRegularExpression account(QStringLiteral(R"(^[0-9 -]{4,34}$)"));
        if (!account.match(m_bankAccount->text()).hasMatch()) {
            return tr("The bank account may hold only digits, spaces and dashes (4 to 34).");
        }
    }
    return {};
}

void EmployeeEditDialog::validate()
{
    const QString message = validationMessage();
    m_message->setText(message);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty() && !changes().isEmpty());
}

QJsonObject EmployeeEditDialog::changes() const
{
    QJsonObject changed;
    const auto put = [&changed](const char* key, const QString& now, const QString& before) {
        if (now != before) {
            changed.insert(QLatin1String(key), now);
        }
    };
    put("full_name", m_name->text().trimmed(), m_original.fullName);
    put("email", m_email->text().trimmed(), m_original.email);
    put("department", m_department->text().trimmed(), m_original.department);
    put("position", m_position->text().trimmed(), m_original.position);
    put("employment_type", m_type->currentData().toString(), m_original.employmentType);
    put("status", m_status->currentData().toString(), m_original.status);
    if (m_bankName) {
        put("bank_name", m_bankName->text().trimmed(), m_original.bankName.value_or(QString()));
        put("bank_account", m_bankAccount->text().trimmed(),
            m_original.bankAccount.value_or(QString()));
    }
    return changed;
}

} // namespace purser
