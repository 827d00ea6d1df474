#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace purser {

// A new API key, shown this once: the server keeps only its hash, so it can never be shown
// again. A copy button and a plain warning; the key lives only in this dialog's field.
class ApiKeyShownOnceDialog : public QDialog
{
    Q_OBJECT
public:
    ApiKeyShownOnceDialog(const QString& name, const QString& key, QWidget* parent = nullptr);
    ~ApiKeyShownOnceDialog() override;

    QLineEdit* keyField() const { return m_key; }
    QPushButton* copyButton() const { return m_copy; }
    QLabel* warning() const { return m_warning; }

private:
    QLineEdit* m_key;
    QPushButton* m_copy;
    QLabel* m_warning;
};

} // namespace purser
