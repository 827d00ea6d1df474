#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace purser {

class ApiClient;
class Session;

// The account's live sessions (device, last use, address; api.md GET /auth/sessions), with
// revoke for any but this one (signing out ends this one).
class SessionsPanel : public QWidget
{
    Q_OBJECT
public:
    SessionsPanel(Session* session, ApiClient* api, QWidget* parent = nullptr);

    void reload();
    QTableWidget* table() const { return m_table; }
    QPushButton* revokeButton() const { return m_revoke; }
    // Session ids in the table's row order.
    QStringList sessionIds() const;

Q_SIGNALS:
    void loaded();

private:
    void revokeSelected();
    void updateButtons();

    Session* m_session;
    ApiClient* m_api;
    QTableWidget* m_table;
    QPushButton* m_refresh;
    QPushButton* m_revoke;
    QLabel* m_message;
};

} // namespace purser
