#include "core/SignedNote.h"

#include "core/FailureReason.h"
#include <QCryptographicHash>
#include <QtEndian>
#include <sodium.h>

namespace purser {
namespace {

bool validKeyName(const QByteArray& name)
{
    if (name.isEmpty() || QString::fromUtf8(name).toUtf8() != name) {
        return false; // empty, or not UTF-8
    }
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7F || c == '+') {
            return false;
        }
    }
    return true;
}

// Base64 that round-trips exactly (QByteArray::fromBase64 is lenient by default).
std::optional<QByteArray> strictBase64(const QByteArray& text)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != text) {
        return std::nullopt;
    }
    return decoded.decoded;
}

} // namespace

std::optional<SignedNote> SignedNote::parse(const QByteArray& note, QString* reason)
{
    if (note.size() > kMaxSize) {
        failWith(reason, QStringLiteral("the note is larger than %1 bytes").arg(kMaxSize));
        return std::nullopt;
    }
    if (note.contains('\0') || note.contains('\r')) {
        failWith(reason, QStringLiteral("the note holds a NUL or carriage return"));
        return std::nullopt;
    }
    const qsizetype split = note.lastIndexOf("\n\n");
    if (split < 0) {
        failWith(reason, QStringLiteral("the note has no blank line before its signatures"));
        return std::nullopt;
    }
    SignedNote result;
    result.text = note.left(split + 1);
    if (result.text.startsWith('\n') || result.text.contains("\n\n")) {
        // The text of a note has no blank lines: the blank line ends it.
        failWith(reason, QStringLiteral("the note's text holds a blank line"));
        return std::nullopt;
    }
    const QByteArray block = note.mid(split + 2);
    if (block.isEmpty() || !block.endsWith('\n')) {
        failWith(reason,
                 QStringLiteral("the note's signature block is empty or not newline-terminated"));
        return std::nullopt;
    }
    const QList<QByteArray> lines = block.chopped(1).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const QString where = QStringLiteral("signature line %1").arg(i + 1);
        if (!line.startsWith(SignedNote::signatureLineStart())) {
            failWith(reason, where + QStringLiteral(" does not start with an em dash and a space"));
            return std::nullopt;
        }
        const QList<QByteArray> parts =
            line.mid(SignedNote::signatureLineStart().size()).split(' ');
        if (parts.size() != 2 || !validKeyName(parts.at(0))) {
            failWith(reason, where + QStringLiteral(" is not \"— <key name> <signature>\""));
            return std::nullopt;
        }
        const auto bytes = strictBase64(parts.at(1));
        if (!bytes || bytes->size() < 5) {
            failWith(reason,
                     where + QStringLiteral(" has a signature that is not valid base64 of a "
                                            "key hash and a signature"));
            return std::nullopt;
        }
        result.signatures.append({QString::fromUtf8(parts.at(0)),
                                  qFromBigEndian<quint32>(bytes->constData()), bytes->mid(4)});
    }
    if (QString::fromUtf8(result.text).toUtf8() != result.text) {
        failWith(reason, QStringLiteral("the note's text is not valid UTF-8"));
        return std::nullopt;
    }
    return result;
}

QByteArray SignedNote::serialize() const
{
    QByteArray out = text + '\n';
    for (const Signature& s : signatures) {
        QByteArray bytes(4, '\0');
        qToBigEndian(s.keyHash, bytes.data());
        out += SignedNote::signatureLineStart() + s.keyName.toUtf8() + ' ' +
               (bytes + s.signature).toBase64() + '\n';
    }
    return out;
}

quint32 SignedNote::keyHash(const QString& keyName, const QByteArray& publicKey)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(keyName.toUtf8());
    hash.addData(QByteArrayView("\n\x01", 2));
    hash.addData(publicKey);
    return qFromBigEndian<quint32>(hash.result().constData());
}

QString SignedNote::verifierKey(const QString& keyName, const QByteArray& publicKey)
{
    return keyName + u'+' +
           QStringLiteral("%1").arg(qulonglong(keyHash(keyName, publicKey)), 8, 16, QChar(u'0')) +
           u'+' + QString::fromLatin1((QByteArray(1, '\x01') + publicKey).toBase64());
}

bool SignedNote::parseVerifierKey(const QString& vkey, QString* keyName, QByteArray* publicKey)
{
    // name+hash+base64: the base64 may itself hold '+', so split at the first two only.
    const qsizetype first = vkey.indexOf(u'+');
    const qsizetype second = first < 0 ? -1 : vkey.indexOf(u'+', first + 1);
    if (second < 0) {
        return false;
    }
    const QStringList parts = {vkey.left(first), vkey.mid(first + 1, second - first - 1),
                               vkey.mid(second + 1)};
    if (!validKeyName(parts.at(0).toUtf8()) || parts.at(1).size() != 8) {
        return false;
    }
    const auto bytes = strictBase64(parts.at(2).toLatin1());
    if (!bytes || bytes->size() != 1 + crypto_sign_PUBLICKEYBYTES || bytes->at(0) != '\x01') {
        return false;
    }
    const QByteArray key = bytes->mid(1);
    bool ok = false;
    if (parts.at(1).toUInt(&ok, 16) != keyHash(parts.at(0), key) || !ok) {
        return false;
    }
    *keyName = parts.at(0);
    *publicKey = key;
    return true;
}

void SignedNote::sign(const QString& keyName, const QByteArray& secretKey)
{
    if (sodium_init() < 0 || secretKey.size() != crypto_sign_SECRETKEYBYTES) {
        return;
    }
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(text.constData()),
                         static_cast<unsigned long long>(text.size()),
                         reinterpret_cast<const unsigned char*>(secretKey.constData()));
    // The public key is the secret key's second half (libsodium's layout).
    signatures.append({keyName, keyHash(keyName, secretKey.mid(32)), signature});
}

bool SignedNote::verifiedBy(const QString& keyName, const QByteArray& publicKey) const
{
    if (sodium_init() < 0 || publicKey.size() != crypto_sign_PUBLICKEYBYTES) {
        return false;
    }
    const quint32 wanted = keyHash(keyName, publicKey);
    for (const Signature& s : signatures) {
        if (s.keyName == keyName && s.keyHash == wanted &&
            s.signature.size() == crypto_sign_BYTES &&
            crypto_sign_verify_detached(
                reinterpret_cast<const unsigned char*>(s.signature.constData()),
                reinterpret_cast<const unsigned char*>(text.constData()),
                static_cast<unsigned long long>(text.size()),
                reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace purser
