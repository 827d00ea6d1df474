#pragma once

#include <QDateTime>
#include <QSslCertificate>
#include <QString>

namespace purser {

// What a user needs to decide whether to trust a server's certificate.
struct CertificateDetails
{
    QString hostPort; // "host:port" the certificate was presented for
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256Fingerprint; // "AB:CD:..." upper-case hex pairs

    static CertificateDetails from(const QSslCertificate& certificate, const QString& hostPort);
};

// "AB:CD:..." for a certificate's DER bytes.
QString sha256Fingerprint(const QSslCertificate& certificate);
// Accepts "ab:cd…", "AB CD…" or "abcd…" and returns "AB:CD:…"; empty if not 32 bytes of hex.
QString normalizedFingerprint(const QString& text);

} // namespace purser
