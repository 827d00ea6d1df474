#include "ui/TwoFactorPanel.h"

#include "net/ApiClient.h"
#include "net/Session.h"
#include "ui/MyAccountDialog.h"
#include "ui/QrCode.h"
#include "ui/TestHooks.h"

#include <QFile>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace purser {

namespace {
constexpr int qrSide = 220;

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* pushButton = new QPushButton(text, parent);
    pushButton->setObjectName(name);
    pushButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return pushButton;
}

QLineEdit* field(const QString& accessibleName, const QString& name, bool secret, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setObjectName(name);
    if (secret) {
        edit->setEchoMode(QLineEdit::Password);
    }
    return edit;
}
} // namespace

TwoFactorPanel::TwoFactorPanel(Session* session, ApiClient* api, QWidget* parent)
    : QWidget(parent), m_session(session), m_api(api), m_pages(new QStackedWidget(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("twoFactor"));
    m_message->setObjectName(QStringLiteral("twoFactorMessage"));
    m_message->setWordWrap(true);
    m_pages->addWidget(buildOffPage());
    m_pages->addWidget(buildConfirmPage());
    m_pages->addWidget(buildCodesPage());
    m_pages->addWidget(buildOnPage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_message);
    layout->addStretch(1);
    setStep(session->info().user.twoFactorEnabled ? Step::On : Step::Off);
}

QWidget* TwoFactorPanel::buildOffPage()
{
    auto* page = new QWidget(this);
    auto* intro = new QLabel(tr("Two-factor is off. With it on, signing in also asks for a code "
                                "from an authenticator app on your phone."),
                             page);
    intro->setWordWrap(true);
    m_enablePassword =
        field(tr("Password to turn on two-factor"), QStringLiteral("enablePassword"), true, page);
    auto* start = button(tr("Turn &on two-factor…"), QStringLiteral("enableTwoFactor"), page);
    connect(start, &QPushButton::clicked, this, &TwoFactorPanel::enable);
    auto* form = new QFormLayout(page);
    form->addRow(intro);
    form->addRow(tr("&Password:"), m_enablePassword);
    form->addRow(QString(), start);
    return page;
}

QWidget* TwoFactorPanel::buildConfirmPage()
{
    auto* page = new QWidget(this);
    auto* intro = new QLabel(tr("Scan this code with your authenticator app, or type the secret "
                                "into it. Then enter the first code the app shows."),
                             page);
    intro->setWordWrap(true);
    m_qr = new QLabel(page);
    m_qr->setObjectName(QStringLiteral("qrCode"));
    m_qr->setAccessibleName(tr("QR code for your authenticator app"));
    m_qr->setFixedSize(qrSide + 40, qrSide + 40);
    m_qr->setAlignment(Qt::AlignCenter);
    m_secret = new QLabel(page);
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_secret->setFont(QFont(QStringLiteral("monospace")));
    m_firstCode = field(tr("First code from the app"), QStringLiteral("firstCode"), false, page);
    m_firstCode->setInputMethodHints(Qt::ImhDigitsOnly);
    auto* confirmButton = button(tr("&Confirm"), QStringLiteral("confirmTwoFactor"), page);
    connect(confirmButton, &QPushButton::clicked, this, &TwoFactorPanel::confirm);
    connect(m_firstCode, &QLineEdit::returnPressed, this, &TwoFactorPanel::confirm);
    auto* form = new QFormLayout(page);
    form->addRow(intro);
    form->addRow(m_qr);
    form->addRow(tr("Secret:"), m_secret);
    form->addRow(tr("&Code:"), m_firstCode);
    form->addRow(QString(), confirmButton);
    return page;
}

QWidget* TwoFactorPanel::buildCodesPage()
{
    auto* page = new QWidget(this);
    auto* warning = new QLabel(tr("Two-factor is on. These backup codes are shown only now: each "
                                  "signs you in once when your phone is not at hand. Save or "
                                  "print them and keep them somewhere safe."),
                               page);
    warning->setWordWrap(true);
    m_codesView = new QPlainTextEdit(page);
    m_codesView->setObjectName(QStringLiteral("backupCodes"));
    m_codesView->setAccessibleName(tr("Backup codes"));
    m_codesView->setReadOnly(true);
    m_codesView->setTabChangesFocus(true);
    m_codesView->setFont(QFont(QStringLiteral("monospace")));
    auto* save = button(tr("&Save…"), QStringLiteral("saveCodes"), page);
    auto* print = button(tr("&Print…"), QStringLiteral("printCodes"), page);
    auto* done = button(tr("&Done, I kept them"), QStringLiteral("codesDone"), page);
    connect(save, &QPushButton::clicked, this, &TwoFactorPanel::saveCodes);
    connect(print, &QPushButton::clicked, this, &TwoFactorPanel::printCodes);
    connect(done, &QPushButton::clicked, this, [this]() { setStep(Step::On); });
    auto* row = new QHBoxLayout;
    row->addWidget(save);
    row->addWidget(print);
    row->addStretch(1);
    row->addWidget(done);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(warning);
    layout->addWidget(m_codesView);
    layout->addLayout(row);
    return page;
}

QWidget* TwoFactorPanel::buildOnPage()
{
    auto* page = new QWidget(this);
    auto* intro = new QLabel(tr("Two-factor is on. To turn it off, enter your password and a "
                                "code from your app."),
                             page);
    intro->setWordWrap(true);
    m_disablePassword =
        field(tr("Password to turn off two-factor"), QStringLiteral("disablePassword"), true, page);
    m_disableCode =
        field(tr("Code to turn off two-factor"), QStringLiteral("disableCode"), false, page);
    auto* off = button(tr("Turn o&ff two-factor"), QStringLiteral("disableTwoFactor"), page);
    connect(off, &QPushButton::clicked, this, &TwoFactorPanel::disable);
    auto* form = new QFormLayout(page);
    form->addRow(intro);
    form->addRow(tr("&Password:"), m_disablePassword);
    form->addRow(tr("&Code:"), m_disableCode);
    form->addRow(QString(), off);
    return page;
}

void TwoFactorPanel::setStep(Step step)
{
    m_step = step;
    if (step != Step::Confirm) { // the secret is shown on that page only
        m_encodedUri.clear();
        m_qr->clear();
        m_secret->clear();
        m_firstCode->clear();
    }
    if (step != Step::BackupCodes) {
        m_codes.clear();
        m_codesView->clear();
    }
    m_pages->setCurrentIndex(static_cast<int>(step));
    if (QWidget* first = m_pages->currentWidget()->findChild<QLineEdit*>()) {
        first->setFocus();
    }
}

void TwoFactorPanel::enable()
{
    if (!MyAccountDialog::mayAskServer(m_session, m_message)) {
        return;
    }
    const QJsonObject body{{QStringLiteral("password"), m_enablePassword->text()}};
    m_enablePassword->clear();
    MyAccountDialog::showMessage(m_message, tr("Asking the server for a secret…"), false);
    m_api->post(
        this, QStringLiteral("/auth/two-factor/enable"), body, [this](const ApiResponse& response) {
            if (!response.ok()) {
                MyAccountDialog::showMessage(
                    m_message,
                    MyAccountDialog::fieldRejected(response, QStringLiteral("password"))
                        ? tr("The password is wrong.")
                        : MyAccountDialog::describe(response.error),
                    true);
                return;
            }
            const QJsonObject answer = response.object();
            const QString uri = answer.value(QStringLiteral("otpauth_uri")).toString();
            const QrCode code(uri);
            if (!code.isValid()) {
                MyAccountDialog::showMessage(
                    m_message, tr("The server's answer could not be drawn as a QR code."), true);
                return;
            }
            setStep(Step::Confirm);
            m_encodedUri = code.text();
            m_qr->setPixmap(QPixmap::fromImage(code.scaled(qrSide)));
            QString secret = answer.value(QStringLiteral("secret")).toString();
            for (qsizetype at = secret.size() - 4; at > 0; at -= 4) {
                secret.insert(at, u' '); // groups of four, as apps show them
            }
            m_secret->setText(secret);
            for (const QJsonValue& backup :
                 answer.value(QStringLiteral("backup_codes")).toArray()) {
                m_codes << backup.toString();
            }
            MyAccountDialog::showMessage(m_message, {}, false);
        });
}

void TwoFactorPanel::confirm()
{
    if (!MyAccountDialog::mayAskServer(m_session, m_message)) {
        return;
    }
    const QJsonObject body{{QStringLiteral("code"), m_firstCode->text().trimmed()}};
    m_api->post(
        this, QStringLiteral("/auth/two-factor/verify"), body, [this](const ApiResponse& response) {
            if (!response.ok()) {
                MyAccountDialog::showMessage(
                    m_message,
                    response.error.status == 422 || response.error.status == 401
                        ? tr("That code is not right. Check the time on your phone and "
                             "enter the code the app shows now.")
                        : MyAccountDialog::describe(response.error),
                    true);
                m_firstCode->selectAll();
                return;
            }
            const QStringList codes = m_codes;
            setStep(Step::BackupCodes);
            m_codes = codes;
            m_codesView->setPlainText(codesText());
            m_session->noteTwoFactor(true);
            MyAccountDialog::showMessage(
                m_message, tr("Two-factor is on. Your other sessions were signed out."), false);
        });
}

void TwoFactorPanel::disable()
{
    if (!MyAccountDialog::mayAskServer(m_session, m_message)) {
        return;
    }
    const QJsonObject body{{QStringLiteral("password"), m_disablePassword->text()},
                           {QStringLiteral("code"), m_disableCode->text().trimmed()}};
    m_disablePassword->clear();
    m_disableCode->clear();
    m_api->post(this, QStringLiteral("/auth/two-factor/disable"), body,
                [this](const ApiResponse& response) {
                    if (!response.ok()) {
                        MyAccountDialog::showMessage(
                            m_message,
                            response.error.status == 422
                                ? tr("The password or the code is not right.")
                                : MyAccountDialog::describe(response.error),
                            true);
                        return;
                    }
                    setStep(Step::Off);
                    m_session->noteTwoFactor(false);
                    MyAccountDialog::showMessage(m_message, tr("Two-factor is off."), false);
                });
}

QString TwoFactorPanel::codesText() const
{
    return tr("Purser backup codes for %1 (each works once):").arg(m_session->info().user.email) +
           u'\n' + m_codes.join(u'\n') + u'\n';
}

void TwoFactorPanel::saveCodes()
{
    const QString path =
        TestHooks::saveFileName(this, tr("Save backup codes"), tr("Text files (*.txt)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    // Owner-only from the first byte: the codes are a second factor.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(codesText().toUtf8()) < 0 || !file.flush()) {
        MyAccountDialog::showMessage(m_message, tr("The codes could not be saved there."), true);
        return;
    }
    MyAccountDialog::showMessage(m_message, tr("Backup codes saved."), false);
}

void TwoFactorPanel::printCodes()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print backup codes"));
    if (!TestHooks::execDialog(&dialog)) {
        return;
    }
    QPainter painter(&printer);
    painter.setFont(QFont(QStringLiteral("monospace"), 12));
    painter.drawText(painter.viewport(), Qt::AlignLeft | Qt::AlignTop, codesText());
}

} // namespace purser
