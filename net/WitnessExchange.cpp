#include "net/WitnessExchange.h"

#include "cache/CacheLogging.h"
#include "core/MerkleVerifier.h"
#include "core/SignedNote.h"
#include "core/WitnessCosignature.h"
#include "net/ApiClient.h"
#include "net/RequiredWitnesses.h"
#include "net/WitnessKey.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrlQuery>

namespace purser {

WitnessExchange::WitnessExchange(ApiClient* api, AuditTreeStore* tree, SecretStore* secrets,
                                 QObject* parent)
    : QObject(parent), m_api(api), m_tree(tree), m_secrets(secrets)
{
}

QString WitnessExchange::orgPath(const QString& rest) const
{
    return QStringLiteral("/orgs/") + m_org + rest;
}

QJsonArray WitnessExchange::verifiedOver(const QJsonArray& served, const QByteArray& text)
{
    QJsonArray result;
    for (const QJsonValue& value : served) {
        const QString publicKey = value.toObject().value(QStringLiteral("public_key")).toString();
        const QString line = value.toObject().value(QStringLiteral("cosignature")).toString();
        const auto cosignature = WitnessCosignature::parseLine(
            line.toUtf8(), QByteArray::fromBase64(publicKey.toLatin1()), nullptr);
        if (cosignature && cosignature->verifies(text)) {
            result.append(QJsonObject{{QStringLiteral("public_key"), publicKey},
                                      {QStringLiteral("cosignature"), line}});
        }
    }
    return result;
}

void WitnessExchange::run(const QString& organizationId, const Checkpoint& verified,
                          std::function<void()> done)
{
    m_org = organizationId;
    m_verified = verified;
    m_done = std::move(done);
    m_tree->addCosignatures(verified.checkpoint.size,
                            verifiedOver(verified.served, verified.checkpoint.text()));
    QUrlQuery query;
    for (const QString& witness : RequiredWitnesses::fingerprints()) {
        query.addQueryItem(QStringLiteral("witness"), witness);
    }
    m_api->get(this, orgPath(QStringLiteral("/audit-log/cosignatures")), query,
               [this](const ApiResponse& response) {
                   if (!response.ok()) {
                       qCWarning(lcSync) << "no cosigned checkpoint:" << response.error.status;
                       cosign(m_verified.checkpoint.size, m_verified.checkpoint.text(), m_done);
                       return;
                   }
                   adoptCosigned(response.object());
               });
}

void WitnessExchange::adoptCosigned(const QJsonObject& answer)
{
    const auto finish = [this] {
        cosign(m_verified.checkpoint.size, m_verified.checkpoint.text(), m_done);
    };
    const QByteArray noteText = answer.value(QStringLiteral("note")).toString().toUtf8();
    const auto note = SignedNote::parse(noteText, nullptr);
    const auto older = note ? TreeCheckpoint::parse(note->text, nullptr) : std::nullopt;
    const QJsonArray served = answer.value(QStringLiteral("cosignatures")).toArray();
    // Only a checkpoint of this log, signed by the key that signed the verified one, no newer.
    if (!older || older->origin != m_verified.checkpoint.origin ||
        !note->verifiedBy(m_verified.identity, m_verified.signerKey) ||
        older->size > m_verified.checkpoint.size) {
        finish();
        return;
    }
    if (older->size == m_verified.checkpoint.size) {
        if (older->root == m_verified.checkpoint.root) {
            m_tree->addCosignatures(older->size, verifiedOver(served, older->text()));
        } else {
            // Two roots for one size, both signed by the trusted key: a split view.
            qCCritical(lcSync) << "the server signed two roots for" << older->size
                               << "entries of organisation" << m_org;
        }
        finish();
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("first"), QString::number(older->size));
    query.addQueryItem(QStringLiteral("second"), QString::number(m_verified.checkpoint.size));
    m_api->get(this, orgPath(QStringLiteral("/audit-log/proof/consistency")), query,
               [this, older = *older, noteText, served, finish](const ApiResponse& proof) {
                   QList<QByteArray> hashes;
                   for (const QJsonValue& value :
                        proof.object().value(QStringLiteral("hashes")).toArray()) {
                       hashes.append(QByteArray::fromBase64(value.toString().toLatin1()));
                   }
                   QString reason;
                   if (!proof.ok() || !MerkleVerifier::verifyConsistency(
                                          older.size, m_verified.checkpoint.size, older.root,
                                          m_verified.checkpoint.root, hashes, &reason)) {
                       // Not proven: not kept, not cosigned (the sync's own checks judge the
                       // server's history; this older note is only a candidate for exports).
                       qCCritical(lcSync)
                           << "a cosigned checkpoint is not proven consistent:" << reason;
                       finish();
                       return;
                   }
                   keepOlder(older, noteText, served);
                   if (m_verified.extends) {
                       cosign(older.size, older.text(), finish);
                   } else {
                       finish();
                   }
               });
}

void WitnessExchange::keepOlder(const TreeCheckpoint& older, const QByteArray& note,
                                const QJsonArray& served)
{
    m_tree->addVerified({older.size, older.root, note, m_verified.signerKey,
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    m_tree->addCosignatures(older.size, verifiedOver(served, older.text()));
}

void WitnessExchange::cosign(qint64 treeSize, const QByteArray& text, std::function<void()> next)
{
    // Only a checkpoint proven to extend what this computer saw before is vouched for.
    QString error;
    const QByteArray secret = m_secrets && m_verified.extends
                                  ? WitnessKey::loadOrCreate(m_secrets, &error)
                                  : QByteArray();
    if (secret.isEmpty()) {
        if (m_secrets && m_verified.extends) {
            qCWarning(lcSync) << "no witness key, not cosigning:" << error;
        }
        next();
        return;
    }
    const WitnessCosignature cosignature = WitnessCosignature::make(
        WitnessKey::witnessName(secret), secret, text, quint64(QDateTime::currentSecsSinceEpoch()));
    const QJsonObject mine{
        {QStringLiteral("public_key"), QString::fromLatin1(cosignature.publicKey.toBase64())},
        {QStringLiteral("cosignature"), QString::fromUtf8(cosignature.line())}};
    for (const QJsonValue& held : m_tree->cosignatures(treeSize)) {
        if (held.toObject().value(QStringLiteral("public_key")) ==
            mine.value(QStringLiteral("public_key"))) {
            next(); // this computer cosigned it already
            return;
        }
    }
    m_tree->addCosignatures(treeSize, QJsonArray{mine});
    QJsonObject body = mine;
    body.insert(QStringLiteral("tree_size"), treeSize);
    m_api->post(this, orgPath(QStringLiteral("/audit-log/cosignatures")), body,
                [next = std::move(next)](const ApiResponse& response) {
                    if (!response.ok()) {
                        qCWarning(lcSync) << "the server did not take this computer's "
                                             "cosignature:"
                                          << response.error.status;
                    }
                    next();
                });
}

} // namespace purser
