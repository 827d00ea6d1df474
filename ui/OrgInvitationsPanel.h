#pragma once

#include "ui/Workspace.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace purser {

// Organisation → Invitations: invite by email and role (the server's refusal, such as the
// email-domain allowlist, shown at the email field), the pending invitations with their expiry,
// revoke one. The link of a new invitation can be copied right after it is made: the server
// keeps only the token's hash, so a listed invitation has no link to copy.
class OrgInvitationsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OrgInvitationsPanel(const Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    bool selectEmail(const QString& email);
    // The link the invited person opens while signed in as that address (api.md:
    // POST /auth/invitations/{token}/accept).
    static QString invitationLink(const QUrl& server, const QString& token);

    QLineEdit* emailField() const { return m_email; }
    QComboBox* roleBox() const { return m_role; }
    QPushButton* inviteButton() const { return m_invite; }
    QLabel* emailProblem() const { return m_emailProblem; }
    QLineEdit* linkField() const { return m_link; }
    QPushButton* copyLinkButton() const { return m_copyLink; }
    QTableWidget* table() const { return m_table; }
    QPushButton* revokeButton() const { return m_revoke; }
    QLabel* problemLabel() const { return m_problem; }
    QList<QJsonObject> invitations() const { return m_invitations; }

Q_SIGNALS:
    void loaded();
    void invited(); // the server answered an invitation (made, or refused: see the labels)
    void revoked(); // the server answered a revocation (see problemLabel)

private:
    void invite();
    void revoke();
    void updateActions();

    Workspace m_workspace;
    QLineEdit* m_email;
    QComboBox* m_role;
    QPushButton* m_invite;
    QLabel* m_emailProblem;
    QLineEdit* m_link;
    QPushButton* m_copyLink;
    QTableWidget* m_table;
    QPushButton* m_revoke;
    QLabel* m_problem;
    QList<QJsonObject> m_invitations;
};

} // namespace purser
