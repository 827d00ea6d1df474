#include "ui/OrgSecurityPanel.h"

#include "core/FieldErrors.h"
#include "net/ApiClient.h"
#include "ui/OrgAdminTable.h"
#include "ui/OrgAdminText.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace purser {
namespace {

constexpr qint64 kMib = 1024 * 1024;

QStringList domainLines(const QPlainTextEdit* edit)
{
    QStringList domains;
    for (const QString& line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty()) {
            domains.append(line.trimmed());
        }
    }
    return domains;
}

} // namespace

OrgSecurityPanel::OrgSecurityPanel(const Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace),
      m_requireTwoFactor(new QCheckBox(tr("Require &two-factor sign-in for every member"), this)),
      m_domains(new QPlainTextEdit(this)), m_domainForms(new QLabel(this)),
      m_uploadMib(new QSpinBox(this)), m_save(new QPushButton(tr("&Save security settings"), this)),
      m_problem(new QLabel(this))
{
    m_requireTwoFactor->setAccessibleName(tr("Require two-factor sign-in"));
    m_domains->setAccessibleName(tr("Allowed email domains, one per line"));
    m_domains->setPlaceholderText(tr("One domain per line, e.g. example.com; empty: any"));
    m_domains->setTabChangesFocus(true);
    m_domains->setMaximumHeight(120);
    m_domainForms->setWordWrap(true);
    m_domainForms->setAccessibleName(tr("Allowed email domains as the server matches them"));
    m_domainForms->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_uploadMib->setRange(1, 25);
    m_uploadMib->setSuffix(tr(" MiB"));
    m_uploadMib->setAccessibleName(tr("Largest receipt upload in MiB"));
    m_save->setAccessibleName(tr("Save the security settings"));
    m_save->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_uploadMib->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Security settings problem"));

    auto* form = new QFormLayout;
    form->addRow(QString(), m_requireTwoFactor);
    form->addRow(tr("Allowed email &domains:"), m_domains);
    form->addRow(tr("Matched as:"), m_domainForms);
    form->addRow(tr("Largest &receipt:"), m_uploadMib);
    form->addRow(QString(), m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    connect(m_domains, &QPlainTextEdit::textChanged, this, &OrgSecurityPanel::showDomainForms);
    connect(m_save, &QPushButton::clicked, this, &OrgSecurityPanel::save);
}

void OrgSecurityPanel::reload()
{
    if (!m_workspace.api) {
        m_problem->setText(OrgAdminText::offline());
        Q_EMIT loaded();
        return;
    }
    m_workspace.api->get(this,
                         QStringLiteral("/orgs/%1/settings").arg(m_workspace.organizationId()), {},
                         [this](const ApiResponse& response) {
                             if (!response.ok()) {
                                 m_problem->setText(OrgAdminText::problem(response.error));
                             } else {
                                 showSettings(response.object());
                             }
                             Q_EMIT loaded();
                         });
}

void OrgSecurityPanel::showSettings(const QJsonObject& settings)
{
    m_settings = settings;
    m_requireTwoFactor->setChecked(settings.value(QStringLiteral("require_two_factor")).toBool());
    QStringList domains;
    for (const QJsonValue& domain :
         settings.value(QStringLiteral("email_domain_allowlist")).toArray()) {
        domains.append(OrgAdminText::domainBothForms(domain.toString()).section(u' ', 0, 0));
    }
    m_domains->setPlainText(domains.join(u'\n'));
    const qint64 bytes = settings.value(QStringLiteral("upload_max_bytes")).toInteger(5 * kMib);
    m_uploadMib->setValue(int((bytes + kMib - 1) / kMib));
}

void OrgSecurityPanel::showDomainForms()
{
    QStringList shown;
    for (const QString& domain : domainLines(m_domains)) {
        shown.append(OrgAdminText::domainBothForms(domain));
    }
    m_domainForms->setText(shown.isEmpty() ? tr("Any domain may be invited.")
                                           : shown.join(QStringLiteral(", ")));
}

void OrgSecurityPanel::save()
{
    m_problem->clear();
    if (!m_workspace.api) {
        m_problem->setText(OrgAdminText::offline());
        return;
    }
    QJsonArray domains;
    for (const QString& domain : domainLines(m_domains)) {
        domains.append(domain);
    }
    m_save->setEnabled(false);
    m_workspace.api->request(
        this, "PUT", QStringLiteral("/orgs/%1/settings").arg(m_workspace.organizationId()),
        {{QStringLiteral("name"), m_settings.value(QStringLiteral("name"))},
         {QStringLiteral("email_domain_allowlist"), domains},
         {QStringLiteral("require_two_factor"), m_requireTwoFactor->isChecked()},
         {QStringLiteral("upload_max_bytes"), qint64(m_uploadMib->value()) * kMib}},
        {}, [this](const ApiResponse& response) {
            m_save->setEnabled(true);
            if (!response.ok()) {
                const QJsonObject fields = OrgAdminTable::fieldErrors(response).toJson();
                QStringList reasons;
                for (auto it = fields.begin(); it != fields.end(); ++it) {
                    reasons.append(it.value().toString());
                }
                m_problem->setText(reasons.isEmpty()
                                       ? OrgAdminText::problem(response.error)
                                       : tr("The server refused: %1").arg(reasons.join(u' ')));
                Q_EMIT saved(false);
                return;
            }
            showSettings(response.object());
            m_problem->setText(tr("Saved."));
            Q_EMIT saved(true);
        });
}

} // namespace purser
