#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace purser::server {

// Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA-1, 6 digits, 30-second
// steps. HMAC comes from OpenSSL (libsodium has no HMAC-SHA-1).
namespace Totp {

constexpr qint64 kStepSeconds = 30;
constexpr int kDigits = 6;

QByteArray generateSecret(); // 20 random bytes (160 bits, RFC 4226's recommendation)
QString base32Encode(const QByteArray& bytes);
std::optional<QByteArray> base32Decode(const QString& text);

// The HOTP value for a counter, with the given number of digits (zero-padded).
QString hotp(const QByteArray& secret, quint64 counter, int digits = kDigits);
qint64 stepAt(qint64 unixSeconds);
QString codeAt(const QByteArray& secret, qint64 unixSeconds);

// The step (now-1, now or now+1) whose code equals code, or nullopt. Compares in constant
// time; the caller stores the step so that it is accepted once only.
std::optional<qint64> matchingStep(const QByteArray& secret, const QString& code,
                                   qint64 unixSeconds);

QString otpauthUri(const QString& issuer, const QString& account, const QByteArray& secret);

} // namespace Totp
} // namespace purser::server
