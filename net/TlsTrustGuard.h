#pragma once

#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

class QNetworkReply;

namespace purser {

// Watches the TLS handshake of one reply and enforces the certificate pin of its server:
// - no pin, chain trusted by the system: nothing to do;
// - no pin, SSL errors: refuse, and remember the certificate so the user can be asked;
// - pin matches the presented leaf: ignore exactly the "not trusted by the system" errors of
//   that certificate, nothing else (an expired certificate still fails);
// - pin differs from the presented leaf: refuse as "certificate changed", also when the system
//   would trust the new certificate (checked again on QNetworkReply::encrypted).
class TlsTrustGuard : public QObject
{
    Q_OBJECT
public:
    enum class Verdict
    {
        NoObjection,        // the guard did not refuse anything
        NeedsUserTrust,     // unknown certificate; the user may accept it
        CertificateChanged, // presented certificate is not the pinned one
        Untrustworthy,      // errors no pin or prompt can excuse (expired, wrong host name)
    };

    // Becomes a child of reply, so it lives exactly as long as the reply.
    TlsTrustGuard(QNetworkReply* reply, const QString& pinnedFingerprint);

    Verdict verdict() const { return m_verdict; }
    QSslCertificate presentedCertificate() const { return m_presented; }
    QList<QSslError> blockingErrors() const { return m_blockingErrors; }

private:
    void onSslErrors(const QList<QSslError>& errors);
    void onEncrypted();
    static bool isExcusableByPin(const QSslError& error, const QSslCertificate& leaf);

    QNetworkReply* m_reply;
    QString m_pin;
    Verdict m_verdict = Verdict::NoObjection;
    QSslCertificate m_presented;
    QList<QSslError> m_blockingErrors;
};

} // namespace purser
