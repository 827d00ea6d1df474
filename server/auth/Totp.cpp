#include "server/auth/Totp.h"

#include <QUrl>
#include <cstring>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

namespace purser::server::Totp {
namespace {

const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

} // namespace

QByteArray generateSecret()
{
    QByteArray secret(20, Qt::Uninitialized);
    randombytes_buf(secret.data(), static_cast<size_t>(secret.size()));
    return secret;
}

QString base32Encode(const QByteArray& bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]));
            bits -= 5;
        }
    }
    if (bits > 0) {
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]));
    }
    return out;
}

std::optional<QByteArray> base32Decode(const QString& text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        if (c == u'=' || c == u' ') {
            continue;
        }
        const char upper = static_cast<char>(c.toUpper().toLatin1());
        const char* at = upper ? std::strchr(kAlphabet, upper) : nullptr;
        if (!at) {
            return std::nullopt;
        }
        buffer = (buffer << 5) | static_cast<quint32>(at - kAlphabet);
        bits += 5;
        if (bits >= 8) {
            out.append(static_cast<char>((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

QString hotp(const QByteArray& secret, quint64 counter, int digits)
{
    unsigned char message[8];
    for (int i = 7; i >= 0; --i) {
        message[i] = static_cast<unsigned char>(counter & 0xff);
        counter >>= 8;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha1(), secret.constData(), static_cast<int>(secret.size()), message,
              sizeof(message), digest, &length) ||
        length < 20) {
        return QString();
    }
    const int offset = digest[length - 1] & 0x0f;
    const quint32 binary = (static_cast<quint32>(digest[offset] & 0x7f) << 24) |
                           (static_cast<quint32>(digest[offset + 1]) << 16) |
                           (static_cast<quint32>(digest[offset + 2]) << 8) |
                           static_cast<quint32>(digest[offset + 3]);
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i) {
        modulus *= 10;
    }
    return QStringLiteral("%1").arg(binary % modulus, digits, 10, QLatin1Char('0'));
}

qint64 stepAt(qint64 unixSeconds)
{
    return unixSeconds / kStepSeconds;
}

QString codeAt(const QByteArray& secret, qint64 unixSeconds)
{
    return hotp(secret, static_cast<quint64>(stepAt(unixSeconds)));
}

std::optional<qint64> matchingStep(const QByteArray& secret, const QString& code,
                                   qint64 unixSeconds)
{
    const QByteArray given = code.trimmed().toLatin1();
    if (given.size() != kDigits) {
        return std::nullopt;
    }
    const qint64 now = stepAt(unixSeconds);
    std::optional<qint64> match;
    for (qint64 step = now - 1; step <= now + 1; ++step) {
        const QByteArray expected = hotp(secret, static_cast<quint64>(step)).toLatin1();
        if (expected.size() == given.size() &&
            sodium_memcmp(expected.constData(), given.constData(),
                          static_cast<size_t>(given.size())) == 0 &&
            !match) {
            match = step;
        }
    }
    return match;
}

QString otpauthUri(const QString& issuer, const QString& account, const QByteArray& secret)
{
    // One multi-argument arg(): a chained arg() would substitute into "%40"-style escapes of
    // the (user-chosen) account name.
    const auto encoded = [](const QString& text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    return QStringLiteral("otpauth://totp/%1?secret=%2&issuer=%3&algorithm=SHA1&digits=%4"
                          "&period=%5")
        .arg(encoded(issuer + u':' + account), base32Encode(secret), encoded(issuer),
             QString::number(kDigits), QString::number(kStepSeconds));
}

} // namespace purser::server::Totp
