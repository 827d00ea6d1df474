#include "ui/SignInDialog.h"

#include "net/ApiClient.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace purser {

SignInDialog::SignInDialog(QWidget* parent)
    : QDialog(parent), m_server(new QLineEdit(this)), m_email(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_code(new QLineEdit(this)),
      m_codeLabel(new QLabel(tr("Two-factor &code:"), this)), m_error(new QLabel(this)),
      m_busy(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Sign in to Purser"));
    m_server->setPlaceholderText(tr("https://purser.example.com:8443"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_code->setAccessibleName(tr("Two-factor code"));
    m_code->setPlaceholderText(tr("6 digits, or a backup code"));
    m_code->setInputMethodHints(Qt::ImhPreferNumbers);
    m_codeLabel->setBuddy(m_code);
    m_code->setVisible(false); // only asked when the server wants it
    m_codeLabel->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    m_busy->setText(tr("Signing in…"));
    m_busy->setVisible(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_codeLabel, m_code);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SignInDialog::setServer(const QString& server)
{
    m_server->setText(server);
    if (!server.isEmpty()) {
        m_email->setFocus(); // the address is known: start where the user types next
    }
}

void SignInDialog::setEmail(const QString& email)
{
    m_email->setText(email);
    if (!email.isEmpty()) {
        m_password->setFocus();
    }
}

QString SignInDialog::serverText() const
{
    return m_server->text();
}

QString SignInDialog::email() const
{
    return m_email->text().trimmed();
}

QString SignInDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SignInDialog::setBusy(bool busy)
{
    m_server->setEnabled(!busy);
    m_email->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_code->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_busy->setVisible(busy);
    if (busy) {
        m_error->setVisible(false);
    }
}

void SignInDialog::showError(const QString& message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(true);
    m_password->selectAll();
    m_password->setFocus();
}

void SignInDialog::askForCode(const QString& message)
{
    m_code->setVisible(true);
    m_codeLabel->setVisible(true);
    showError(message.isEmpty() ? tr("Enter your password and the code from your "
                                     "authenticator app.")
                                : message);
}

void SignInDialog::submit()
{
    const auto server = ApiClient::normalizeServerUrl(m_server->text());
    if (!server) {
        showError(tr("Enter the server address, for example https://purser.example.com:8443."));
        m_server->setFocus();
        return;
    }
    if (!email().contains(u'@')) {
        showError(tr("Enter your email address."));
        m_email->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        return;
    }
    setBusy(true);
    const QString password = m_password->text();
    const QString code = m_code->text().trimmed();
    m_password->clear(); // keep the password in memory no longer than the request needs
    m_code->clear();
    Q_EMIT signInRequested(*server, email(), password, code);
}

} // namespace purser
