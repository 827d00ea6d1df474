#pragma once

#include "ui/Workspace.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace purser {

// Organisation → API keys: create one with a name, role (never owner) and lifetime, shown once
// (ApiKeyShownOnceDialog) and never queued, so no secret can appear later; the keys with
// prefix, role, creator, last use and expiry; revoke one.
class OrgApiKeysPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OrgApiKeysPanel(const Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    bool selectName(const QString& name);

    QLineEdit* nameField() const { return m_name; }
    QComboBox* roleBox() const { return m_role; }
    QSpinBox* daysBox() const { return m_days; }
    QPushButton* createButton() const { return m_create; }
    QTableWidget* table() const { return m_table; }
    QPushButton* revokeButton() const { return m_revoke; }
    QLabel* problemLabel() const { return m_problem; }
    QList<QJsonObject> keys() const { return m_keys; }

Q_SIGNALS:
    void loaded();
    void createAnswered(); // the server answered a create (made and shown, or refused)
    void revoked();        // the server answered a revocation (see problemLabel)

private:
    void loadKeys();
    void create();
    void revoke();
    void updateActions();

    Workspace m_workspace;
    QLineEdit* m_name;
    QComboBox* m_role;
    QSpinBox* m_days;
    QPushButton* m_create;
    QTableWidget* m_table;
    QPushButton* m_revoke;
    QLabel* m_problem;
    QList<QJsonObject> m_keys;
    QHash<QString, QString> m_emails; // member user id → email, for "created by"
};

} // namespace purser
