#pragma once

#include "core/SessionInfo.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace purser::server {

// Users, organisations and memberships. Every method throws StoreError on a database failure.
class UserStore
{
public:
    struct Credentials
    {
        QString userId;
        QString passwordHash;
    };

    explicit UserStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // email must already be normalised (trimmed, lowercased).
    std::optional<Credentials> credentialsByEmail(const QString& email);
    std::optional<SessionUser> user(const QString& userId);
    std::optional<QString> organizationName(const QString& orgId);
    // When the account was created (a personal-data export).
    std::optional<QDateTime> createdAt(const QString& userId);
    // When the user joined the organisation, while a member.
    std::optional<QDateTime> joinedAt(const QString& orgId, const QString& userId);
    // Ordered by organisation name, then id.
    QList<Membership> memberships(const QString& userId);
    std::optional<Role> role(const QString& orgId, const QString& userId);

    void createOrganization(const QString& id, const QString& name, const QDateTime& at);
    void createUser(const SessionUser& user, const QString& passwordHash, const QDateTime& at);
    // A verified address is one its user proved to read (EmailVerificationStore, a password
    // reset mail) or one an operator vouched for (create-user, demo data).
    bool emailVerified(const QString& userId);
    void markEmailVerified(const QString& userId, const QDateTime& at);
    void addMembership(const QString& orgId, const QString& userId, Role role, const QDateTime& at);

private:
    QSqlDatabase m_db;
};

} // namespace purser::server
