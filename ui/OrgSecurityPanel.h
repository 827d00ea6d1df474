#pragma once

#include "ui/Workspace.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace purser {

// Organisation → Security (owner: settings.manage): require two-factor, the email-domain
// allowlist (each domain shown in both its Unicode and its IDNA "xn--" form, since the server
// matches the latter) and the receipt size limit. Saved straight to the server.
class OrgSecurityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OrgSecurityPanel(const Workspace& workspace, QWidget* parent = nullptr);

    void reload();

    QCheckBox* requireTwoFactor() const { return m_requireTwoFactor; }
    QPlainTextEdit* domains() const { return m_domains; }
    QLabel* domainForms() const { return m_domainForms; }
    QSpinBox* uploadLimit() const { return m_uploadMib; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* problemLabel() const { return m_problem; }

Q_SIGNALS:
    void loaded();
    void saved(bool ok);

private:
    void showSettings(const QJsonObject& settings);
    void showDomainForms();
    void save();

    Workspace m_workspace;
    QCheckBox* m_requireTwoFactor;
    QPlainTextEdit* m_domains;
    QLabel* m_domainForms;
    QSpinBox* m_uploadMib;
    QPushButton* m_save;
    QLabel* m_problem;
    QJsonObject m_settings;
};

} // namespace purser
