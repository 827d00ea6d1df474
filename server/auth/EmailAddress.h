#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace purser::server {

// Email addresses as the security controls compare them: trimmed and lowercased; the domain
// also in its IDNA ASCII form (QUrl::toAce), so a Unicode lookalike never equals an ASCII
// domain and "b.com.evil.io" never equals "b.com" (exact match only).
namespace EmailAddress {

QString normalise(const QString& email);
// A plausible address: one @, a non-empty local part, a domain with a dot, at most 254 chars.
bool isPlausible(const QString& normalisedEmail);
// The domain in IDNA ASCII (lowercase), or nullopt when it is not a valid IDNA domain.
std::optional<QString> asciiDomain(const QString& domainOrEmail);
// True when the address's domain equals one of the allowlist entries (already ASCII); an
// empty allowlist allows every domain.
bool domainAllowed(const QString& normalisedEmail, const QStringList& allowlist);

} // namespace EmailAddress
} // namespace purser::server
