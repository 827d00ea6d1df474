#pragma once

#include "server/auth/SessionStore.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <optional>

namespace purser::server {

class NativeStatement;

// Whether a stored session is live, and its sliding expiry: the rules SessionStore::findLive
// applies, shared with the caller lookup that reads the session in the same statement as the
// membership, the user and the organisation's settings (issue 14).
namespace SessionLiveness {

// The sliding expiry, capped by the absolute lifetime counted from sign-in.
QDateTime expiryFrom(const QDateTime& createdAt, const QDateTime& lastUse);

// From the row's columns id, user_id, active_org_id, expires_at, revoked_at, last_used_at,
// created_at (in that order from `first`): the session when it is live now, its expiry slid
// forward and the new expiry written (at most once a minute per session). Throws StoreError.
std::optional<SessionStore::Session> liveFromRow(QSqlDatabase db, const NativeStatement& row,
                                                 int first);

} // namespace SessionLiveness
} // namespace purser::server
