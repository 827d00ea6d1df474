#include "ui/MyAccountDialog.h"

#include "net/ApiClient.h"
#include "net/Session.h"
#include "ui/SessionsPanel.h"
#include "ui/TwoFactorPanel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <utility>

namespace purser {

namespace {
constexpr int minimumPasswordLength = 12; // api.md: 12–128 characters
constexpr int maximumPasswordLength = 128;
} // namespace

MyAccountDialog::MyAccountDialog(Session* session, ApiClient* api, QWidget* parent)
    : QDialog(parent), m_session(session), m_api(api), m_tabs(new QTabWidget(this)),
      m_twoFactor(new TwoFactorPanel(session, api, this)),
      m_sessions(new SessionsPanel(session, api, this))
{
    setWindowTitle(tr("My account"));
    setAccessibleName(tr("My account"));
    setObjectName(QStringLiteral("myAccount"));
    m_tabs->addTab(buildPasswordPage(), tr("&Password"));
    m_tabs->addTab(m_twoFactor, tr("&Two-factor"));
    m_tabs->addTab(m_sessions, tr("&Sessions"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_sessions) {
            m_sessions->reload();
        }
    });
}

QWidget* MyAccountDialog::buildPasswordPage()
{
    auto* page = new QWidget(this);
    m_current = new QLineEdit(page);
    m_new = new QLineEdit(page);
    m_repeat = new QLineEdit(page);
    const std::initializer_list<std::pair<QLineEdit*, QString>> fields{
        {m_current, QStringLiteral("currentPassword")},
        {m_new, QStringLiteral("newPassword")},
        {m_repeat, QStringLiteral("repeatPassword")}};
    for (const auto& [field, name] : fields) {
        field->setEchoMode(QLineEdit::Password);
        field->setObjectName(name);
        field->setMaxLength(maximumPasswordLength);
    }
    m_current->setAccessibleName(tr("Current password"));
    m_new->setAccessibleName(tr("New password"));
    m_repeat->setAccessibleName(tr("Repeat the new password"));
    m_passwordMessage = new QLabel(page);
    m_passwordMessage->setObjectName(QStringLiteral("passwordMessage"));
    m_passwordMessage->setWordWrap(true);
    auto* change = new QPushButton(tr("&Change password"), page);
    change->setObjectName(QStringLiteral("changePassword"));
    connect(change, &QPushButton::clicked, this, &MyAccountDialog::changePassword);
    auto* form = new QFormLayout(page);
    form->addRow(tr("C&urrent password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat it:"), m_repeat);
    form->addRow(QString(), change);
    form->addRow(m_passwordMessage);
    return page;
}

void MyAccountDialog::changePassword()
{
    if (m_new->text().size() < minimumPasswordLength) {
        showMessage(m_passwordMessage,
                    tr("The new password needs at least %1 characters.").arg(minimumPasswordLength),
                    true);
        return;
    }
    if (m_new->text() != m_repeat->text()) {
        showMessage(m_passwordMessage, tr("The two new passwords differ."), true);
        return;
    }
    if (!mayAskServer(m_session, m_passwordMessage)) {
        return;
    }
    const QString newPassword = m_new->text();
    const QJsonObject body{{QStringLiteral("current_password"), m_current->text()},
                           {QStringLiteral("new_password"), newPassword}};
    m_current->clear();
    m_new->clear();
    m_repeat->clear();
    showMessage(m_passwordMessage, tr("Changing the password…"), false);
    m_api->post(this, QStringLiteral("/auth/change-password"), body,
                [this, newPassword](const ApiResponse& response) {
                    if (!response.ok()) {
                        showMessage(m_passwordMessage,
                                    fieldRejected(response, QStringLiteral("current_password"))
                                        ? tr("The current password is wrong.")
                                        : describe(response.error),
                                    true);
                        return;
                    }
                    m_session->rememberUnlockPassword(newPassword); // the offline unlock too
                    showMessage(m_passwordMessage,
                                tr("Password changed. Your other sessions were signed out."),
                                false);
                });
}

bool MyAccountDialog::mayAskServer(Session* session, QLabel* message)
{
    if (session->state() == ConnectionState::Online ||
        session->state() == ConnectionState::Connecting) {
        return true;
    }
    showMessage(message,
                tr("This needs a connection to the server, and Purser is offline. Nothing was "
                   "changed or queued; try again when the server can be reached."),
                true);
    return false;
}

QString MyAccountDialog::describe(const ApiError& error)
{
    if (error.kind == ApiError::Kind::Unreachable) {
        return tr("The server cannot be reached, and this needs a connection. Nothing was "
                  "changed or queued; try again when the server can be reached.");
    }
    return error.message;
}

bool MyAccountDialog::fieldRejected(const ApiResponse& response, const QString& field)
{
    return response.status == 422 && response.object()
                                         .value(QStringLiteral("error"))
                                         .toObject()
                                         .value(QStringLiteral("fields"))
                                         .toObject()
                                         .contains(field);
}

void MyAccountDialog::showMessage(QLabel* label, const QString& text, bool problem)
{
    label->setText(text);
    label->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    label->setAccessibleDescription(text);
}

} // namespace purser
