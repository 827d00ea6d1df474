#include "cache/PassphraseSecretStore.h"

#include "cache/CacheLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <sodium.h>

namespace purser {

namespace {

const QByteArray checkPlaintext = QByteArrayLiteral("purser passphrase check");

QString tr(const char* text)
{
    return QCoreApplication::translate("purser::PassphraseSecretStore", text);
}

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray unb64(const QJsonValue& value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

} // namespace

PassphraseSecretStore::PassphraseSecretStore(QString filePath) : m_path(std::move(filePath))
{
    if (sodium_init() < 0) {
        qCCritical(lcCache) << "libsodium failed to initialise";
    }
}

PassphraseSecretStore::~PassphraseSecretStore()
{
    if (!m_key.isEmpty()) {
        sodium_memzero(m_key.data(), size_t(m_key.size()));
    }
}

QString PassphraseSecretStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/secrets.json");
}

bool PassphraseSecretStore::exists() const
{
    return QFileInfo::exists(m_path);
}

QString PassphraseSecretStore::description() const
{
    return tr("your Purser passphrase");
}

bool PassphraseSecretStore::load(QString* error)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the passphrase-protected secrets file.");
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject() ||
        document.object().value(QStringLiteral("kdf")).toString() != QStringLiteral("argon2id13")) {
        *error = tr("The passphrase-protected secrets file is damaged.");
        return false;
    }
    m_file = document.object();
    return true;
}

bool PassphraseSecretStore::save(QString* error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the passphrase-protected secrets file.");
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(m_file).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Cannot write the passphrase-protected secrets file.");
        return false;
    }
    return true;
}

QJsonObject PassphraseSecretStore::seal(const QByteArray& plain) const
{
    QByteArray nonce(crypto_secretbox_NONCEBYTES, '\0');
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray box(qsizetype(crypto_secretbox_MACBYTES) + plain.size(), '\0');
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(box.data()),
                          reinterpret_cast<const unsigned char*>(plain.constData()),
                          quint64(plain.size()),
                          reinterpret_cast<const unsigned char*>(nonce.constData()),
                          reinterpret_cast<const unsigned char*>(m_key.constData()));
    return QJsonObject{{QStringLiteral("nonce"), b64(nonce)}, {QStringLiteral("box"), b64(box)}};
}

std::optional<QByteArray> PassphraseSecretStore::open(const QJsonObject& sealed) const
{
    const QByteArray nonce = unb64(sealed.value(QStringLiteral("nonce")));
    const QByteArray box = unb64(sealed.value(QStringLiteral("box")));
    if (nonce.size() != qsizetype(crypto_secretbox_NONCEBYTES) ||
        box.size() < qsizetype(crypto_secretbox_MACBYTES)) {
        return std::nullopt;
    }
    QByteArray plain(box.size() - qsizetype(crypto_secretbox_MACBYTES), '\0');
    if (crypto_secretbox_open_easy(
            reinterpret_cast<unsigned char*>(plain.data()),
            reinterpret_cast<const unsigned char*>(box.constData()), quint64(box.size()),
            reinterpret_cast<const unsigned char*>(nonce.constData()),
            reinterpret_cast<const unsigned char*>(m_key.constData())) != 0) {
        return std::nullopt;
    }
    return plain;
}

bool PassphraseSecretStore::unlock(const QString& passphrase, QString* error)
{
    if (passphrase.size() < 8) {
        *error = tr("The passphrase must be at least 8 characters long.");
        return false;
    }
    const bool creating = !exists();
    QByteArray salt;
    quint64 opslimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    size_t memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (creating) {
        salt.resize(crypto_pwhash_SALTBYTES);
        randombytes_buf(salt.data(), size_t(salt.size()));
        m_file = QJsonObject{{QStringLiteral("kdf"), QStringLiteral("argon2id13")},
                             {QStringLiteral("salt"), b64(salt)},
                             {QStringLiteral("opslimit"), qint64(opslimit)},
                             {QStringLiteral("memlimit"), qint64(memlimit)},
                             {QStringLiteral("entries"), QJsonObject()}};
    } else {
        if (!load(error)) {
            return false;
        }
        salt = unb64(m_file.value(QStringLiteral("salt")));
        opslimit = quint64(m_file.value(QStringLiteral("opslimit")).toInteger());
        memlimit = size_t(m_file.value(QStringLiteral("memlimit")).toInteger());
        if (salt.size() != qsizetype(crypto_pwhash_SALTBYTES) ||
            opslimit < crypto_pwhash_OPSLIMIT_MIN || memlimit < crypto_pwhash_MEMLIMIT_MIN) {
            *error = tr("The passphrase-protected secrets file is damaged.");
            return false;
        }
    }
    QByteArray key(crypto_secretbox_KEYBYTES, '\0');
    const QByteArray utf8 = passphrase.toUtf8();
    if (crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), quint64(key.size()),
                      utf8.constData(), quint64(utf8.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), opslimit, memlimit,
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        *error = tr("Not enough memory to derive the key from the passphrase.");
        return false;
    }
    m_key = key;
    sodium_memzero(key.data(), size_t(key.size()));
    if (creating) {
        m_file.insert(QStringLiteral("check"), seal(checkPlaintext));
        if (!save(error)) {
            m_key.clear();
            return false;
        }
        return true;
    }
    const auto check = open(m_file.value(QStringLiteral("check")).toObject());
    if (!check || *check != checkPlaintext) {
        sodium_memzero(m_key.data(), size_t(m_key.size()));
        m_key.clear();
        *error = tr("The passphrase is not correct.");
        return false;
    }
    return true;
}

std::optional<QByteArray> PassphraseSecretStore::read(const QString& name, QString* error)
{
    if (!isUnlocked()) {
        *error = tr("The passphrase has not been entered.");
        return std::nullopt;
    }
    error->clear();
    const QJsonObject entries = m_file.value(QStringLiteral("entries")).toObject();
    if (!entries.contains(name)) {
        return std::nullopt;
    }
    auto value = open(entries.value(name).toObject());
    if (!value) {
        *error = tr("A secret in the passphrase-protected file is damaged.");
    }
    return value;
}

bool PassphraseSecretStore::write(const QString& name, const QByteArray& value, QString* error)
{
    if (!isUnlocked()) {
        *error = tr("The passphrase has not been entered.");
        return false;
    }
    QJsonObject entries = m_file.value(QStringLiteral("entries")).toObject();
    entries.insert(name, seal(value));
    m_file.insert(QStringLiteral("entries"), entries);
    return save(error);
}

bool PassphraseSecretStore::remove(const QString& name, QString* error)
{
    if (!isUnlocked()) {
        *error = tr("The passphrase has not been entered.");
        return false;
    }
    QJsonObject entries = m_file.value(QStringLiteral("entries")).toObject();
    if (!entries.contains(name)) {
        error->clear();
        return true;
    }
    entries.remove(name);
    m_file.insert(QStringLiteral("entries"), entries);
    return save(error);
}

} // namespace purser
