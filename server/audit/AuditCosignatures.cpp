#include "server/audit/AuditCosignatures.h"

#include "core/Rfc3339.h"
#include "core/SignedNote.h"
#include "server/store/Database.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace purser::server {

std::optional<QByteArray> AuditCosignatures::checkpointNote(const QString& orgId,
                                                            qint64 treeSize) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT note FROM audit_checkpoints WHERE org_id = ? AND "
                                 "tree_size = ? ORDER BY signed_at DESC LIMIT 1"));
    query.addBindValue(orgId);
    query.addBindValue(treeSize);
    Database::exec(query, "audit cosignatures: read checkpoint");
    if (!query.next()) {
        return std::nullopt;
    }
    return query.value(0).toString().toUtf8();
}

std::optional<QDateTime> AuditCosignatures::firstSignedAt(const QString& orgId,
                                                          qint64 treeSize) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT MIN(signed_at) FROM audit_checkpoints WHERE org_id = ? AND tree_size = ?"));
    query.addBindValue(orgId);
    query.addBindValue(treeSize);
    Database::exec(query, "audit cosignatures: read checkpoint time");
    return query.next() ? fromRfc3339(query.value(0).toString()) : std::nullopt;
}

std::optional<QByteArray> AuditCosignatures::checkpointText(const QString& orgId,
                                                            qint64 treeSize) const
{
    const auto stored = checkpointNote(orgId, treeSize);
    const auto note = stored ? SignedNote::parse(*stored, nullptr) : std::nullopt;
    return note ? std::optional<QByteArray>(note->text) : std::nullopt;
}

qint64 AuditCosignatures::newestCosignedSize(const QString& orgId,
                                             const QStringList& witnesses) const
{
    QSqlQuery query(m_db);
    if (witnesses.isEmpty()) {
        query.prepare(
            QStringLiteral("SELECT MAX(tree_size) FROM audit_cosignatures WHERE org_id = ?"));
        query.addBindValue(orgId);
    } else {
        // The checkpoints every named witness cosigned: as many distinct keys as were named.
        QStringList marks;
        for (qsizetype i = 0; i < witnesses.size(); ++i) {
            marks.append(QStringLiteral("?"));
        }
        query.prepare(QStringLiteral("SELECT tree_size FROM audit_cosignatures WHERE org_id = ? "
                                     "AND witness_fingerprint IN (%1) GROUP BY tree_size HAVING "
                                     "COUNT(DISTINCT witness_fingerprint) = ? ORDER BY tree_size "
                                     "DESC LIMIT 1")
                          .arg(marks.join(QStringLiteral(", "))));
        query.addBindValue(orgId);
        for (const QString& witness : witnesses) {
            query.addBindValue(witness);
        }
        query.addBindValue(witnesses.size());
    }
    Database::exec(query, "audit cosignatures: newest");
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<WitnessCosignature> AuditCosignatures::held(const QString& orgId, qint64 treeSize,
                                                          const QString& fingerprint) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT public_key, cosignature FROM audit_cosignatures WHERE "
                                 "org_id = ? AND tree_size = ? AND witness_fingerprint = ?"));
    query.addBindValue(orgId);
    query.addBindValue(treeSize);
    query.addBindValue(fingerprint);
    Database::exec(query, "audit cosignatures: held");
    if (!query.next()) {
        return std::nullopt;
    }
    return WitnessCosignature::parseLine(
        query.value(1).toString().toUtf8(),
        QByteArray::fromBase64(query.value(0).toString().toLatin1()), nullptr);
}

bool AuditCosignatures::add(const QString& orgId, qint64 treeSize,
                            const WitnessCosignature& cosignature, const QString& receivedAt) const
{
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO audit_cosignatures (org_id, tree_size, witness_fingerprint, witness_name, "
        "public_key, cosignature, received_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING"));
    insert.addBindValue(orgId);
    insert.addBindValue(treeSize);
    insert.addBindValue(cosignature.fingerprint());
    insert.addBindValue(cosignature.witnessName);
    insert.addBindValue(QString::fromLatin1(cosignature.publicKey.toBase64()));
    insert.addBindValue(QString::fromUtf8(cosignature.line()));
    insert.addBindValue(receivedAt);
    Database::exec(insert, "audit cosignatures: store");
    return insert.numRowsAffected() > 0;
}

QList<WitnessCosignature> AuditCosignatures::forSize(const QString& orgId, qint64 treeSize) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT public_key, cosignature FROM audit_cosignatures WHERE "
                                 "org_id = ? AND tree_size = ? ORDER BY received_at, "
                                 "witness_fingerprint"));
    query.addBindValue(orgId);
    query.addBindValue(treeSize);
    Database::exec(query, "audit cosignatures: list");
    QList<WitnessCosignature> result;
    while (query.next()) {
        const auto cosignature = WitnessCosignature::parseLine(
            query.value(1).toString().toUtf8(),
            QByteArray::fromBase64(query.value(0).toString().toLatin1()), nullptr);
        if (cosignature) {
            result.append(*cosignature);
        }
    }
    return result;
}

} // namespace purser::server

namespace purser::server {

QJsonArray AuditCosignatures::toJson(const QList<WitnessCosignature>& cosignatures)
{
    QJsonArray array;
    for (const WitnessCosignature& cosignature : cosignatures) {
        array.append(QJsonObject{
            {QStringLiteral("witness_name"), cosignature.witnessName},
            {QStringLiteral("witness_fingerprint"), cosignature.fingerprint()},
            {QStringLiteral("public_key"), QString::fromLatin1(cosignature.publicKey.toBase64())},
            {QStringLiteral("timestamp"), qint64(cosignature.timestamp)},
            {QStringLiteral("cosignature"), QString::fromUtf8(cosignature.line())}});
    }
    return array;
}

} // namespace purser::server
