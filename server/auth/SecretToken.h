#pragma once

#include <QString>

namespace purser::server {

// Random bearer secrets of the security controls: API keys (pk_), invitation tokens (pi_),
// password reset tokens (pr_). Each is the prefix plus base64url of 32 random bytes; the
// database keeps only its SHA-256 (SessionToken::hash), so a leaked table grants nothing.
namespace SecretToken {

QString generate(const QString& prefix);
// True for prefix + 43 base64url characters.
bool looksValid(const QString& token, const QString& prefix);
// Random text for backup codes: count characters from an unambiguous alphabet.
QString randomCode(int length);

} // namespace SecretToken
} // namespace purser::server
