#include "ui/OrgApiKeysPanel.h"

#include "core/FieldErrors.h"
#include "net/ApiClient.h"
#include "ui/ApiKeyShownOnceDialog.h"
#include "ui/OrgAdminTable.h"
#include "ui/OrgAdminText.h"
#include "ui/TestHooks.h"
#include "ui/WorkspaceHeader.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace purser {
using OrgAdminTable::field;

OrgApiKeysPanel::OrgApiKeysPanel(const Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_name(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_days(new QSpinBox(this)),
      m_create(new QPushButton(tr("C&reate key"), this)), m_table(new QTableWidget(0, 6, this)),
      m_revoke(new QPushButton(tr("Re&voke key…"), this)), m_problem(new QLabel(this))
{
    m_name->setAccessibleName(tr("Name of the new API key"));
    m_name->setPlaceholderText(tr("What uses it, e.g. Ledger sync"));
    m_name->setMaxLength(100);
    m_role->setAccessibleName(tr("Role of the new API key"));
    for (Role role : allRoles) {
        if (role != Role::Owner) { // a key is never an owner (roles.md)
            m_role->addItem(WorkspaceHeader::roleText(role), roleName(role));
        }
    }
    m_role->setCurrentIndex(qMax(0, m_role->findData(roleName(Role::Viewer))));
    m_days->setRange(1, 365);
    m_days->setValue(90);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days until the new API key expires"));
    m_create->setAccessibleName(tr("Create the API key"));
    m_create->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_days->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    OrgAdminTable::prepare(
        m_table,
        {tr("Name"), tr("Prefix"), tr("Role"), tr("Created by"), tr("Last used"), tr("Expires")},
        tr("API keys"));
    m_revoke->setAccessibleName(tr("Revoke the selected API key"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("API keys problem"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("&Expires after:"), m_days);
    form->addRow(QString(), m_create);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_revoke);
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_problem);

    connect(m_create, &QPushButton::clicked, this, &OrgApiKeysPanel::create);
    connect(m_revoke, &QPushButton::clicked, this, &OrgApiKeysPanel::revoke);
    connect(m_table, &QTableWidget::currentCellChanged, this, &OrgApiKeysPanel::updateActions);
    updateActions();
}

void OrgApiKeysPanel::reload()
{
    if (!m_workspace.api) {
        m_problem->setText(OrgAdminText::offline());
        Q_EMIT loaded();
        return;
    }
    // Who created each key, by email: the member list first, then the keys.
    m_workspace.api->get(this, QStringLiteral("/orgs/%1/members").arg(m_workspace.organizationId()),
                         {}, [this](const ApiResponse& response) {
                             for (const QJsonValue& item :
                                  response.object().value(QStringLiteral("items")).toArray()) {
                                 const QJsonObject member = item.toObject();
                                 m_emails.insert(field(member, "user_id"), field(member, "email"));
                             }
                             loadKeys();
                         });
}

void OrgApiKeysPanel::loadKeys()
{
    m_workspace.api->get(
        this, QStringLiteral("/orgs/%1/api-keys").arg(m_workspace.organizationId()), {},
        [this](const ApiResponse& response) {
            if (!response.ok()) {
                m_problem->setText(OrgAdminText::problem(response.error));
                Q_EMIT loaded();
                return;
            }
            m_keys.clear();
            for (const QJsonValue& item :
                 response.object().value(QStringLiteral("items")).toArray()) {
                const QJsonObject key = item.toObject();
                if (key.value(QStringLiteral("revoked_at")).isNull()) { // revoked ones are gone
                    m_keys.append(key);
                }
            }
            QList<QStringList> rows;
            for (const QJsonObject& key : std::as_const(m_keys)) {
                const QString creator = field(key, "created_by");
                rows.append(
                    {field(key, "name"), field(key, "prefix"), OrgAdminTable::roleText(key),
                     m_emails.value(creator, creator.isEmpty() ? tr("a former member") : creator),
                     OrgAdminText::time(key.value(QStringLiteral("last_used_at")), tr("never")),
                     OrgAdminText::time(key.value(QStringLiteral("expires_at")), tr("never"))});
            }
            OrgAdminTable::fill(m_table, rows);
            updateActions();
            Q_EMIT loaded();
        });
}

bool OrgApiKeysPanel::selectName(const QString& name)
{
    return OrgAdminTable::select(m_table, m_keys, "name", name);
}

void OrgApiKeysPanel::updateActions()
{
    const int row = m_table->currentRow();
    m_revoke->setEnabled(row >= 0 && row < m_keys.size());
}

void OrgApiKeysPanel::create()
{
    m_problem->clear();
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_problem->setText(tr("Give the key a name that says what uses it."));
        m_name->setFocus();
        return;
    }
    // A key is shown once, in the server's answer: never queued to appear later.
    if (!m_workspace.api) {
        m_problem->setText(OrgAdminText::offline());
        return;
    }
    m_create->setEnabled(false);
    m_workspace.api->request(
        this, "POST", QStringLiteral("/orgs/%1/api-keys").arg(m_workspace.organizationId()),
        {{QStringLiteral("name"), name},
         {QStringLiteral("role"), m_role->currentData().toString()},
         {QStringLiteral("expires_in_days"), m_days->value()}},
        {}, [this, name](const ApiResponse& response) {
            m_create->setEnabled(true);
            if (!response.ok()) {
                m_problem->setText(OrgAdminText::problem(response.error));
                Q_EMIT createAnswered();
                return;
            }
            m_name->clear();
            reload();
            ApiKeyShownOnceDialog shown(name, field(response.object(), "key"), this);
            Q_EMIT createAnswered();
            TestHooks::execDialog(&shown);
        });
}

void OrgApiKeysPanel::revoke()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_keys.size()) {
        return;
    }
    if (!m_workspace.api) {
        m_problem->setText(OrgAdminText::offline());
        return;
    }
    const QJsonObject key = m_keys.at(row);
    QMessageBox confirm(
        QMessageBox::Question, tr("Revoke API key"),
        tr("Revoke the API key \"%1\" (%2)? Programs using it stop working at once.")
            .arg(field(key, "name"), field(key, "prefix")),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (!OrgAdminText::confirmed(&confirm)) {
        return;
    }
    m_problem->clear();
    m_revoke->setEnabled(false);
    m_workspace.api->request(
        this, "DELETE",
        QStringLiteral("/orgs/%1/api-keys/%2").arg(m_workspace.organizationId(), field(key, "id")),
        {}, {}, [this](const ApiResponse& response) {
            if (!response.ok()) {
                m_problem->setText(OrgAdminText::problem(response.error));
            }
            Q_EMIT revoked();
            reload();
        });
}

} // namespace purser
