#include "server/auth/CallerLookup.h"

#include "server/auth/SessionLiveness.h"
#include "server/auth/SessionToken.h"
#include "server/store/OneRoundTrip.h"

#include <QSqlQuery>

namespace purser::server {

std::optional<CallerLookup::Caller> CallerLookup::bySessionToken(const QString& token,
                                                                 const QString& orgId)
{
    if (!SessionToken::looksValid(token)) {
        return std::nullopt;
    }
    QSqlQuery row(m_db);
    // The session's columns first, in the order SessionLiveness::liveFromRow reads them.
    runInOneRoundTrip(
        row,
        QStringLiteral(
            "SELECT s.id, s.user_id, s.active_org_id, s.expires_at, s.revoked_at, "
            "s.last_used_at, s.created_at, m.role, u.id, u.email, u.name, u.two_factor_enabled, "
            "o.require_two_factor FROM sessions s "
            "LEFT JOIN memberships m ON m.user_id = s.user_id AND m.org_id = ? "
            "LEFT JOIN users u ON u.id = s.user_id "
            "LEFT JOIN organizations o ON o.id = ? "
            "WHERE s.token_hash = ?"),
        {orgId, orgId, SessionToken::hash(token)}, "find the caller");
    if (!row.next()) {
        return std::nullopt;
    }
    auto session = SessionLiveness::liveFromRow(m_db, row, 0);
    if (!session) {
        return std::nullopt;
    }
    Caller caller;
    caller.session = std::move(*session);
    if (!row.value(7).isNull()) {
        caller.role = roleFromName(row.value(7).toString());
    }
    if (!row.value(8).isNull()) {
        caller.user = SessionUser{row.value(8).toString(), row.value(9).toString(),
                                  row.value(10).toString(), row.value(11).toBool()};
    }
    caller.organisationRequiresTwoFactor = row.value(12).toBool();
    return caller;
}

} // namespace purser::server
