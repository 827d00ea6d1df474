#include "server/auth/PasswordHasher.h"

#include "server/store/StoreError.h"

#include <sodium.h>

namespace purser::server {

QString PasswordHasher::hash(const QString& password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        throw StoreError(QStringLiteral("out of memory while hashing a password"));
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& hash, const QString& password)
{
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

namespace {

const QString& dummyHash()
{
    static const QString dummy =
        PasswordHasher::hash(QStringLiteral("purser-dummy-password-for-timing"));
    return dummy;
}

} // namespace

void PasswordHasher::dummyVerify(const QString& password)
{
    (void)verify(dummyHash(), password);
}

void PasswordHasher::prepareDummy()
{
    (void)dummyHash();
}

} // namespace purser::server
