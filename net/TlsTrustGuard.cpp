#include "net/TlsTrustGuard.h"

#include "net/CertificateDetails.h"
#include "net/NetLogging.h"

#include <QNetworkReply>
#include <QSslConfiguration>

namespace purser {

namespace {

QSslCertificate leafOf(QNetworkReply* reply, const QList<QSslError>& errors)
{
    const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
    if (!chain.isEmpty()) {
        return chain.first();
    }
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (!peer.isNull()) {
        return peer;
    }
    for (const QSslError& error : errors) {
        if (!error.certificate().isNull()) {
            return error.certificate();
        }
    }
    return QSslCertificate();
}

} // namespace

TlsTrustGuard::TlsTrustGuard(QNetworkReply* reply, const QString& pinnedFingerprint)
    : QObject(reply), m_reply(reply), m_pin(normalizedFingerprint(pinnedFingerprint))
{
    connect(reply, &QNetworkReply::sslErrors, this, &TlsTrustGuard::onSslErrors);
    connect(reply, &QNetworkReply::encrypted, this, &TlsTrustGuard::onEncrypted);
}

bool TlsTrustGuard::isExcusableByPin(const QSslError& error, const QSslCertificate& leaf)
{
    // Only the errors that mean "no trusted CA vouches for this certificate". Errors about the
    // certificate itself (expired, not yet valid, wrong host name, revoked) stay fatal.
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return error.certificate().isNull() || error.certificate() == leaf;
    default:
        return false;
    }
}

void TlsTrustGuard::onSslErrors(const QList<QSslError>& errors)
{
    m_presented = leafOf(m_reply, errors);
    const QString presentedFingerprint = sha256Fingerprint(m_presented);
    m_blockingErrors.clear();
    for (const QSslError& error : errors) {
        if (!isExcusableByPin(error, m_presented)) {
            m_blockingErrors.append(error);
        }
    }

    if (!m_pin.isEmpty() && presentedFingerprint != m_pin) {
        qCWarning(lcTls) << "certificate changed for" << m_reply->url().host() << "presented"
                         << presentedFingerprint << "pinned" << m_pin;
        m_verdict = Verdict::CertificateChanged;
        return; // not ignoring the errors makes the handshake fail
    }
    if (!m_blockingErrors.isEmpty()) {
        qCWarning(lcTls) << "certificate refused:" << m_blockingErrors.first().errorString();
        m_verdict = Verdict::Untrustworthy;
        return;
    }
    if (m_pin.isEmpty()) {
        qCInfo(lcTls) << "certificate not trusted by the system, fingerprint"
                      << presentedFingerprint;
        m_verdict = Verdict::NeedsUserTrust;
        return;
    }
    // The pinned certificate: excuse exactly these errors for exactly this certificate.
    qCDebug(lcTls) << "pinned certificate presented, accepting" << errors.size() << "errors";
    m_reply->ignoreSslErrors(errors);
}

void TlsTrustGuard::onEncrypted()
{
    // The handshake may have succeeded without any SSL error (a certificate the system
    // trusts). A pin still wins: a different certificate is a changed certificate.
    if (m_pin.isEmpty()) {
        return;
    }
    const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
    const QString fingerprint = sha256Fingerprint(peer);
    if (fingerprint != m_pin) {
        qCWarning(lcTls) << "certificate changed for" << m_reply->url().host()
                         << "(trusted by the system, but not the pinned one)";
        m_presented = peer;
        m_verdict = Verdict::CertificateChanged;
        m_reply->abort(); // before any request byte is sent
    }
}

} // namespace purser
