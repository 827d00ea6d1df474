#pragma once

#include "core/WitnessCosignature.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace purser::server {

// The witness cosignatures the server holds on its audit checkpoints (audit_cosignatures,
// append-only). Every call runs in the caller's transaction for the organisation.
class AuditCosignatures
{
public:
    explicit AuditCosignatures(QSqlDatabase db) : m_db(std::move(db)) {}

    // The body of the checkpoint of treeSize entries this server signed for the organisation
    // (the text a witness cosigns), or nullopt when it signed none of that size.
    std::optional<QByteArray> checkpointText(const QString& orgId, qint64 treeSize) const;
    // The whole signed note of that checkpoint.
    std::optional<QByteArray> checkpointNote(const QString& orgId, qint64 treeSize) const;
    // When this server first signed a checkpoint of treeSize entries (nothing can cosign it
    // earlier); nullopt when it signed none.
    std::optional<QDateTime> firstSignedAt(const QString& orgId, qint64 treeSize) const;
    // The largest tree size any witness cosigned, 0 when none did. With witnesses (key
    // fingerprints): the largest size every one of them cosigned, 0 when there is none.
    qint64 newestCosignedSize(const QString& orgId, const QStringList& witnesses = {}) const;

    // Keeps a verified cosignature; false when this witness key already cosigned that size.
    bool add(const QString& orgId, qint64 treeSize, const WitnessCosignature& cosignature,
             const QString& receivedAt) const;

    // The cosignature this witness key holds on that checkpoint, as stored.
    std::optional<WitnessCosignature> held(const QString& orgId, qint64 treeSize,
                                           const QString& fingerprint) const;
    // Those on the checkpoint of treeSize entries, oldest first.
    QList<WitnessCosignature> forSize(const QString& orgId, qint64 treeSize) const;
    // [{witness_name, witness_fingerprint, public_key, timestamp, cosignature}] as served.
    static QJsonArray toJson(const QList<WitnessCosignature>& cosignatures);

private:
    QSqlDatabase m_db;
};

} // namespace purser::server
