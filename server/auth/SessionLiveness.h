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

// A live session read from its row, and whether its expiry is due to slide.
struct Live
{
    SessionStore::Session session;
    bool slideDue = false; // last used a minute ago or more
};

// From the row's columns id, user_id, active_org_id, expires_at, revoked_at, last_used_at,
// created_at (in that order from `first`): the session when it is live now. Writes nothing:
// the caller finishes the row first (NativeStatement::finish), then slides.
std::optional<Live> liveFromRow(const NativeStatement& row, int first);

// Slides the expiry forward from now and writes it (at most once a minute per session, so
// the caller asks only when slideDue). Throws StoreError.
void slide(QSqlDatabase db, SessionStore::Session& session);

} // namespace SessionLiveness
} // namespace purser::server
