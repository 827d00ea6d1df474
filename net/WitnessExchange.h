#pragma once

#include "cache/AuditTreeStore.h"
#include "core/TreeCheckpoint.h"

#include <QJsonArray>
#include <QObject>
#include <QString>
#include <functional>

namespace purser {

class ApiClient;
class SecretStore;

// What a sync does with witnesses once it verified a checkpoint (docs/audit-log.md, "Witness
// cosignatures"). It keeps the cosignatures the server served on that checkpoint (each
// verified over it); it asks for the newest checkpoint cosigned by the witnesses Settings
// requires (RequiredWitnesses; any witness when none is chosen), proves it consistent with the
// verified one and keeps it with all its cosignatures, so an export can carry them offline.
// When this computer proved the checkpoint extends what it saw before it is a witness: it
// cosigns that older cosigned checkpoint too (so auditors' computers meet on one checkpoint
// although every kept cosignature is itself a new entry), then the new one. Failures are
// logged; they never fail the sync.
class WitnessExchange : public QObject
{
    Q_OBJECT
public:
    struct Checkpoint
    {
        TreeCheckpoint checkpoint;
        QByteArray note;
        QByteArray signerKey; // the trusted key its signature verified with
        QString identity;     // the signer's key name (the server's identity)
        QJsonArray served;    // the cosignatures served with it
        bool extends = false; // proven consistent with the checkpoint verified before
    };

    WitnessExchange(ApiClient* api, AuditTreeStore* tree, SecretStore* secrets,
                    QObject* parent = nullptr);

    void run(const QString& organizationId, const Checkpoint& verified, std::function<void()> done);

    // The cosignatures in served ({public_key, cosignature} objects) that verify over text.
    static QJsonArray verifiedOver(const QJsonArray& served, const QByteArray& text);

private:
    void adoptCosigned(const QJsonObject& answer);
    void keepOlder(const TreeCheckpoint& older, const QByteArray& note, const QJsonArray& served);
    // Cosigns text for treeSize with this computer's witness key (when it has one), keeps the
    // cosignature here and sends it; then next.
    void cosign(qint64 treeSize, const QByteArray& text, std::function<void()> next);
    QString orgPath(const QString& rest) const;

    ApiClient* m_api;
    AuditTreeStore* m_tree;
    SecretStore* m_secrets;
    QString m_org;
    Checkpoint m_verified;
    std::function<void()> m_done;
};

} // namespace purser
