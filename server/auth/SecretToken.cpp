#include "server/auth/SecretToken.h"

#include <QByteArray>
#include <sodium.h>

namespace purser::server::SecretToken {

QString generate(const QString& prefix)
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return prefix + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding |
                                                       QByteArray::OmitTrailingEquals));
}

bool looksValid(const QString& token, const QString& prefix)
{
    if (!token.startsWith(prefix) || token.size() != prefix.size() + 43) {
        return false;
    }
    for (qsizetype i = prefix.size(); i < token.size(); ++i) {
        const char16_t c = token[i].unicode();
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') ||
                        (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        if (!ok) {
            return false;
        }
    }
    return true;
}

QString randomCode(int length)
{
    // No 0/o, 1/l/i: codes are read off paper.
    static const char alphabet[] = "23456789abcdefghjkmnpqrstuvwxyz";
    const uint32_t size = sizeof(alphabet) - 1;
    QString code;
    for (int i = 0; i < length; ++i) {
        code.append(QLatin1Char(alphabet[randombytes_uniform(size)]));
    }
    return code;
}

} // namespace purser::server::SecretToken
