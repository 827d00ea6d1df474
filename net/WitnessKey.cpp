#include "net/WitnessKey.h"

#include "cache/SecretStore.h"
#include "core/KeyAnnouncement.h"
#include "core/WitnessCosignature.h"

#include <QSettings>

namespace purser {
namespace {

constexpr qsizetype kSecretKeyBytes = 64;
const QString kFingerprintSetting = QStringLiteral("audit/witnessFingerprint");

QByteArray publicHalf(const QByteArray& secretKey)
{
    return secretKey.mid(32); // libsodium's layout: seed, then the public key
}

QByteArray remembered(const QByteArray& secretKey)
{
    QSettings settings;
    settings.setValue(kFingerprintSetting, KeyAnnouncement::fingerprint(publicHalf(secretKey)));
    return secretKey;
}

} // namespace

QByteArray WitnessKey::loadOrCreate(SecretStore* secrets, QString* error)
{
    if (!secrets) {
        *error = QStringLiteral("no secret store");
        return {};
    }
    // Kept as base64 text: secret stores hold text (a keychain's text entry).
    const auto stored = secrets->read(entryName(), error);
    const QByteArray key = stored ? QByteArray::fromBase64(*stored) : QByteArray();
    if (key.size() == kSecretKeyBytes) {
        return remembered(key);
    }
    if (!stored && !error->isEmpty()) {
        return {}; // the store failed: never replace a key it could not read
    }
    const QByteArray created = WitnessCosignature::newSecretKey();
    if (created.size() != kSecretKeyBytes ||
        !secrets->write(entryName(), created.toBase64(), error)) {
        return {};
    }
    return remembered(created);
}

QString WitnessKey::fingerprint()
{
    return QSettings().value(kFingerprintSetting).toString();
}

QString WitnessKey::witnessName(const QByteArray& secretKey)
{
    return WitnessCosignature::nameFor(publicHalf(secretKey));
}

} // namespace purser
