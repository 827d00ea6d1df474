#pragma once

#include "core/Role.h"
#include "core/SessionInfo.h"
#include "server/auth/SessionStore.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace purser::server {

// The caller of an /orgs/{org}/... request with a session token, read in ONE statement
// (issue 14): the live session (SessionLiveness rules, the expiry slid at most once a
// minute), the caller's role in the organisation, the user, and the organisation's
// require_two_factor. Before, these were four statements. Throws StoreError.
class CallerLookup
{
public:
    struct Caller
    {
        SessionStore::Session session;
        std::optional<Role> role;        // nullopt: not a member of the organisation
        std::optional<SessionUser> user; // nullopt: the user is gone
        bool organisationRequiresTwoFactor = false;
    };

    explicit CallerLookup(QSqlDatabase db) : m_db(std::move(db)) {}

    // nullopt when the token names no live session. orgId must be a canonical UUID.
    std::optional<Caller> bySessionToken(const QString& token, const QString& orgId);

private:
    QSqlDatabase m_db;
};

} // namespace purser::server
