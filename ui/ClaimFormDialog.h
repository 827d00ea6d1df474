#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace purser {

// A new expense claim: category, description, amount (exact minor units), date. Validates as
// the user types; claim() is the body api.md expects.
class ClaimFormDialog : public QDialog
{
    Q_OBJECT
public:
    ClaimFormDialog(const QString& employeeId, const QString& currency, QWidget* parent = nullptr);

    QJsonObject claim() const;
    // Edits a draft: the form starts from the claim's values.
    void setClaim(const QJsonObject& claim);
    QString validationMessage() const;
    QLineEdit* descriptionField() const { return m_description; }
    QLineEdit* amountField() const { return m_amount; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void validate();
    std::optional<qint64> minorUnits() const;

    QString m_employeeId;
    QString m_currency;
    QComboBox* m_category;
    QLineEdit* m_description;
    QLineEdit* m_amount;
    QDateEdit* m_date;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace purser
