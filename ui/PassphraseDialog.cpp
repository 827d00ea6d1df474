#include "ui/PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace purser {

PassphraseDialog::PassphraseDialog(bool creating, QWidget* parent)
    : QDialog(parent), m_creating(creating), m_reason(new QLabel(this)), m_error(new QLabel(this)),
      m_passphrase(new QLineEdit(this)), m_repeat(new QLineEdit(this))
{
    setWindowTitle(creating ? tr("Choose a Purser passphrase") : tr("Unlock Purser"));
    auto* intro = new QLabel(
        creating ? tr("No system keychain works on this computer, so Purser protects your "
                      "session and offline data with a passphrase instead. Choose one of at "
                      "least %1 characters; it cannot be recovered.")
                       .arg(minimumLength)
                 : tr("Enter your Purser passphrase to unlock your session and offline data."),
        this);
    intro->setWordWrap(true);
    m_reason->setWordWrap(true);
    m_reason->setVisible(false);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(QStringLiteral("repeat"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (creating) {
        form->addRow(tr("&Repeat:"), m_repeat);
    } else {
        m_repeat->setVisible(false);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(creating ? tr("Use passphrase") : tr("Unlock"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::updateOk);
    connect(m_repeat, &QLineEdit::textChanged, this, &PassphraseDialog::updateOk);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateOk();
}

void PassphraseDialog::setReason(const QString& why)
{
    m_reason->setText(tr("Keychain: %1").arg(why));
    m_reason->setVisible(!why.isEmpty());
}

void PassphraseDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString PassphraseDialog::passphrase() const
{
    return m_passphrase->text();
}

void PassphraseDialog::updateOk()
{
    const QString text = m_passphrase->text();
    bool ok = !text.isEmpty();
    if (m_creating) {
        ok = text.size() >= minimumLength && text == m_repeat->text();
        showError(!m_repeat->text().isEmpty() && text != m_repeat->text()
                      ? tr("The two passphrases differ.")
                      : QString());
    }
    m_ok->setEnabled(ok);
}

} // namespace purser
