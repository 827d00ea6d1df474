#pragma once

#include "core/Employee.h"
#include "core/EmployeeVisibility.h"
#include "ui/OutboxFormDialog.h"

class QComboBox;
class QLineEdit;

namespace purser {

// Adds an employee (no record given), edits one, or ends an employment (onlyFields end date
// and status). The form checks the body with core's EmployeeInput (the rules the server
// applies) and against the offline data (a number already in use) before anything is queued;
// the server's own 422 comes back at each field (OutboxFormDialog).
class EmployeeFormDialog : public OutboxFormDialog
{
    Q_OBJECT
public:
    struct Context
    {
        EmployeeVisibility visibility;    // which sensitive fields the role may write
        QString currency;                 // the organisation's, for the salary
        QStringList departments;          // offered in the department field
        QStringList takenEmployeeNumbers; // numbers of other employees in the offline data
        QStringList onlyFields;           // when set, the form shows just these
    };

    EmployeeFormDialog(const std::optional<Employee>& employee, const Context& context,
                       QWidget* parent = nullptr);

    // create: the whole body; edit: only the fields that changed.
    QJsonObject body() const override;
    FieldErrors check() const override;

    QLineEdit* lineEdit(const QString& key) const;
    QComboBox* comboBox(const QString& key) const;
    bool isCreate() const { return !m_original.has_value(); }

private:
    bool wanted(const QString& key) const
    {
        return m_context.onlyFields.isEmpty() || m_context.onlyFields.contains(key);
    }
    void addText(const QString& key, const QString& label, const QString& value,
                 const QString& placeholder = {});
    void addChoice(const QString& key, const QString& label, const QStringList& values,
                   QString (*display)(const QString&), const QString& current);
    QJsonObject fullBody() const;

    std::optional<Employee> m_original;
    Context m_context;
    QStringList m_keys;
};

} // namespace purser
