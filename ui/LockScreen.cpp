#include "ui/LockScreen.h"

#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace purser {

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent), m_account(new QLabel(this)), m_password(new QLineEdit(this)),
      m_unlock(new QPushButton(tr("&Unlock"), this)),
      m_signOut(new QPushButton(tr("Sign &out"), this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    setWindowTitle(tr("Purser is locked"));
    setAccessibleName(tr("Purser is locked"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/purser.svg")));
    auto* title = new QLabel(tr("<b>Purser is locked</b>"), this);
    m_account->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Account password"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    m_unlock->setDefault(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_signOut);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_account);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    setMinimumWidth(420);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
}

void LockScreen::setAccount(const QString& email)
{
    m_account->setText(
        tr("Signed in as %1. Enter your account password to continue, or sign out.").arg(email));
}

void LockScreen::setBusy(bool busy)
{
    m_password->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    if (busy) {
        m_error->setVisible(false);
    }
}

void LockScreen::showError(const QString& message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(true);
    m_password->setFocus();
}

QString LockScreen::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void LockScreen::reset()
{
    setBusy(false);
    m_password->clear();
    m_error->clear();
    m_error->setVisible(false);
    m_password->setFocus();
}

void LockScreen::submit()
{
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        return;
    }
    const QString password = m_password->text();
    m_password->clear(); // no longer in a widget than the check needs
    setBusy(true);
    Q_EMIT unlockRequested(password);
}

} // namespace purser
