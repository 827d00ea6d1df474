#include "server/audit/SigningKeys.h"

#include "core/CheckpointVerifier.h"
#include "core/KeyAnnouncement.h"

#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <sodium.h>

namespace purser::server {
namespace {

bool writeFile(const QString& path, const QByteArray& bytes, bool secret)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    if (secret) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    file.write(bytes);
    return file.commit();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

SigningKeys::SigningKeys(QString dataDir) : m_dir(std::move(dataDir) + QStringLiteral("/keys"))
{
}

bool SigningKeys::open(QString* error)
{
    if (sodium_init() < 0) {
        *error = QStringLiteral("libsodium failed to initialise");
        return false;
    }
    if (!QFile::exists(m_dir + QStringLiteral("/current"))) {
        return addKey(error) && loadIdentity(error);
    }
    return loadCurrent(error) && loadIdentity(error);
}

bool SigningKeys::loadIdentity(QString* error)
{
    const QString path = m_dir + QStringLiteral("/identity");
    if (!QFile::exists(path)) {
        // A key name may hold no spaces, '+' or control characters (signed-note spec).
        QString name = QHostInfo::localHostName().toLower();
        name.remove(QRegularExpression(QStringLiteral("[^a-z0-9._-]")));
        if (name.isEmpty()) {
            name = QStringLiteral("purser");
        }
        if (!writeFile(path, name.toUtf8() + '\n', false)) {
            *error = QStringLiteral("cannot write the log identity in %1").arg(m_dir);
            return false;
        }
    }
    m_identity = QString::fromUtf8(readFile(path).trimmed());
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._:/-]{1,200}$"));
    if (!valid.match(m_identity).hasMatch()) {
        *error = QStringLiteral("the log identity in %1 is not a valid key name").arg(path);
        return false;
    }
    return true;
}

QByteArray SigningKeys::announcementText(const QString& identity, const QByteArray& publicKey)
{
    return KeyAnnouncement::text(identity, publicKey);
}

QByteArray SigningKeys::currentPublicKey() const
{
    return m_secret.mid(32); // libsodium's secret key ends with the public key
}

SignedNote SigningKeys::signNote(const QByteArray& text) const
{
    SignedNote note;
    note.text = text;
    note.sign(m_identity, m_secret);
    return note;
}

bool SigningKeys::addKey(QString* error)
{
    if (!QDir().mkpath(m_dir)) {
        *error = QStringLiteral("cannot create the signing key folder %1").arg(m_dir);
        return false;
    }
    QFile::setPermissions(m_dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray secret(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
                        reinterpret_cast<unsigned char*>(secret.data()));
    const QString keyId = AuditCheckpoint::keyIdFor(publicKey);
    // A rotation is announced by the key being replaced.
    if (!m_secret.isEmpty() && (m_identity.isEmpty() ? loadIdentity(error) : true)) {
        const QByteArray note = signNote(announcementText(m_identity, publicKey)).serialize();
        if (!writeFile(m_dir + u'/' + keyId + QStringLiteral(".announcement"), note, false)) {
            *error = QStringLiteral("cannot write the key announcement in %1").arg(m_dir);
            return false;
        }
    }
    if (!writeFile(m_dir + u'/' + keyId + QStringLiteral(".secret"), secret, true) ||
        !writeFile(m_dir + u'/' + keyId + QStringLiteral(".public"), publicKey.toBase64(), false) ||
        !writeFile(m_dir + QStringLiteral("/current"), keyId.toLatin1(), false)) {
        *error = QStringLiteral("cannot write the signing key in %1").arg(m_dir);
        return false;
    }
    return loadCurrent(error);
}

bool SigningKeys::loadCurrent(QString* error)
{
    const QString keyId =
        QString::fromLatin1(readFile(m_dir + QStringLiteral("/current")).trimmed());
    const QByteArray secret = readFile(m_dir + u'/' + keyId + QStringLiteral(".secret"));
    if (keyId.isEmpty() || secret.size() != crypto_sign_SECRETKEYBYTES) {
        *error = QStringLiteral("the signing key in %1 is missing or damaged").arg(m_dir);
        return false;
    }
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(publicKey.data()),
                                 reinterpret_cast<const unsigned char*>(secret.constData()));
    if (AuditCheckpoint::keyIdFor(publicKey) != keyId) {
        *error = QStringLiteral("the signing key in %1 does not match its name").arg(m_dir);
        return false;
    }
    m_keyId = keyId;
    m_secret = secret;
    return true;
}

QByteArray SigningKeys::sign(const QByteArray& message) const
{
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char*>(m_secret.constData()));
    return signature;
}

QList<SigningKeys::PublicKey> SigningKeys::publicKeys() const
{
    QList<PublicKey> keys;
    const QStringList names =
        QDir(m_dir).entryList({QStringLiteral("*.public")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QByteArray key = QByteArray::fromBase64(readFile(m_dir + u'/' + name).trimmed());
        if (key.size() == crypto_sign_PUBLICKEYBYTES) {
            const QString keyId = AuditCheckpoint::keyIdFor(key);
            keys.append({keyId, key,
                         QString::fromUtf8(
                             readFile(m_dir + u'/' + keyId + QStringLiteral(".announcement")))});
        }
    }
    return keys;
}

} // namespace purser::server
