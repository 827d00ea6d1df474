#pragma once

#include "core/Employee.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace purser {

// Edits an employee's directory fields (and bank details for roles that may read them). The
// form validates as the user types; OK is offered only when every field is valid. changes()
// holds just the fields that differ, ready for the outbox.
class EmployeeEditDialog : public QDialog
{
    Q_OBJECT
public:
    EmployeeEditDialog(const Employee& employee, bool showBank, QWidget* parent = nullptr);

    QJsonObject changes() const;
    QString validationMessage() const; // empty when valid
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* emailField() const { return m_email; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void validate();

    Employee m_original;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_department;
    QLineEdit* m_position;
    QComboBox* m_type;
    QComboBox* m_status;
    QLineEdit* m_bankName = nullptr;
    QLineEdit* m_bankAccount = nullptr;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace purser
