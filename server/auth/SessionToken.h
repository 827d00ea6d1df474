#pragma once

#include <QString>

namespace purser::server {

// Session tokens: "ps_" + base64url of 32 random bytes. Only their SHA-256 is stored.
namespace SessionToken {

QString generate();
QString hash(const QString& token); // lowercase hex SHA-256
bool looksValid(const QString& token);

} // namespace SessionToken
} // namespace purser::server
