#include "server/store/AccountStore.h"

#include "core/Rfc3339.h"
#include "server/Logging.h"
#include "server/auth/SecretToken.h"
#include "server/auth/ServerClock.h"
#include "server/auth/SessionToken.h"
#include "server/store/Database.h"
#include "server/store/SqlValues.h"

#include <QSqlQuery>
#include <QUuid>

namespace purser::server {
namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QString kMemberColumns = QStringLiteral(
    "u.id, u.email, u.name, m.role, u.two_factor_enabled, m.created_at FROM memberships m "
    "JOIN users u ON u.id = m.user_id");

AccountStore::Member memberFrom(const QSqlQuery& query)
{
    AccountStore::Member member;
    member.userId = query.value(0).toString();
    member.email = query.value(1).toString();
    member.name = query.value(2).toString();
    member.role = roleFromName(query.value(3).toString()).value_or(Role::Viewer);
    member.twoFactorEnabled = query.value(4).toBool();
    member.joinedAt = sql::timeFrom(query.value(5));
    return member;
}

const QString kPendingInvitationColumns = QStringLiteral(
    "i.id, i.org_id, i.email, i.role, i.expires_at, i.created_at, u.email FROM invitations i "
    "LEFT JOIN users u ON u.id = i.invited_by "
    "WHERE i.org_id = ? AND i.accepted_at IS NULL AND i.expires_at > ?");

AccountStore::Invitation pendingInvitationFrom(const QSqlQuery& query)
{
    AccountStore::Invitation invitation;
    invitation.id = query.value(0).toString();
    invitation.orgId = query.value(1).toString();
    invitation.email = query.value(2).toString();
    invitation.role = roleFromName(query.value(3).toString()).value_or(Role::Viewer);
    invitation.expiresAt = sql::timeFrom(query.value(4));
    invitation.createdAt = sql::timeFrom(query.value(5));
    invitation.invitedByEmail = query.value(6).toString();
    return invitation;
}

} // namespace

QJsonObject AccountStore::Invitation::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("email"), email},
            {QStringLiteral("role"), roleName(role)},
            {QStringLiteral("invited_by"),
             invitedByEmail.isEmpty() ? QJsonValue() : QJsonValue(invitedByEmail)},
            {QStringLiteral("created_at"), toRfc3339(createdAt)},
            {QStringLiteral("expires_at"), toRfc3339(expiresAt)}};
}

QJsonObject AccountStore::Member::toJson() const
{
    return QJsonObject{{QStringLiteral("user_id"), userId},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("role"), roleName(role)},
                       {QStringLiteral("two_factor_enabled"), twoFactorEnabled},
                       {QStringLiteral("joined_at"), toRfc3339(joinedAt)}};
}

QString AccountStore::createPasswordReset(const QString& userId, QString* resetId)
{
    const QString token = SecretToken::generate(QStringLiteral("pr_"));
    const QDateTime now = ServerClock::now();
    *resetId = newId();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO password_resets (id, user_id, token_hash, "
                                 "created_at, expires_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(*resetId);
    query.addBindValue(userId);
    query.addBindValue(SessionToken::hash(token));
    query.addBindValue(sql::time(now));
    query.addBindValue(sql::time(now.addSecs(kResetLifetimeSeconds)));
    Database::exec(query, "create password reset");
    return token;
}

std::optional<QString> AccountStore::consumePasswordReset(const QString& token)
{
    if (!SecretToken::looksValid(token, QStringLiteral("pr_"))) {
        return std::nullopt;
    }
    const QDateTime now = ServerClock::now();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE password_resets SET used_at = ? WHERE token_hash = ? "
                                 "AND used_at IS NULL AND expires_at > ? RETURNING user_id"));
    query.addBindValue(sql::time(now));
    query.addBindValue(SessionToken::hash(token));
    query.addBindValue(sql::time(now));
    Database::exec(query, "consume password reset");
    if (!query.next()) {
        return std::nullopt;
    }
    return query.value(0).toString();
}

void AccountStore::setPasswordHash(const QString& userId, const QString& passwordHash)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    query.addBindValue(passwordHash);
    query.addBindValue(userId);
    Database::exec(query, "set password");
}

AccountStore::Invitation AccountStore::createInvitation(const QString& orgId, const QString& email,
                                                        Role role, const QString& invitedBy)
{
    Invitation invitation;
    invitation.id = newId();
    invitation.orgId = orgId;
    invitation.email = email;
    invitation.role = role;
    invitation.token = SecretToken::generate(QStringLiteral("pi_"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    invitation.expiresAt = now.addSecs(kInvitationLifetimeSeconds);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO invitations (id, org_id, email, role, token_hash, "
                                 "invited_by, created_at, expires_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(invitation.id);
    query.addBindValue(orgId);
    query.addBindValue(email);
    query.addBindValue(roleName(role));
    query.addBindValue(SessionToken::hash(invitation.token));
    query.addBindValue(invitedBy.isEmpty() ? sql::nullText() : QVariant(invitedBy));
    query.addBindValue(sql::time(now));
    query.addBindValue(sql::time(invitation.expiresAt));
    Database::exec(query, "create invitation");
    return invitation;
}

std::optional<AccountStore::Invitation> AccountStore::findOpenInvitation(const QString& token)
{
    if (!SecretToken::looksValid(token, QStringLiteral("pi_"))) {
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT id, org_id, email, role, expires_at, invited_by FROM invitations "
                       "WHERE token_hash = ? AND accepted_at IS NULL AND expires_at > ?"));
    query.addBindValue(SessionToken::hash(token));
    query.addBindValue(sql::time(QDateTime::currentDateTimeUtc()));
    Database::exec(query, "find invitation");
    if (!query.next()) {
        return std::nullopt;
    }
    Invitation invitation;
    invitation.id = query.value(0).toString();
    invitation.orgId = query.value(1).toString();
    invitation.email = query.value(2).toString();
    invitation.role = roleFromName(query.value(3).toString()).value_or(Role::Viewer);
    invitation.expiresAt = sql::timeFrom(query.value(4));
    invitation.invitedBy = query.value(5).toString();
    return invitation;
}

bool AccountStore::markInvitationAccepted(const QString& invitationId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE invitations SET accepted_at = ? WHERE id = ? AND accepted_at IS NULL"));
    query.addBindValue(sql::time(QDateTime::currentDateTimeUtc()));
    query.addBindValue(invitationId);
    Database::exec(query, "accept invitation");
    return query.numRowsAffected() > 0;
}

QList<AccountStore::Invitation> AccountStore::pendingInvitations(const QString& orgId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + kPendingInvitationColumns +
                  QStringLiteral(" ORDER BY i.created_at, i.id"));
    query.addBindValue(orgId);
    query.addBindValue(sql::time(QDateTime::currentDateTimeUtc()));
    Database::exec(query, "list invitations");
    QList<Invitation> result;
    while (query.next()) {
        result.append(pendingInvitationFrom(query));
    }
    return result;
}

std::optional<AccountStore::Invitation> AccountStore::pendingInvitation(const QString& orgId,
                                                                        const QString& id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + kPendingInvitationColumns +
                  QStringLiteral(" AND i.id = ?"));
    query.addBindValue(orgId);
    query.addBindValue(sql::time(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    Database::exec(query, "load invitation");
    if (!query.next()) {
        return std::nullopt;
    }
    return pendingInvitationFrom(query);
}

bool AccountStore::deleteInvitation(const QString& orgId, const QString& id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "DELETE FROM invitations WHERE org_id = ? AND id = ? AND accepted_at IS NULL"));
    query.addBindValue(orgId);
    query.addBindValue(id);
    Database::exec(query, "revoke invitation");
    return query.numRowsAffected() > 0;
}

QSet<QString> AccountStore::invitationIdsTo(const QString& orgId, const QStringList& emails)
{
    QSet<QString> ids;
    if (emails.isEmpty()) {
        return ids;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM invitations WHERE org_id = ? AND email IN (") +
                  QStringList(emails.size(), QStringLiteral("?")).join(u',') + u')');
    query.addBindValue(orgId);
    for (const QString& email : emails) {
        query.addBindValue(email);
    }
    Database::exec(query, "find invitations to an address");
    while (query.next()) {
        ids.insert(query.value(0).toString());
    }
    return ids;
}

QList<AccountStore::Member> AccountStore::members(const QString& orgId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + kMemberColumns +
                  QStringLiteral(" WHERE m.org_id = ? ORDER BY u.email"));
    query.addBindValue(orgId);
    Database::exec(query, "list members");
    QList<Member> result;
    while (query.next()) {
        result.append(memberFrom(query));
    }
    return result;
}

std::optional<AccountStore::Member> AccountStore::member(const QString& orgId,
                                                         const QString& userId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + kMemberColumns +
                  QStringLiteral(" WHERE m.org_id = ? AND m.user_id = ?"));
    query.addBindValue(orgId);
    query.addBindValue(userId);
    Database::exec(query, "load member");
    if (!query.next()) {
        return std::nullopt;
    }
    return memberFrom(query);
}

int AccountStore::ownerCount(const QString& orgId)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT COUNT(*) FROM memberships WHERE org_id = ? AND role = 'owner'"));
    query.addBindValue(orgId);
    Database::exec(query, "count owners");
    return query.next() ? query.value(0).toInt() : 0;
}

void AccountStore::setRole(const QString& orgId, const QString& userId, Role role)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE memberships SET role = ? WHERE org_id = ? AND user_id = ?"));
    query.addBindValue(roleName(role));
    query.addBindValue(orgId);
    query.addBindValue(userId);
    Database::exec(query, "change role");
}

void AccountStore::removeMember(const QString& orgId, const QString& userId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM memberships WHERE org_id = ? AND user_id = ?"));
    query.addBindValue(orgId);
    query.addBindValue(userId);
    Database::exec(query, "remove member");
}

} // namespace purser::server
