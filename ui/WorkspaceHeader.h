#pragma once

#include "core/SessionInfo.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace purser {

// The strip at the top: an organisation switcher (the session's memberships) and who is
// signed in, as what role.
class WorkspaceHeader : public QWidget
{
    Q_OBJECT
public:
    explicit WorkspaceHeader(QWidget* parent = nullptr);

    void showSession(const SessionInfo& session);
    QComboBox* organizations() const { return m_organizations; }
    QString userText() const;
    static QString roleText(Role role); // translated

Q_SIGNALS:
    void organizationChosen(const QString& organizationId);

private:
    QComboBox* m_organizations;
    QLabel* m_user;
};

} // namespace purser
