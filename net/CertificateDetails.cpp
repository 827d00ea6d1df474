#include "net/CertificateDetails.h"

#include <QCryptographicHash>
#include <QStringList>

namespace purser {

namespace {

QString describe(const QSslCertificate& certificate, bool issuer)
{
    const auto attribute = [&](QSslCertificate::SubjectInfo info) {
        const QStringList values =
            issuer ? certificate.issuerInfo(info) : certificate.subjectInfo(info);
        return values.join(QStringLiteral(", "));
    };
    QStringList parts;
    const QString commonName = attribute(QSslCertificate::CommonName);
    const QString organization = attribute(QSslCertificate::Organization);
    if (!commonName.isEmpty()) {
        parts << commonName;
    }
    if (!organization.isEmpty()) {
        parts << organization;
    }
    if (parts.isEmpty()) {
        return issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
    }
    return parts.join(QStringLiteral(", "));
}

QString colonHex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}

} // namespace

CertificateDetails CertificateDetails::from(const QSslCertificate& certificate,
                                            const QString& hostPort)
{
    CertificateDetails d;
    d.hostPort = hostPort;
    d.subject = describe(certificate, false);
    d.issuer = describe(certificate, true);
    d.notBefore = certificate.effectiveDate();
    d.notAfter = certificate.expiryDate();
    d.sha256Fingerprint = purser::sha256Fingerprint(certificate);
    return d;
}

QString sha256Fingerprint(const QSslCertificate& certificate)
{
    if (certificate.isNull()) {
        return {};
    }
    return colonHex(certificate.digest(QCryptographicHash::Sha256));
}

QString normalizedFingerprint(const QString& text)
{
    QString hex;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            hex.append(c);
        } else if (c != u':' && !c.isSpace()) {
            return {};
        }
    }
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    if (bytes.size() != 32 || bytes.toHex().size() != hex.size()) {
        return {};
    }
    return colonHex(bytes);
}

} // namespace purser
