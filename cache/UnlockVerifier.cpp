#include "cache/UnlockVerifier.h"

#include "cache/CacheLogging.h"
#include "cache/SecretStore.h"

#include <sodium.h>

namespace purser {

UnlockVerifier::UnlockVerifier(SecretStore* secrets, const QString& account)
    : m_secrets(secrets), m_name(entryName(account))
{
}

QString UnlockVerifier::entryName(const QString& account)
{
    return QStringLiteral("unlock-verifier:") + account;
}

bool UnlockVerifier::remember(const QString& password)
{
    if (!m_secrets || sodium_init() < 0) {
        return false;
    }
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES] = {};
    // Interactive limits: an unlock answers at once, and the hash never leaves the keychain.
    if (crypto_pwhash_str(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        qCWarning(lcCache) << "unlock verifier not computed (out of memory)";
        return false;
    }
    QString error;
    if (!m_secrets->write(m_name, QByteArray(hash), &error)) {
        qCWarning(lcCache) << "unlock verifier not stored:" << error;
        return false;
    }
    return true;
}

UnlockVerifier::Verdict UnlockVerifier::check(const QString& password) const
{
    if (!m_secrets || sodium_init() < 0) {
        return Verdict::Unknown;
    }
    QString error;
    const auto stored = m_secrets->read(m_name, &error);
    if (!stored || stored->isEmpty() || stored->size() >= crypto_pwhash_STRBYTES) {
        return Verdict::Unknown;
    }
    const QByteArray hash = *stored + '\0';
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0
               ? Verdict::Right
               : Verdict::Wrong;
}

bool UnlockVerifier::forget()
{
    QString error;
    return !m_secrets || m_secrets->remove(m_name, &error);
}

} // namespace purser
