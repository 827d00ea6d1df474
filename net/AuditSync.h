#pragma once

#include "cache/AuditTreeStore.h"
#include "core/TreeCheckpoint.h"
#include "net/ApiError.h"
#include "net/WitnessExchange.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

namespace purser {

class ApiClient;
class CacheStore;
class SecretStore;

// The audit part of a sync (docs/audit-log.md, "What a client checks"). This computer never
// forgets what it verified: it fetches the signed checkpoint note, checks it with a signing key
// it trusts (SigningKeyPins), proves with a consistency proof that the new tree extends the
// last checkpoint it verified, pulls the new entries (hash chain checked on arrival) and
// checks that they give exactly the signed root. A failed proof, a smaller tree, a different
// root at the same size, a broken chain or entries that do not give the signed root raise an
// alarm: logged, kept in the cache with both notes, found from which entry, reported by every
// later sync; the verified entries are never re-downloaded over. A checkpoint it proved
// consistent with the last one it verified it cosigns as a witness (WitnessExchange) and sends the
// cosignature to the server.
class AuditSync : public QObject
{
    Q_OBJECT
public:
    // ok=false with the error to report; skipped=true when the role may not read the log.
    using Done = std::function<void(const ApiError& error)>;
    using Progress = std::function<void(int items, int pages)>;

    // secrets: where this computer's witness key lives (WitnessKey); null: it does not cosign.
    AuditSync(ApiClient* api, CacheStore* store, SecretStore* secrets = nullptr,
              QObject* parent = nullptr);

    void run(const QString& organizationId, int pageSize, Progress progress, Done done);

    // The alarm in words for the user, or empty when there is none.
    static QString describe(const AuditTreeStore::Alarm& alarm);
    // The same in one line, for the status bar.
    static QString summarize(const AuditTreeStore::Alarm& alarm);

private:
    struct Served
    {
        TreeCheckpoint checkpoint;
        QByteArray note;
        QByteArray signerKey; // the trusted key that verified the note
        QString identity;     // the signer's key name (the server's identity)
        QJsonObject legacy;   // the chain checkpoint fields of the same answer
        bool extends = false; // a consistency proof from the last verified checkpoint held
    };

    void fetchKeys(const QJsonObject& answer);
    void checkNote(const QJsonObject& answer, const QJsonArray& keys);
    void checkConsistency(const Served& served);
    void pullEntries(const Served& served, int items, int pages);
    void finishTree(const Served& served);
    void keepChainCheckpoint(const Served& served);
    void alarm(const Served& served, const QString& reason, qint64 suspectFrom);
    void locate(const Served& served, const QString& reason, qint64 low, qint64 high, qint64 end);
    void storeAlarm(const Served& served, const QString& reason, qint64 fromSeq);
    bool catchUpFrontier();
    void fail(const QString& message);
    QString orgPath(const QString& rest) const;

    ApiClient* m_api;
    CacheStore* m_store;
    AuditTreeStore m_tree;
    WitnessExchange* m_witnesses;
    QString m_org;
    int m_pageSize = 1000;
    Progress m_progress;
    Done m_done;
};

} // namespace purser
