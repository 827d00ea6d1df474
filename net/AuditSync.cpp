#include "net/AuditSync.h"

#include "cache/CacheLogging.h"
#include "cache/CacheStore.h"
#include "core/AuditChain.h"
#include "core/KeyAnnouncement.h"
#include "core/MerkleHash.h"
#include "core/MerkleVerifier.h"
#include "core/SignedNote.h"
#include "net/ApiClient.h"
#include "net/CheckpointCheck.h"
#include "net/SigningKeyPins.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSettings>
#include <QUrlQuery>

namespace purser {
namespace {

constexpr int kMaxPages = 100000; // a guard against a server that never says "done"
constexpr qint64 kCatchUpChunk = 5000;

QList<QByteArray> hashesOf(const QJsonObject& proof)
{
    QList<QByteArray> hashes;
    for (const QJsonValue& value : proof.value(QStringLiteral("hashes")).toArray()) {
        hashes.append(QByteArray::fromBase64(value.toString().toLatin1()));
    }
    return hashes;
}

} // namespace

AuditSync::AuditSync(ApiClient* api, CacheStore* store, SecretStore* secrets, QObject* parent)
    : QObject(parent), m_api(api), m_store(store), m_tree(store->database()),
      m_witnesses(new WitnessExchange(api, &m_tree, secrets, this))
{
}

QString AuditSync::orgPath(const QString& rest) const
{
    return QStringLiteral("/orgs/") + m_org + rest;
}

QString AuditSync::describe(const AuditTreeStore::Alarm& alarm)
{
    const QString from = alarm.fromSeq > 0 ? tr(" from entry %1 on").arg(alarm.fromSeq) : QString();
    return tr("ALARM: this organisation's audit history changed%1 since this computer last saw "
              "it. This computer verified %2 entries; the server now shows %3 (%4). Tell an "
              "administrator: the audit log may have been altered. The verified copy and both "
              "signed checkpoints are kept on this computer as evidence.")
        .arg(from)
        .arg(alarm.verifiedSize)
        .arg(alarm.servedSize)
        .arg(alarm.reason);
}

QString AuditSync::summarize(const AuditTreeStore::Alarm& alarm)
{
    const QString from = alarm.fromSeq > 0 ? tr(" from entry %1 on").arg(alarm.fromSeq) : QString();
    return tr("Audit history changed%1 since this computer last saw it. Tell an administrator.")
        .arg(from);
}

void AuditSync::fail(const QString& message)
{
    m_done(ApiError::of(ApiError::Kind::InvalidResponse, message));
}

bool AuditSync::catchUpFrontier()
{
    const qint64 tip = m_store->auditTip().seq;
    MerkleFrontier frontier = m_tree.frontier();
    if (frontier.size() == tip) {
        return true;
    }
    if (frontier.size() > tip) {
        frontier = MerkleFrontier(); // the entries were purged: build again from what is held
    }
    while (frontier.size() < tip) {
        const QList<QJsonObject> entries =
            m_store->auditEntries(frontier.size() + 1, frontier.size() + kCatchUpChunk);
        if (entries.isEmpty()) {
            return false;
        }
        for (const QJsonObject& entry : entries) {
            frontier.append(MerkleHash::entryLeaf(entry));
        }
    }
    return m_tree.setFrontier(frontier);
}

void AuditSync::run(const QString& organizationId, int pageSize, Progress progress, Done done)
{
    m_org = organizationId;
    m_pageSize = qBound(1, pageSize, 1000);
    m_progress = std::move(progress);
    m_done = std::move(done);
    if (const auto standing = m_tree.alarm()) {
        // Reported by every sync until the evidence is dealt with; nothing is pulled over it.
        qCCritical(lcSync) << "audit history alarm stands for organisation" << m_org;
        fail(describe(*standing));
        return;
    }
    if (!catchUpFrontier()) {
        fail(tr("Cannot read the offline audit log."));
        return;
    }
    m_api->get(this, orgPath(QStringLiteral("/audit-log/checkpoint")), {},
               [this](const ApiResponse& response) {
                   if (!response.ok()) {
                       if (response.error.status == 404 || response.error.status == 403) {
                           qCInfo(lcSync) << "skipping the audit log" << response.error.status;
                           m_done(ApiError());
                           return;
                       }
                       m_done(response.error);
                       return;
                   }
                   fetchKeys(response.object());
               });
}

void AuditSync::fetchKeys(const QJsonObject& answer)
{
    m_api->get(this, QStringLiteral("/server/signing-keys"), {},
               [this, answer](const ApiResponse& keys) {
                   if (!keys.ok()) {
                       m_done(keys.error);
                       return;
                   }
                   checkNote(answer, keys.body.isArray()
                                         ? keys.body.array()
                                         : keys.object().value(QStringLiteral("keys")).toArray());
               });
}

void AuditSync::checkNote(const QJsonObject& answer, const QJsonArray& keys)
{
    QString reason;
    Served served;
    served.note = answer.value(QStringLiteral("note")).toString().toUtf8();
    const auto note = SignedNote::parse(served.note, &reason);
    const auto checkpoint = note ? TreeCheckpoint::parse(note->text, &reason) : std::nullopt;
    if (!checkpoint) {
        fail(tr("The server's audit checkpoint is not a valid signed note: %1.").arg(reason));
        return;
    }
    const QString suffix = u'/' + m_org;
    if (!checkpoint->origin.endsWith(suffix) || checkpoint->origin.size() == suffix.size()) {
        fail(tr("The server's audit checkpoint is for another log (%1).").arg(checkpoint->origin));
        return;
    }
    const QString identity = checkpoint->origin.chopped(suffix.size());
    QSettings settings;
    SigningKeyPins pins(&settings);
    const QHash<QString, QByteArray> trusted =
        pins.trustedKeys(ApiClient::hostPort(m_api->server()), keys);
    QJsonArray trustedKeys; // for the chain checkpoint of the same answer
    for (auto it = trusted.cbegin(); it != trusted.cend(); ++it) {
        if (served.signerKey.isEmpty() && note->verifiedBy(identity, it.value())) {
            served.signerKey = it.value();
        }
        trustedKeys.append(QJsonObject{
            {QStringLiteral("key_id"), it.key().left(16)},
            {QStringLiteral("public_key"), QString::fromLatin1(it.value().toBase64())}});
    }
    if (served.signerKey.isEmpty()) {
        qCWarning(lcSync) << "audit checkpoint not signed by a trusted key";
        fail(tr("The server's audit checkpoint is not signed by a key this computer trusts. "
                "Compare the server's signing key fingerprint with your administrator."));
        return;
    }
    served.checkpoint = *checkpoint;
    served.identity = identity;
    served.legacy = answer;
    served.legacy.insert(QStringLiteral("trusted_keys"), trustedKeys);
    checkConsistency(served);
}

void AuditSync::checkConsistency(const Served& served)
{
    const auto last = m_tree.lastVerified();
    const qint64 size = served.checkpoint.size;
    if (!last || (last->treeSize == size && last->root == served.checkpoint.root)) {
        pullEntries(served, 0, 0);
        return;
    }
    if (size < last->treeSize) {
        alarm(served,
              tr("the log has %1 entries, fewer than the %2 this computer verified")
                  .arg(size)
                  .arg(last->treeSize),
              size + 1);
        return;
    }
    if (size == last->treeSize) {
        alarm(served, tr("a different root for the same %1 entries").arg(size), size);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("first"), QString::number(last->treeSize));
    query.addQueryItem(QStringLiteral("second"), QString::number(size));
    m_api->get(this, orgPath(QStringLiteral("/audit-log/proof/consistency")), query,
               [this, served, last](const ApiResponse& proof) {
                   if (!proof.ok()) {
                       m_done(proof.error);
                       return;
                   }
                   QString reason;
                   if (!MerkleVerifier::verifyConsistency(last->treeSize, served.checkpoint.size,
                                                          last->root, served.checkpoint.root,
                                                          hashesOf(proof.object()), &reason)) {
                       alarm(served, tr("the consistency proof failed: %1").arg(reason),
                             last->treeSize);
                       return;
                   }
                   Served extending = served;
                   extending.extends = true;
                   pullEntries(extending, 0, 0);
               });
}

void AuditSync::pullEntries(const Served& served, int items, int pages)
{
    const CacheStore::AuditTip tip = m_store->auditTip();
    const qint64 size = served.checkpoint.size;
    if (tip.seq >= size || pages >= kMaxPages) {
        finishTree(served);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(tip.seq));
    query.addQueryItem(QStringLiteral("limit"),
                       QString::number(qMin<qint64>(qMin(m_pageSize * 5, 1000), size - tip.seq)));
    m_api->get(
        this, orgPath(QStringLiteral("/audit-log")), query,
        [this, served, tip, items, pages](const ApiResponse& response) mutable {
            if (!response.ok()) {
                m_done(response.error);
                return;
            }
            const QJsonArray received = response.object().value(QStringLiteral("items")).toArray();
            AuditChain chain(tip.seq, tip.seq == 0 ? AuditChain::genesisHash() : tip.hash);
            MerkleFrontier frontier = m_tree.frontier();
            CacheStore::Transaction tx(m_store->database());
            for (const QJsonValue& value : received) {
                const QJsonObject entry = value.toObject();
                if (entry.value(QStringLiteral("seq")).toInteger() > served.checkpoint.size) {
                    break; // newer than the checkpoint: the next sync verifies it
                }
                if (!chain.append(entry)) {
                    // Never store a log that does not chain: it was changed or cut.
                    alarm(served, tr("the log does not chain: %1").arg(chain.verdict().reason),
                          tip.seq);
                    return;
                }
                m_store->appendAudit(entry);
                frontier.append(MerkleHash::entryLeaf(entry));
            }
            if (!m_tree.setFrontier(frontier) || !tx.commit()) {
                fail(tr("Cannot write the offline data."));
                return;
            }
            items += int(received.size());
            ++pages;
            m_progress(items, pages);
            if (received.isEmpty()) {
                finishTree(served);
                return;
            }
            pullEntries(served, items, pages);
        });
}

void AuditSync::finishTree(const Served& served)
{
    const MerkleFrontier frontier = m_tree.frontier();
    if (frontier.size() < served.checkpoint.size) {
        fail(tr("The server did not send the %1 audit entries its checkpoint covers.")
                 .arg(served.checkpoint.size));
        return;
    }
    if (frontier.size() != served.checkpoint.size || frontier.root() != served.checkpoint.root) {
        alarm(served, tr("the entries the server sent do not give the root it signed"),
              frontier.size());
        return;
    }
    m_tree.addVerified({served.checkpoint.size, served.checkpoint.root, served.note,
                        served.signerKey,
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    // Witnesses: keep the cosignatures, adopt the checkpoint they cosigned, vouch for both.
    m_witnesses->run(m_org,
                     {served.checkpoint, served.note, served.signerKey, served.identity,
                      served.legacy.value(QStringLiteral("cosignatures")).toArray(),
                      served.extends},
                     [this, served] { keepChainCheckpoint(served); });
}

void AuditSync::keepChainCheckpoint(const Served& served)
{
    // The chain checkpoint of the same answer, for exports (checked with the trusted keys).
    QString reason;
    const auto legacy = verifyCheckpoint(
        m_org, served.legacy, served.legacy.value(QStringLiteral("trusted_keys")), &reason);
    if (legacy) {
        const auto entries = m_store->auditEntries(legacy->seq, legacy->seq);
        if (!entries.isEmpty() &&
            entries.first().value(QStringLiteral("hash")).toString() == legacy->hash) {
            m_store->setCheckpoint(*legacy);
        }
    }
    m_done(ApiError());
}

void AuditSync::alarm(const Served& served, const QString& reason, qint64 suspectUpTo)
{
    // The first entry that differs: entries change from some seq on (each hash covers the one
    // before), so a binary search over the entries held here finds it in O(log n) requests.
    const qint64 held = m_store->auditTip().seq;
    const qint64 end = qMin(held, qMax<qint64>(suspectUpTo, 0)) + 1;
    locate(served, reason, 1, end, end);
}

void AuditSync::locate(const Served& served, const QString& reason, qint64 low, qint64 high,
                       qint64 end)
{
    if (low >= high) {
        storeAlarm(served, reason, high < end ? high : 0); // 0: no held entry differs
        return;
    }
    const qint64 mid = low + (high - low) / 2;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(mid - 1));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    m_api->get(this, orgPath(QStringLiteral("/audit-log")), query,
               [this, served, reason, low, high, mid, end](const ApiResponse& response) {
                   if (!response.ok()) {
                       storeAlarm(served, reason, 0);
                       return;
                   }
                   const QJsonArray items =
                       response.object().value(QStringLiteral("items")).toArray();
                   const QList<QJsonObject> held = m_store->auditEntries(mid, mid);
                   const bool same =
                       !items.isEmpty() && !held.isEmpty() &&
                       items.first().toObject().value(QStringLiteral("seq")).toInteger() == mid &&
                       items.first().toObject().value(QStringLiteral("hash")) ==
                           held.first().value(QStringLiteral("hash"));
                   if (same) {
                       locate(served, reason, mid + 1, high, end);
                   } else {
                       locate(served, reason, low, mid, end);
                   }
               });
}

void AuditSync::storeAlarm(const Served& served, const QString& reason, qint64 fromSeq)
{
    AuditTreeStore::Alarm alarm;
    alarm.raisedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    alarm.fromSeq = fromSeq;
    const auto last = m_tree.lastVerified();
    alarm.verifiedSize = last ? last->treeSize : m_store->auditTip().seq;
    alarm.verifiedNote = last ? last->note : QByteArray();
    alarm.servedSize = served.checkpoint.size;
    alarm.servedNote = served.note;
    alarm.reason = reason;
    m_tree.raise(alarm);
    qCCritical(lcSync).noquote() << "AUDIT HISTORY ALARM for organisation" << m_org << "from entry"
                                 << fromSeq << ":" << reason;
    fail(describe(alarm));
}

} // namespace purser
