#pragma once

#include <QString>
#include <optional>

namespace purser::server {

// The opaque sync cursor of api.md: base64url of "c1:<per-organisation change sequence>".
// Clients must not look inside; the prefix lets the format change later.
namespace ChangeCursor {

QString encode(qint64 changeSeq);
// nullopt for anything this server did not produce.
std::optional<qint64> decode(const QString& cursor);

} // namespace ChangeCursor
} // namespace purser::server
