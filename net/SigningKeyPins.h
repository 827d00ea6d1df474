#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QString>
#include <QStringList>

class QSettings;

namespace purser {

// The audit checkpoint signing keys this computer trusts, per server ("host:port"), as
// SHA-256 fingerprints in QSettings (not secrets, like the certificate pins). The first time a
// server is seen its current key is pinned (trust on first use, as with the TLS certificate;
// the fingerprint is logged for the user to compare); after that a key is trusted only when
// pinned or announced in a note signed by a trusted key (docs/audit-log.md), which pins it too.
class SigningKeyPins
{
public:
    explicit SigningKeyPins(QSettings* settings) : m_settings(settings) {}

    QStringList pinned(const QString& hostPort) const;
    QStringList allPinned() const; // every server's, for verify-export
    void pin(const QString& hostPort, const QStringList& fingerprints);

    // The keys of a GET /server/signing-keys answer this computer trusts, by fingerprint
    // (public keys raw); pins what first contact and announcements make trusted.
    QHash<QString, QByteArray> trustedKeys(const QString& hostPort, const QJsonArray& keys);

private:
    static QString keyFor(const QString& hostPort);
    QSettings* m_settings;
};

} // namespace purser
