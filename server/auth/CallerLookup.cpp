#include "server/auth/CallerLookup.h"

#include "server/auth/SessionLiveness.h"
#include "server/auth/SessionToken.h"
#include "server/store/NativeStatement.h"

namespace purser::server {

std::optional<CallerLookup::Caller> CallerLookup::bySessionToken(const QString& token,
                                                                 const QString& orgId)
{
    if (!SessionToken::looksValid(token)) {
        return std::nullopt;
    }
    // The session's columns first, in the order SessionLiveness::liveFromRow reads them.
    NativeStatement row(
        m_db,
        "SELECT s.id, s.user_id, s.active_org_id, s.expires_at, s.revoked_at, "
        "s.last_used_at, s.created_at, m.role, u.id, u.email, u.name, u.two_factor_enabled, "
        "o.require_two_factor FROM sessions s "
        "LEFT JOIN memberships m ON m.user_id = s.user_id AND m.org_id = ? "
        "LEFT JOIN users u ON u.id = s.user_id "
        "LEFT JOIN organizations o ON o.id = ? "
        "WHERE s.token_hash = ?",
        "find the caller");
    row.bind(orgId).bind(orgId).bind(SessionToken::hash(token)).exec();
    if (!row.next()) {
        return std::nullopt;
    }
    auto live = SessionLiveness::liveFromRow(row, 0);
    if (!live) {
        return std::nullopt;
    }
    Caller caller;
    caller.session = std::move(live->session);
    if (!row.isNull(7)) {
        caller.role = roleFromName(row.text(7));
    }
    if (!row.isNull(8)) {
        caller.user = SessionUser{row.text(8), row.text(9), row.text(10), row.boolean(11)};
    }
    caller.organisationRequiresTwoFactor = row.boolean(12);
    row.finish(); // before the slide writes (NativeStatement::finish)
    if (live->slideDue) {
        SessionLiveness::slide(m_db, caller.session);
    }
    return caller;
}

} // namespace purser::server
