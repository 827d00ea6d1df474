#pragma once

#include "core/Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace purser::server {

// The account-side tables of the security controls: password resets (delivered through
// MailOutbox), invitations, and member administration. Every method throws
// StoreError. Tokens are stored as SHA-256 only.
class AccountStore
{
public:
    struct Invitation
    {
        QString id;
        QString orgId;
        QString email;
        Role role = Role::Member;
        QDateTime expiresAt;
        QString token; // only right after create()
        // Listed (pending) invitations only: when, and who invited (their email; empty when
        // that account is gone).
        QDateTime createdAt;
        QString invitedByEmail;
        QString invitedBy; // the sender's user id (findOpenInvitation), empty when gone

        QJsonObject toJson() const; // never the token
    };
    struct Member
    {
        QString userId;
        QString email;
        QString name;
        Role role = Role::Member;
        bool twoFactorEnabled = false;
        QDateTime joinedAt;

        QJsonObject toJson() const;
    };

    static constexpr qint64 kResetLifetimeSeconds = 3600;
    static constexpr qint64 kInvitationLifetimeSeconds = 48 * 3600;

    explicit AccountStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Password resets: a "pr_" token valid for an hour, usable once.
    // *resetId names the row, to link the mail that carries the token (MailOutbox).
    QString createPasswordReset(const QString& userId, QString* resetId);
    // Marks the token used and returns its user, or nullopt when unknown, used or expired.
    std::optional<QString> consumePasswordReset(const QString& token);
    void setPasswordHash(const QString& userId, const QString& passwordHash);

    Invitation createInvitation(const QString& orgId, const QString& email, Role role,
                                const QString& invitedBy);
    std::optional<Invitation> findOpenInvitation(const QString& token);
    bool markInvitationAccepted(const QString& invitationId); // false when taken already
    // Invitations neither accepted nor expired, oldest first.
    QList<Invitation> pendingInvitations(const QString& orgId);
    std::optional<Invitation> pendingInvitation(const QString& orgId, const QString& id);
    bool deleteInvitation(const QString& orgId, const QString& id); // false when gone already
    // Every invitation of the organisation to one of these (normalised) addresses: pending,
    // accepted or expired (a revoked one is deleted).
    QSet<QString> invitationIdsTo(const QString& orgId, const QStringList& emails);

    QList<Member> members(const QString& orgId);
    std::optional<Member> member(const QString& orgId, const QString& userId);
    int ownerCount(const QString& orgId);
    void setRole(const QString& orgId, const QString& userId, Role role);
    void removeMember(const QString& orgId, const QString& userId);

private:
    QSqlDatabase m_db;
};

} // namespace purser::server
