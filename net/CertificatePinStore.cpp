#include "net/CertificatePinStore.h"

#include "net/CertificateDetails.h"

#include <QSettings>

namespace purser {

CertificatePinStore::CertificatePinStore(QSettings* settings) : m_settings(settings)
{
}

QString CertificatePinStore::keyFor(const QString& hostPort)
{
    // QSettings treats '/' as a group separator and ':' is awkward in INI keys on some
    // platforms, so the host:port is percent-encoded into a single key.
    return QStringLiteral("certificatePins/") +
           QString::fromLatin1(hostPort.toLower().toUtf8().toPercentEncoding());
}

QString CertificatePinStore::pinnedFingerprint(const QString& hostPort) const
{
    return normalizedFingerprint(m_settings->value(keyFor(hostPort)).toString());
}

void CertificatePinStore::pin(const QString& hostPort, const QString& fingerprint)
{
    m_settings->setValue(keyFor(hostPort), normalizedFingerprint(fingerprint));
    m_settings->sync();
}

void CertificatePinStore::unpin(const QString& hostPort)
{
    m_settings->remove(keyFor(hostPort));
    m_settings->sync();
}

} // namespace purser
