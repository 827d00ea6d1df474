#include "server/api/AuditLogApi.h"

#include "core/AuditChain.h"
#include "core/CheckpointVerifier.h"
#include "core/KeyAnnouncement.h"
#include "core/Rfc3339.h"
#include "core/SignedNote.h"
#include "server/api/ApiError.h"
#include "server/api/OrgContext.h"
#include "server/audit/AuditCheckpoints.h"
#include "server/audit/AuditCosignatures.h"
#include "server/audit/AuditLog.h"
#include "server/audit/AuditPageWriter.h"
#include "server/audit/SigningKeys.h"
#include "server/store/Database.h"
#include "server/store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace purser::server {

void AuditLogApi::registerRoutes(Router& router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/orgs/{org}/audit-log"),
               [this](HttpRequest& r) { return list(r); });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/orgs/{org}/audit-log/checkpoint"),
               [this](HttpRequest& r) { return checkpoint(r); });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/server/signing-keys"),
               [this](HttpRequest& r) { return signingKeys(r); });
}

HttpResponse AuditLogApi::list(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::AuditRead, &error);
    if (!context) {
        return error;
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    qint64 after = 0;
    int limit = kDefaultLimit;
    QStringList where = {QStringLiteral("org_id = ?")};
    QVariantList binds = {context->orgId};
    QSet<QString> seen;
    for (const auto& [key, value] : request.query) {
        if (seen.contains(key)) {
            return ApiError::badRequest(QStringLiteral("Repeated query parameter: %1").arg(key));
        }
        seen.insert(key);
        if (key == u"after") {
            if (!digits.match(value).hasMatch()) {
                return ApiError::badRequest(QStringLiteral("after must be a seq number."));
            }
            after = value.toLongLong();
        } else if (key == u"limit") {
            limit = digits.match(value).hasMatch() && value.size() <= 4 ? value.toInt() : 0;
            if (limit < 1 || limit > kMaxLimit) {
                return ApiError::badRequest(
                    QStringLiteral("limit must be an integer from 1 to %1.").arg(kMaxLimit));
            }
        } else if (key == u"entity_type" || key == u"action") {
            where.append(key + QStringLiteral(" = ?"));
            binds.append(value);
        } else if (key == u"actor") {
            where.append(QStringLiteral("actor_id = ?"));
            binds.append(value);
        } else if (key == u"from" || key == u"to") {
            const auto time = fromRfc3339(value);
            if (!time) {
                return ApiError::badRequest(
                    QStringLiteral("%1 must be an RFC 3339 time.").arg(key));
            }
            // occurred_at is stored as RFC 3339 UTC text with milliseconds: text order is
            // time order.
            where.append(key == u"from" ? QStringLiteral("occurred_at >= ?")
                                        : QStringLiteral("occurred_at < ?"));
            binds.append(toRfc3339(*time));
        } else {
            return ApiError::badRequest(QStringLiteral("Unknown query parameter: %1").arg(key));
        }
    }
    where.append(QStringLiteral("seq > ?"));
    binds.append(after);

    Transaction tx(m_db.connection(), context->orgId, Transaction::Intent::Read);
    QSqlQuery query(tx.db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + AuditLog::columns() +
                  QStringLiteral(" FROM audit_log WHERE ") + where.join(QStringLiteral(" AND ")) +
                  QStringLiteral(" ORDER BY seq LIMIT ?"));
    for (const QVariant& bind : binds) {
        query.addBindValue(bind);
    }
    query.addBindValue(limit + 1);
    Database::exec(query, "list audit log");
    AuditPageWriter page(query);
    bool hasMore = false;
    while (query.next()) {
        if (page.count() == limit) {
            hasMore = true;
            break;
        }
        page.append(query);
    }
    tx.commit();
    HttpResponse response;
    response.status = 200;
    response.body = page.finish(hasMore);
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

HttpResponse AuditLogApi::integrityError()
{
    return ApiError::make(
        500, QStringLiteral("audit_integrity"),
        QStringLiteral("The audit log no longer extends the checkpoints this server signed "
                       "before; it will not sign a new one. Tell an administrator."));
}

HttpResponse AuditLogApi::checkpoint(HttpRequest& request)
{
    HttpResponse error;
    const auto context = OrgContext::resolve(m_db, request, Permission::AuditRead, &error);
    if (!context) {
        return error;
    }
    AuditCheckpoint checkpoint;
    checkpoint.orgId = context->orgId;
    checkpoint.hash = AuditChain::genesisHash();
    {
        Transaction tx(m_db.connection(), context->orgId);
        QSqlQuery head(tx.db());
        head.prepare(
            QStringLiteral("SELECT last_seq, last_hash FROM audit_heads WHERE org_id = ?"));
        head.addBindValue(context->orgId);
        Database::exec(head, "read audit head");
        if (head.next()) {
            checkpoint.seq = head.value(0).toLongLong();
            checkpoint.hash = head.value(1).toString();
        }
        tx.commit();
    }
    AuditCheckpoints::Signed tree;
    try {
        tree = AuditCheckpoints(m_db, m_keys).latest(context->orgId);
    } catch (const AuditIntegrityError&) {
        return integrityError();
    }
    checkpoint.signedAt = toRfc3339(QDateTime::currentDateTimeUtc());
    checkpoint.keyId = m_keys.currentKeyId();
    checkpoint.signature = m_keys.sign(checkpoint.signedMessage());
    QJsonObject body = checkpoint.toJson();
    // The Merkle tree's checkpoint as a C2SP signed note (docs/audit-log.md).
    body.insert(QStringLiteral("tree_size"), tree.treeSize);
    body.insert(QStringLiteral("root"), QString::fromLatin1(tree.root.toBase64()));
    body.insert(QStringLiteral("note"), QString::fromUtf8(tree.note));
    body.insert(QStringLiteral("note_signed_at"), tree.signedAt);
    body.insert(QStringLiteral("note_key_id"), tree.keyId);
    // The witnesses' cosignatures on it (C2SP tlog-cosignature lines, docs/audit-log.md).
    QJsonArray cosignatures;
    {
        Transaction tx(m_db.connection(), context->orgId);
        cosignatures = AuditCosignatures::toJson(
            AuditCosignatures(tx.db()).forSize(context->orgId, tree.treeSize));
        tx.commit();
    }
    body.insert(QStringLiteral("cosignatures"), cosignatures);
    return HttpResponse::json(200, body);
}

HttpResponse AuditLogApi::signingKeys(HttpRequest&)
{
    QJsonArray keys;
    for (const SigningKeys::PublicKey& key : m_keys.publicKeys()) {
        keys.append(QJsonObject{
            {QStringLiteral("key_id"), key.keyId},
            {QStringLiteral("public_key"), QString::fromLatin1(key.publicKey.toBase64())},
            {QStringLiteral("fingerprint"), KeyAnnouncement::fingerprint(key.publicKey)},
            {QStringLiteral("note_key"), SignedNote::verifierKey(m_keys.identity(), key.publicKey)},
            {QStringLiteral("current"), key.keyId == m_keys.currentKeyId()},
            {QStringLiteral("announcement"), key.announcement.isEmpty()
                                                 ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(key.announcement)}});
    }
    HttpResponse response;
    response.status = 200;
    response.body = QJsonDocument(keys).toJson(QJsonDocument::Compact);
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

} // namespace purser::server
