#pragma once

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace purser::server {

// Known clients ("device cookies", OWASP): a successful sign-in gives the client a "pc_"
// token bound to that account; a sign-in that presents it again draws on a budget of its own,
// so strangers guessing the password cannot lock out a client that has signed in before.
// Stored as SHA-256 only. Throws StoreError.
class KnownClientStore
{
public:
    struct Issued
    {
        QString id;
        QString token;
    };

    explicit KnownClientStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Issued issue(const QString& userId);
    // The id of the known client, when token is one and belongs to userId.
    std::optional<QString> find(const QString& userId, const QString& token);
    void touch(const QString& id);
    void forgetAllOfUser(const QString& userId);

private:
    QSqlDatabase m_db;
};

} // namespace purser::server
