#include "server/http/TlsCertificate.h"

#include "server/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace purser::server {
namespace {

struct Deleter
{
    void operator()(X509* p) const { X509_free(p); }
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
    void operator()(X509_EXTENSION* p) const { X509_EXTENSION_free(p); }
    void operator()(BIGNUM* p) const { BN_free(p); }
};
template <typename T>
using Ptr = std::unique_ptr<T, Deleter>;

bool addExtension(X509* cert, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    Ptr<X509_EXTENSION> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

bool writeFile(const QString& path, const QByteArray& data, QFileDevice::Permissions mode)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    file.setPermissions(mode);
    return file.write(data) == data.size() && file.flush();
}

} // namespace

bool TlsCertificate::ensureSelfSigned(const QString& dataDir, QString* certFile, QString* keyFile,
                                      QString* error)
{
    const QString dir = dataDir + QStringLiteral("/tls");
    *certFile = dir + QStringLiteral("/server.crt");
    *keyFile = dir + QStringLiteral("/server.key");
    if (QFileInfo::exists(*certFile) && QFileInfo::exists(*keyFile)) {
        return true;
    }
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create the folder %1").arg(dir);
        return false;
    }

    Ptr<EVP_PKEY> key(EVP_EC_gen("P-256"));
    Ptr<X509> cert(X509_new());
    Ptr<BIGNUM> serial(BN_new());
    if (!key || !cert || !serial) {
        *error = QStringLiteral("cannot generate a TLS key");
        return false;
    }
    X509_set_version(cert.get(), 2);
    BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * 825);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("localhost"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    const bool extensionsOk =
        addExtension(cert.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1") &&
        addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") &&
        addExtension(cert.get(), NID_ext_key_usage, "serverAuth") &&
        addExtension(cert.get(), NID_subject_key_identifier, "hash");
    if (!extensionsOk || X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) {
        *error = QStringLiteral("cannot sign the TLS certificate");
        return false;
    }

    Ptr<BIO> certBio(BIO_new(BIO_s_mem()));
    Ptr<BIO> keyBio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(certBio.get(), cert.get()) ||
        !PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)) {
        *error = QStringLiteral("cannot encode the TLS certificate");
        return false;
    }
    if (!writeFile(*keyFile, bioContents(keyBio.get()), QFile::ReadOwner | QFile::WriteOwner) ||
        // Public, but like everything in the data folder it is the server account's alone.
        !writeFile(*certFile, bioContents(certBio.get()), QFile::ReadOwner | QFile::WriteOwner)) {
        *error = QStringLiteral("cannot write the TLS certificate into %1").arg(dir);
        return false;
    }
    qCInfo(lcHttp) << "generated a self-signed certificate for localhost in" << dir;
    return true;
}

QString TlsCertificate::sha256Fingerprint(const QString& certFile, QString* error)
{
    QFile file(certFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(certFile);
        return {};
    }
    const QByteArray pem = file.readAll();
    Ptr<BIO> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    Ptr<X509> cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert) {
        *error = QStringLiteral("%1 is not a PEM certificate").arg(certFile);
        return {};
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(cert.get(), EVP_sha256(), digest, &length) != 1) {
        *error = QStringLiteral("cannot hash the certificate");
        return {};
    }
    return QString::fromLatin1(
               QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length))
                   .toHex(':'))
        .toUpper();
}

} // namespace purser::server
