#include "server/auth/SessionToken.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <sodium.h>

namespace purser::server::SessionToken {

QString generate()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return QStringLiteral("ps_") +
           QString::fromLatin1(
               bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString hash(const QString& token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool looksValid(const QString& token)
{
    static const QRegularExpression pattern(QStringLiteral("^ps_[A-Za-z0-9_-]{43}$"));
    return pattern.match(token).hasMatch();
}

} // namespace purser::server::SessionToken
