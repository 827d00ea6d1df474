#pragma once

#include <QString>

class QSettings;

namespace purser {

// Remembers, per "host:port", the SHA-256 fingerprint of the certificate the user accepted.
// Fingerprints are not secrets, so QSettings is the right place for them.
class CertificatePinStore
{
public:
    // settings is not owned and must outlive the store.
    explicit CertificatePinStore(QSettings* settings);

    QString pinnedFingerprint(const QString& hostPort) const; // empty when nothing is pinned
    void pin(const QString& hostPort, const QString& fingerprint);
    void unpin(const QString& hostPort);

private:
    static QString keyFor(const QString& hostPort);
    QSettings* m_settings;
};

} // namespace purser
