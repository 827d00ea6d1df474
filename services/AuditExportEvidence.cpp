#include "services/AuditExportEvidence.h"

#include "cache/AuditTreeStore.h"
#include "cache/CacheStore.h"
#include "core/KeyAnnouncement.h"
#include "core/SignedNote.h"
#include "core/WitnessCosignature.h"
#include "net/WitnessKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace purser {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("purser::AuditExport", text);
}

} // namespace

AuditExportEvidence::Choice AuditExportEvidence::choose(QSqlDatabase cache, CacheStore* store,
                                                        const QStringList& required,
                                                        SecretStore* secrets)
{
    Choice choice;
    AuditTreeStore tree(cache);
    auto verified = tree.newestCosignedBy(required);
    if (verified && !required.isEmpty()) {
        choice.lastSeq = verified->treeSize;
    }
    if (!verified && !required.isEmpty()) {
        choice.notice = tr("No checkpoint this computer verified carries the cosignatures of "
                           "every witness required in Settings yet.");
        verified = tree.lastVerified();
    }
    if (!verified) {
        return choice;
    }
    AuditExportBundle::Evidence evidence{
        verified->note, verified->publicKey, verified->treeSize,
        [store,
         size = verified->treeSize](const std::function<bool(const QList<QJsonObject>&)>& sink) {
            constexpr qint64 chunkSeqs = 5000;
            for (qint64 chunkStart = 1; chunkStart <= size; chunkStart += chunkSeqs) {
                if (!sink(
                        store->auditEntries(chunkStart, qMin(size, chunkStart + chunkSeqs - 1)))) {
                    return false;
                }
            }
            return true;
        },
        tree.cosignatures(verified->treeSize)};
    // This computer verified that checkpoint: it vouches for it as a witness too.
    QString error;
    const QByteArray witness = secrets ? WitnessKey::loadOrCreate(secrets, &error) : QByteArray();
    const auto note = SignedNote::parse(verified->note, nullptr);
    const QString own = QString::fromLatin1(witness.mid(32).toBase64());
    const bool held = std::any_of(
        evidence.witnesses.cbegin(), evidence.witnesses.cend(), [&](const QJsonValue& value) {
            return value.toObject().value(QStringLiteral("public_key")).toString() == own;
        });
    if (!witness.isEmpty() && note && !held) {
        const WitnessCosignature cosignature =
            WitnessCosignature::make(WitnessKey::witnessName(witness), witness, note->text,
                                     quint64(QDateTime::currentSecsSinceEpoch()));
        evidence.witnesses.append(QJsonObject{
            {QStringLiteral("public_key"), QString::fromLatin1(cosignature.publicKey.toBase64())},
            {QStringLiteral("cosignature"), QString::fromUtf8(cosignature.line())}});
    }
    choice.evidence = evidence;
    return choice;
}

QStringList AuditExportEvidence::missing(const QJsonArray& witnesses, const QByteArray& note,
                                         const QStringList& required)
{
    const auto parsed = SignedNote::parse(note, nullptr);
    QStringList absent;
    for (const QString& wanted : required) {
        const bool cosigned =
            parsed && std::any_of(witnesses.cbegin(), witnesses.cend(), [&](const QJsonValue& v) {
                const QByteArray publicKey = QByteArray::fromBase64(
                    v.toObject().value(QStringLiteral("public_key")).toString().toLatin1());
                const auto cosignature = WitnessCosignature::parseLine(
                    v.toObject().value(QStringLiteral("cosignature")).toString().toUtf8(),
                    publicKey, nullptr);
                return cosignature && KeyAnnouncement::fingerprintMatches(wanted, publicKey) &&
                       cosignature->verifies(parsed->text);
            });
        if (!cosigned) {
            absent.append(wanted);
        }
    }
    return absent;
}

} // namespace purser
