#pragma once

#include "core/MerkleFrontier.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace purser {

// The client's memory of an organisation's audit tree, in its encrypted cache: every
// checkpoint it verified (never replaced; the newest is what the next one must extend), the
// frontier of the tree over the entries it holds, and alarms. An alarm says the server showed
// a history that does not extend what this computer verified; it keeps both notes as evidence
// and stays until the cache is removed.
class AuditTreeStore
{
public:
    explicit AuditTreeStore(QSqlDatabase db) : m_db(std::move(db)) {}

    struct Verified
    {
        qint64 treeSize = 0;
        QByteArray root;      // 32 raw bytes
        QByteArray note;      // the signed note as served
        QByteArray publicKey; // the trusted key whose signature on it verified
        QString verifiedAt;
    };
    std::optional<Verified> lastVerified() const;
    bool addVerified(const Verified& checkpoint);
    // The newest verified checkpoint that carries a cosignature of every one of the witness
    // keys (fingerprints); with none named, lastVerified().
    std::optional<Verified> newestCosignedBy(const QStringList& witnesses) const;

    // Witness cosignatures on the verified checkpoint of treeSize entries, as the server served
    // them: [{public_key, cosignature}] (docs/audit-log.md). Kept per witness key; the caller
    // verified each over the checkpoint.
    bool addCosignatures(qint64 treeSize, const QJsonArray& cosignatures);
    QJsonArray cosignatures(qint64 treeSize) const;

    // The tree over the cached entries 1..frontier.size().
    MerkleFrontier frontier() const;
    bool setFrontier(const MerkleFrontier& frontier);

    struct Alarm
    {
        QString raisedAt;
        qint64 fromSeq = 0; // the first entry that differs; 0 when it could not be told
        qint64 verifiedSize = 0;
        qint64 servedSize = 0;
        QString reason;
        QByteArray verifiedNote;
        QByteArray servedNote;
    };
    std::optional<Alarm> alarm() const; // the first one raised
    bool raise(const Alarm& alarm);

    // A role that may no longer read the log: the entries go, so does what was built on them.
    // Alarms stay.
    bool forgetTree();

private:
    QSqlDatabase m_db;
};

} // namespace purser
