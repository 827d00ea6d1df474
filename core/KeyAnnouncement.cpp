#include "core/KeyAnnouncement.h"

#include "core/SignedNote.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace purser {

QByteArray KeyAnnouncement::text(const QString& identity, const QByteArray& newPublicKey)
{
    return "purser-signing-key/v1\n" + identity.toUtf8() + '\n' +
           SignedNote::verifierKey(identity, newPublicKey).toUtf8() + '\n';
}

QString KeyAnnouncement::fingerprint(const QByteArray& publicKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex());
}

bool KeyAnnouncement::fingerprintMatches(const QString& typed, const QByteArray& publicKey)
{
    QString hex = typed.toLower();
    hex.remove(QRegularExpression(QStringLiteral("[:\\s]")));
    static const QRegularExpression valid(QStringLiteral("^[0-9a-f]{16,64}$"));
    return valid.match(hex).hasMatch() && fingerprint(publicKey).startsWith(hex);
}

} // namespace purser
