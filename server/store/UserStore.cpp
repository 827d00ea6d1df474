#include "server/store/UserStore.h"

#include "server/store/Database.h"
#include "server/store/OneRoundTrip.h"
#include "server/store/SqlValues.h"

#include <QSqlQuery>

namespace purser::server {

std::optional<UserStore::Credentials> UserStore::credentialsByEmail(const QString& email)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, password_hash FROM users WHERE email = ?"));
    query.addBindValue(email);
    Database::exec(query, "find user by email");
    if (!query.next()) {
        return std::nullopt;
    }
    return Credentials{query.value(0).toString(), query.value(1).toString()};
}

std::optional<SessionUser> UserStore::user(const QString& userId)
{
    QSqlQuery query(m_db);
    runInOneRoundTrip(
        query, QStringLiteral("SELECT id, email, name, two_factor_enabled FROM users WHERE id = ?"),
        {userId}, "load user");
    if (!query.next()) {
        return std::nullopt;
    }
    return SessionUser{query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toBool()};
}

std::optional<QString> UserStore::organizationName(const QString& orgId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name FROM organizations WHERE id = ?"));
    query.addBindValue(orgId);
    Database::exec(query, "load organisation name");
    if (!query.next()) {
        return std::nullopt;
    }
    return query.value(0).toString();
}

std::optional<QDateTime> UserStore::createdAt(const QString& userId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT created_at FROM users WHERE id = ?"));
    query.addBindValue(userId);
    Database::exec(query, "load account creation time");
    if (!query.next()) {
        return std::nullopt;
    }
    return sql::timeFrom(query.value(0));
}

std::optional<QDateTime> UserStore::joinedAt(const QString& orgId, const QString& userId)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT created_at FROM memberships WHERE org_id = ? AND user_id = ?"));
    query.addBindValue(orgId);
    query.addBindValue(userId);
    Database::exec(query, "load membership time");
    if (!query.next()) {
        return std::nullopt;
    }
    return sql::timeFrom(query.value(0));
}

QList<Membership> UserStore::memberships(const QString& userId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT o.id, o.name, m.role FROM memberships m "
                                 "JOIN organizations o ON o.id = m.org_id "
                                 "WHERE m.user_id = ? ORDER BY o.name, o.id"));
    query.addBindValue(userId);
    Database::exec(query, "list memberships");
    QList<Membership> result;
    while (query.next()) {
        const auto role = roleFromName(query.value(2).toString());
        if (role) {
            result.append(Membership{query.value(0).toString(), query.value(1).toString(), *role});
        }
    }
    return result;
}

std::optional<Role> UserStore::role(const QString& orgId, const QString& userId)
{
    QSqlQuery query(m_db);
    runInOneRoundTrip(
        query, QStringLiteral("SELECT role FROM memberships WHERE org_id = ? AND user_id = ?"),
        {orgId, userId}, "load membership");
    if (!query.next()) {
        return std::nullopt;
    }
    return roleFromName(query.value(0).toString());
}

void UserStore::createOrganization(const QString& id, const QString& name, const QDateTime& at)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO organizations (id, name, created_at) VALUES (?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(name);
    query.addBindValue(sql::time(at));
    Database::exec(query, "create organisation");
}

void UserStore::createUser(const SessionUser& user, const QString& passwordHash,
                           const QDateTime& at)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO users (id, email, name, password_hash, "
                                 "two_factor_enabled, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(user.id);
    query.addBindValue(user.email);
    query.addBindValue(user.name);
    query.addBindValue(passwordHash);
    query.addBindValue(user.twoFactorEnabled);
    query.addBindValue(sql::time(at));
    Database::exec(query, "create user");
}

bool UserStore::emailVerified(const QString& userId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT email_verified_at FROM users WHERE id = ?"));
    query.addBindValue(userId);
    Database::exec(query, "is email verified");
    return query.next() && !query.value(0).isNull();
}

void UserStore::markEmailVerified(const QString& userId, const QDateTime& at)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE users SET email_verified_at = ? WHERE id = ? AND email_verified_at IS NULL"));
    query.addBindValue(sql::time(at));
    query.addBindValue(userId);
    Database::exec(query, "mark email verified");
}

void UserStore::addMembership(const QString& orgId, const QString& userId, Role role,
                              const QDateTime& at)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO memberships (org_id, user_id, role, created_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(orgId);
    query.addBindValue(userId);
    query.addBindValue(roleName(role));
    query.addBindValue(sql::time(at));
    Database::exec(query, "add membership");
}

} // namespace purser::server
