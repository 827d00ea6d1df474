#include "net/SigningKeyPins.h"

#include "cache/CacheLogging.h"
#include "core/KeyAnnouncement.h"
#include "core/SignedNote.h"

#include <QJsonObject>
#include <QSettings>

namespace purser {

QString SigningKeyPins::keyFor(const QString& hostPort)
{
    return QStringLiteral("signingKeyPins/") +
           QString::fromLatin1(hostPort.toLower().toUtf8().toPercentEncoding());
}

QStringList SigningKeyPins::pinned(const QString& hostPort) const
{
    return m_settings->value(keyFor(hostPort)).toStringList();
}

QStringList SigningKeyPins::allPinned() const
{
    QStringList all;
    m_settings->beginGroup(QStringLiteral("signingKeyPins"));
    for (const QString& key : m_settings->childKeys()) {
        all += m_settings->value(key).toStringList();
    }
    m_settings->endGroup();
    return all;
}

void SigningKeyPins::pin(const QString& hostPort, const QStringList& fingerprints)
{
    QStringList all = pinned(hostPort);
    for (const QString& fingerprint : fingerprints) {
        if (!all.contains(fingerprint)) {
            all.append(fingerprint);
        }
    }
    m_settings->setValue(keyFor(hostPort), all);
    m_settings->sync();
}

QHash<QString, QByteArray> SigningKeyPins::trustedKeys(const QString& hostPort,
                                                       const QJsonArray& keys)
{
    struct Listed
    {
        QByteArray publicKey;
        QString keyName;
        QByteArray announcement;
        bool current = false;
    };
    QHash<QString, Listed> listed;
    for (const QJsonValue& value : keys) {
        const QJsonObject key = value.toObject();
        Listed entry;
        entry.publicKey =
            QByteArray::fromBase64(key.value(QStringLiteral("public_key")).toString().toLatin1());
        QByteArray fromNoteKey;
        if (entry.publicKey.size() != 32 ||
            !SignedNote::parseVerifierKey(key.value(QStringLiteral("note_key")).toString(),
                                          &entry.keyName, &fromNoteKey) ||
            fromNoteKey != entry.publicKey) {
            continue;
        }
        entry.announcement = key.value(QStringLiteral("announcement")).toString().toUtf8();
        entry.current = key.value(QStringLiteral("current")).toBool();
        listed.insert(KeyAnnouncement::fingerprint(entry.publicKey), entry);
    }
    QStringList trusted = pinned(hostPort);
    if (trusted.isEmpty()) {
        for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
            if (it->current) {
                qCInfo(lcSync).noquote() << "trusting the audit signing key of" << hostPort
                                         << "on first contact:" << it.key();
                trusted.append(it.key());
            }
        }
    }
    // Follow rotations: a key announced in a note signed by a trusted key becomes trusted.
    bool grew = true;
    while (grew) {
        grew = false;
        for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
            if (trusted.contains(it.key()) || it->announcement.isEmpty()) {
                continue;
            }
            const auto note = SignedNote::parse(it->announcement, nullptr);
            if (!note || note->text != KeyAnnouncement::text(it->keyName, it->publicKey)) {
                continue;
            }
            for (const QString& fingerprint : std::as_const(trusted)) {
                const auto signer = listed.constFind(fingerprint);
                if (signer != listed.cend() &&
                    note->verifiedBy(signer->keyName, signer->publicKey)) {
                    qCInfo(lcSync).noquote() << "following the announced audit signing key"
                                             << it.key() << "of" << hostPort;
                    trusted.append(it.key());
                    grew = true;
                    break;
                }
            }
        }
    }
    pin(hostPort, trusted);
    QHash<QString, QByteArray> result;
    for (const QString& fingerprint : std::as_const(trusted)) {
        if (listed.contains(fingerprint)) {
            result.insert(fingerprint, listed.value(fingerprint).publicKey);
        }
    }
    return result;
}

} // namespace purser
